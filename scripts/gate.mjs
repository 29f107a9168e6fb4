#!/usr/bin/env node
// The quality gate: runs ../shared/eval/score.mjs for every gate in eval/floors.json with its floors.
// Usage: node scripts/gate.mjs [--shared DIR] [--only NAME]
// A gate may name a `prepare` command (argv list) run first, e.g. to assemble a corpus from ../shared into a
// temporary folder ({tmp}); nothing from ../shared is copied into the project.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const shared = resolve(opt('shared', '../shared'));
const only = opt('only');
const tmp = mkdtempSync(join(tmpdir(), 'kliping-gate-'));
const fill = (s) => s.replaceAll('{shared}', shared).replaceAll('{tmp}', tmp);
const { gates } = JSON.parse(readFileSync(new URL('../eval/floors.json', import.meta.url), 'utf8'));

let failed = 0;
for (const gate of gates) {
  if (only && gate.name !== only) continue;
  console.log(`\n== gate ${gate.name}`);
  if (gate.prepare) {
    const [cmd, ...rest] = gate.prepare.map(fill);
    const p = spawnSync(cmd, rest, { stdio: 'inherit' });
    if (p.status !== 0) {
      console.log(`gate ${gate.name}: prepare failed (${p.status})`);
      failed++;
      continue;
    }
  }
  const mins = Object.entries(gate.min).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const r = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), ...gate.args.map(fill), ...mins], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.log(`gate ${gate.name}: FAILED (exit ${r.status})`);
    failed++;
  } else console.log(`gate ${gate.name}: ok`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`\ngates: ${failed ? `${failed} failed` : 'all passed'}`);
process.exit(failed ? 1 : 0);
