import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputRecord, readRecords } from './read-records.js';

describe('readRecords: JSONL', () => {
  it('skips lines that trim to nothing (Unicode spaces too) without counting them as records', async () => {
    const records: InputRecord[] = [];
    const input =
      '{"id":"a","text":"x"}\n \t\r\n\u00a0\u2003\n{"id":"b","text":"y"}\n \t{"id":"c","text":"z"}\n';
    for await (const record of readRecords(['-'], {}, Readable.from([Buffer.from(input)])))
      records.push(record);
    expect(records.map((r) => [r.meta.id, r.line, r.index])).toEqual([
      ['a', 1, 0],
      ['b', 4, 1],
      ['c', 5, 2],
    ]);
  });
});
