#!/usr/bin/env node
// Compares kliping's language decision with franc (all languages) and franc restricted to ind/zlm/eng, in one
// run on the same sentences. Reads the measuring sets under ../shared/data/langid (DSL Shared Task 2015 test
// sets, research use; lingua-rs test sentences, Apache-2.0); prints a Markdown table for docs/language.md.
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
const canon = (c) => (c === 'zlm' ? 'zsm' : c);

const header = ['system', ...sets.map(([name]) => name), 'µs / sentence'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const [name, decide] of systems) {
  // Warm up the JIT on a few sentences first, so the times compare steady states.
  for (const { text } of sets[0][1].slice(0, 300)) decide(text);
  const cells = [];
  let time = 0;
  let count = 0;
  for (const [, items] of sets) {
    let ok = 0;
    const t0 = performance.now();
    for (const { text, label } of items) if (canon(decide(text)) === label) ok++;
    time += performance.now() - t0;
    count += items.length;
    cells.push((ok / items.length).toFixed(3));
  }
  console.log(`| ${name} | ${cells.join(' | ')} | ${((time / count) * 1000).toFixed(0)} |`);
}
