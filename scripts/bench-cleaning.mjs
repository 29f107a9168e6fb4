// Measures the cleaning stages (line splitting, title, boilerplate, credits, dateline, paragraph splitting,
// duplicate blocks) and language detection per article: the stages of `kliping clean`.
// Usage: npm run build && node scripts/bench-cleaning.mjs FILE.jsonl [DIST_DIR]
// Reads a JSONL corpus with a `text` field (and `title` when given); prints microseconds per article and per
// 3 KB of text for the eight stages together, then for each stage alone (each on its own input).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [file, dist = 'dist'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench-cleaning.mjs FILE.jsonl [DIST_DIR]');
  process.exit(2);
}
const base = resolve(dist);
const { startArticle } = await import(`${base}/pipeline.js`);
const load = async (name, fn) => (await import(`${base}/stages/${name}.js`))[fn]();
const names = [
  'split-lines',
  'find-title',
  'remove-boilerplate',
  'extract-credits',
  'extract-dateline',
  'split-paragraphs',
  'remove-duplicate-blocks',
  'detect-language',
];
const mine = [
  await load('split-lines', 'splitLines'),
  await load('find-title', 'findTitle'),
  await load('remove-boilerplate', 'removeBoilerplate'),
  await load('extract-credits', 'extractCredits'),
  await load('extract-dateline', 'extractDateline'),
  await load('split-paragraphs', 'splitParagraphs'),
  await load('remove-duplicate-blocks', 'removeDuplicateBlocks'),
  await load('detect-language', 'detectLanguage'),
];
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const texts = records.map((r) => r.text ?? '');
// The input of the measured stages, made once outside the timing.
const inputs = records.map((r) => startArticle(r.text ?? '', { title: r.title }));
const chars = texts.reduce((n, t) => n + t.length, 0);
const run = () => {
  for (const { article, context } of inputs) {
    let a = article;
    for (const stage of mine) a = stage(a, context);
  }
};
for (let i = 0; i < 20; i++) run(); // warm up
// Best of several short trials: on a shared machine the minimum is the least disturbed figure.
// CPU time, not wall time: on a busy machine waiting for a core is not the stages' cost.
const cpuNanoseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};
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
  return `${names[k]} ${(least / 1000 / inputs.length).toFixed(1)}`;
});
const perArticle = best / 1000 / inputs.length;
const per3k = best / 1000 / (chars / 3000);
console.log(
  `${inputs.length} articles, ${Math.round(chars / inputs.length)} chars each: ${perArticle.toFixed(1)} µs/article, ${per3k.toFixed(1)} µs per 3 KB (CPU time, best of 15); ${(best / reference).toFixed(1)}× one charCodeAt pass (${(reference / 1000 / (chars / 3000)).toFixed(2)} µs per 3 KB)`,
);
console.log(`µs/article per stage: ${perStage.join(' · ')}`);
