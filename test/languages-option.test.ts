import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/kliping.js', import.meta.url).pathname;
const corpus = [
  {
    id: 'id1',
    text: 'Pemerintah Provinsi Jawa Barat menggelar rapat koordinasi dengan seluruh bupati dan wali kota untuk membahas penanganan banjir yang melanda sejumlah daerah pekan lalu.',
  },
  {
    id: 'en1',
    text: 'The government of West Java held a coordination meeting with all regents and mayors to discuss the handling of the floods that hit several areas last week.',
  },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('parse --languages', () => {
  it('keeps the languages asked for and sets the rest aside with the reason', () => {
    const rejects = join(mkdtempSync(join(tmpdir(), 'kliping-lang-')), 'rejects.jsonl');
    const r = spawnSync(
      process.execPath,
      [bin, 'parse', '--languages', 'ind,zsm', '--rejects', rejects, '--jobs', '1'],
      { input: corpus, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['id1']);
    const set = readFileSync(rejects, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(set).toMatchObject([{ id: 'en1', reason: expect.stringContaining('language eng') }]);
  });
  it('keeps everything without the option', () => {
    const r = spawnSync(process.execPath, [bin, 'parse', '--jobs', '1'], { input: corpus, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('check --languages', () => {
  const check = (args: string[]) =>
    spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--jobs', '1', ...args], {
      input: corpus,
      encoding: 'utf8',
    });
  it('measures only the languages asked for, counts the rest as set aside and writes them to --rejects', () => {
    const rejects = join(mkdtempSync(join(tmpdir(), 'kliping-lang-')), 'rejects.jsonl');
    const r = check(['--languages', 'ind', '--min-language', 'ind=1', '--rejects', rejects]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.metrics).toMatchObject({ records: 2, articles: 1, setAside: 1, failed: 0 });
    expect(report.languages).toEqual({ ind: 1 });
    const set = readFileSync(rejects, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(set).toMatchObject([{ id: 'en1', reason: expect.stringContaining('language eng') }]);
  });
  it('without the option measures every language, and the same limit fails', () => {
    const r = check(['--min-language', 'ind=1']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.metrics).toMatchObject({ records: 2, articles: 2, setAside: 0 });
    expect(report.languages).toEqual({ ind: 0.5, eng: 0.5 });
  });
});

describe('parse --explain-language', () => {
  it('adds the candidates and scores of both steps to each record, and nothing without the flag', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [bin, 'parse', '--jobs', '1', ...args], { input: corpus, encoding: 'utf8' })
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    const records = run(['--explain-language']);
    for (const r of records) {
      const x = r.languageExplanation;
      expect(x.decision.code).toBe(r.language.code);
      expect(x.model.map((c: { code: string }) => c.code).sort()).toEqual(['eng', 'ind', 'zsm']);
      expect(x.model[0].code).toBe(r.language.code);
      expect(x.franc.length).toBeGreaterThan(1);
      expect(x.words).toBeGreaterThan(10);
    }
    expect(records.map((r) => r.language.code)).toEqual(['ind', 'eng']);
    expect(run([]).every((r) => !('languageExplanation' in r))).toBe(true);
  });
});
