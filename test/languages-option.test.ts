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
