import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpillFile } from './spill-file.js';

const collect = async (spill: SpillFile) => {
  const out: string[] = [];
  for await (const line of spill.lines()) out.push(line.toString('utf8'));
  return out;
};

describe('SpillFile', () => {
  it('gives back every line in order, across flushes and multi-byte text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-spill-test-'));
    const spill = new SpillFile(dir);
    // Enough text to cross the 1 MB flush several times; non-ASCII lines cut chunks inside characters.
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ i, text: `Bupati Kukar ‘${'é😀'.repeat(i % 400)}’` }),
    );
    for (const line of lines) spill.append(line);
    expect(await collect(spill)).toEqual(lines);
    spill.remove();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives back a line longer than its write buffer, between short ones, and lone surrogates as U+FFFD', async () => {
    const spill = new SpillFile();
    const long = `"${'ā'.repeat(600_000)}"`; // 1.2 MB of UTF-8, more than one buffer
    for (const line of ['a', long, 'b\ud800c', 'd']) spill.append(line);
    expect(await collect(spill)).toEqual(['a', long, 'b\ufffdc', 'd']);
    spill.remove();
  });

  it('keeps empty lines and an empty file', async () => {
    const spill = new SpillFile();
    expect(await collect(spill)).toEqual([]);
    spill.remove();
    const again = new SpillFile();
    for (const line of ['a', '', 'b']) again.append(line);
    expect(await collect(again)).toEqual(['a', '', 'b']);
    again.remove();
  });

  it('refuses appends after reading, and removal is safe twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-spill-test-'));
    const spill = new SpillFile(dir);
    spill.append('x');
    await collect(spill);
    expect(() => spill.append('y')).toThrow(/already read/);
    spill.remove();
    spill.remove();
    expect(readdirSync(dir)).toEqual([]);
  });
});
