import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/kliping.js', import.meta.url).pathname;
const seed = new URL('../fixtures/seed/input.txt', import.meta.url).pathname;

function quotes(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, 'quotes', ...args], { input, encoding: 'utf8' });
  return {
    code: r.status,
    stderr: r.stderr,
    records: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe('kliping quotes (the real binary)', () => {
  it('prints one line per quote with its article and speaker', () => {
    const r = quotes(['--kind', 'direct', seed]);
    expect(r.code).toBe(0);
    expect(r.records.map((q) => q.speaker)).toEqual([
      'Rita Widyasari',
      'Rita Widyasari',
      'Khofifah Indar Parawansa',
      'Khofifah Indar Parawansa',
    ]);
    for (const q of r.records) expect(q).toMatchObject({ id: seed, kind: 'direct' });
  });
  it('reports a bad record and goes on, exit 1', () => {
    const r = quotes(
      [],
      '{"id":"b","text":"\\"Kami siap bekerja keras untuk warga,\\" kata Budi Santoso."}\nnot json\n',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(':2: invalid JSON');
    expect(r.records).toMatchObject([{ id: 'b', speaker: 'Budi Santoso', kind: 'direct' }]);
  });
});
