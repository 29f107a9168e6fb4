// Measures the cleaning stages (line splitting, title, boilerplate, credits, dateline, paragraph splitting,
// duplicate blocks) and language detection per article: the stages of `kliping clean`.
// Usage: npm run build && node scripts/bench-cleaning.mjs FILE.jsonl [DIST_DIR] [--against OTHER_DIST] [--limit N]
// Reads a JSONL corpus with a `text` field (and `title` when given); prints microseconds per article and per
// 3 KB of text for the eight stages together, then for each stage alone (each on its own input).
// With `--against OTHER_DIST` (another build, e.g. of the previous commit: `git archive HEAD | tar -x -C DIR`,
// then `npx tsc -p tsconfig.build.json` there), it instead compares the two builds stage by stage: each stage of
// both runs on the same input (the other build's output of the stages before), their outputs must be the same
// (JSON), and the two are timed in alternation, round after round, so that both see the same load.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const against = option('against');
const limit = Number(option('limit') ?? Number.POSITIVE_INFINITY);
const [file, dist = 'dist'] = args;
if (!file) {
  console.error(
    'usage: node scripts/bench-cleaning.mjs FILE.jsonl [DIST_DIR] [--against OTHER_DIST] [--limit N]',
  );
  process.exit(2);
}
const names = [
  ['split-lines', 'splitLines'],
  ['find-title', 'findTitle'],
  ['remove-boilerplate', 'removeBoilerplate'],
  ['extract-credits', 'extractCredits'],
  ['extract-dateline', 'extractDateline'],
  ['split-paragraphs', 'splitParagraphs'],
  ['remove-duplicate-blocks', 'removeDuplicateBlocks'],
  ['detect-language', 'detectLanguage'],
];
const loadBuild = async (dir) => {
  const base = resolve(dir);
  const { startArticle } = await import(`${base}/pipeline.js`);
  const stages = [];
  for (const [name, fn] of names) stages.push((await import(`${base}/stages/${name}.js`))[fn]());
  return { startArticle, stages };
};
const build = await loadBuild(dist);
const mine = build.stages;
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, limit)
  .map((l) => JSON.parse(l));
const texts = records.map((r) => r.text ?? '');
// The input of the measured stages, made once outside the timing.
const inputs = records.map((r) => build.startArticle(r.text ?? '', { title: r.title }));
const chars = texts.reduce((n, t) => n + t.length, 0);
// CPU time, not wall time: on a busy machine waiting for a core is not the stages' cost.
const cpuNanoseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};

if (against) {
  const other = await loadBuild(against);
  // Each stage's input: the other build's output of the stages before it.
  const stageInputs = [inputs.map((x) => x.article)];
  for (const [k, stage] of other.stages.entries())
    stageInputs.push(stageInputs[k].map((a, i) => stage(a, inputs[i].context)));
  let differences = 0;
  for (const [k, stage] of mine.entries()) {
    for (let i = 0; i < records.length; i++) {
      const out = JSON.stringify(stage(stageInputs[k][i], inputs[i].context));
      if (out === JSON.stringify(stageInputs[k + 1][i])) continue;
      if (differences++ < 10) console.log(`differs: ${names[k][0]} on record ${i} (${records[i].id ?? ''})`);
    }
  }
  console.log(differences ? `${differences} stage outputs differ` : 'every stage output is the same');
  const timeStage = (stage, k) => {
    const list = stageInputs[k];
    const started = cpuNanoseconds();
    for (let i = 0; i < list.length; i++) stage(list[i], inputs[i].context);
    return (cpuNanoseconds() - started) / 1000 / list.length;
  };
  const least = {
    [dist]: names.map(() => Number.POSITIVE_INFINITY),
    [against]: names.map(() => Number.POSITIVE_INFINITY),
  };
  const builds = [
    [dist, mine],
    [against, other.stages],
  ];
  for (let round = 0; round < 9; round++) {
    for (const [dir, stages] of round % 2 ? builds.slice().reverse() : builds)
      for (const [k, stage] of stages.entries()) least[dir][k] = Math.min(least[dir][k], timeStage(stage, k));
  }
  for (const [dir] of builds) {
    const total = least[dir].reduce((a, b) => a + b, 0);
    const each = names.map(([name], k) => `${name} ${least[dir][k].toFixed(1)}`).join(' · ');
    console.log(`${dir}: ${total.toFixed(1)} µs/article (CPU time, least of 9 rounds): ${each}`);
  }
  process.exit(differences ? 1 : 0);
}

const run = () => {
  for (const { article, context } of inputs) {
    let a = article;
    for (const stage of mine) a = stage(a, context);
  }
};
for (let i = 0; i < 20; i++) run(); // warm up
// Best of several short trials: on a shared machine the minimum is the least disturbed figure.
let best = Number.POSITIVE_INFINITY;
for (let trial = 0; trial < 15; trial++) {
  const started = cpuNanoseconds();
  for (let i = 0; i < 20; i++) run();
  best = Math.min(best, (cpuNanoseconds() - started) / 20);
}
// A reference on the same machine at the same moment: one pass of charCodeAt over every text.
let reference = Number.POSITIVE_INFINITY;
for (let trial = 0; trial < 15; trial++) {
  const started = process.hrtime.bigint();
  let n = 0;
  for (let i = 0; i < 10; i++)
    for (const t of texts) for (let j = 0; j < t.length; j++) n += t.charCodeAt(j) & 1;
  reference = Math.min(reference, Number(process.hrtime.bigint() - started) / 10);
  if (n < 0) console.log(n);
}
// Each stage alone, on the output of the stages before it.
const stageInputs = [inputs.map((x) => x.article)];
for (const [k, stage] of mine.entries())
  stageInputs.push(stageInputs[k].map((a, i) => stage(a, inputs[i].context)));
const perStage = mine.map((stage, k) => {
  const runStage = () => {
    const list = stageInputs[k];
    for (let i = 0; i < list.length; i++) stage(list[i], inputs[i].context);
  };
  for (let i = 0; i < 5; i++) runStage();
  let least = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 15; trial++) {
    const started = cpuNanoseconds();
    for (let i = 0; i < 5; i++) runStage();
    least = Math.min(least, (cpuNanoseconds() - started) / 5);
  }
  return `${names[k][0]} ${(least / 1000 / inputs.length).toFixed(1)}`;
});
const perArticle = best / 1000 / inputs.length;
const per3k = best / 1000 / (chars / 3000);
console.log(
  `${inputs.length} articles, ${Math.round(chars / inputs.length)} chars each: ${perArticle.toFixed(1)} µs/article, ${per3k.toFixed(1)} µs per 3 KB (CPU time, best of 15); ${(best / reference).toFixed(1)}× one charCodeAt pass (${(reference / 1000 / (chars / 3000)).toFixed(2)} µs per 3 KB)`,
);
console.log(`µs/article per stage: ${perStage.join(' · ')}`);
