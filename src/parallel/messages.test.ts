import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputRecord, JsonlRecord, readRecords } from '../io/read-records.js';
import { packResults, unpackResult, unwireBatch, wireBatch } from './messages.js';
import type { TaskResult } from './tasks.js';

describe('packResults / unpackResult', () => {
  const results: TaskResult[] = [
    { json: '{"title":"Kukar “Tenggarong” — é ✓ 😀"}', id: 'a' },
    { setAside: 'language eng is not one of ind' },
    { json: '', id: 'empty line kept as empty' },
    { error: 'bad record', json: '{"error":"bad record"}' },
    { id: 'no json at all' },
    { json: '{"x":1}' },
  ];
  const packed = packResults(7, results);
  const unpacked = results.map((_, i) => unpackResult(packed, i));

  it('gives back every result, its line as UTF-8 bytes with a newline, any characters included', () => {
    unpacked.forEach((result, i) => {
      const { json, ...rest } = results[i] as TaskResult;
      const { jsonLine, ...back } = result;
      expect(back).toEqual(rest);
      expect(jsonLine === undefined ? undefined : Buffer.from(jsonLine).toString('utf8')).toBe(
        json === undefined ? undefined : `${json}\n`,
      );
    });
  });

  it('moves the lines out of the result objects into one UTF-8 buffer', () => {
    expect(packed.seq).toBe(7);
    expect(packed.results.some((r) => 'json' in r)).toBe(false);
    const lines = results.flatMap((r) => (r.json === undefined ? [] : [`${r.json}\n`]));
    expect(Buffer.from(packed.text).toString('utf8')).toBe(lines.join(''));
  });

  it('answers a missing result with an error rather than nothing', () => {
    expect(unpackResult(packed, results.length)).toEqual({ error: 'no result' });
  });
});

describe('wireBatch / unwireBatch', () => {
  const fieldsOf = (record: InputRecord) => ({
    file: record.file,
    line: record.line,
    index: record.index,
    text: record.text,
    meta: record.meta,
    diagnostics: record.diagnostics,
    error: record.error,
    raw: record.raw,
  });
  const read = async (input: string, options = {}) => {
    const records: InputRecord[] = [];
    for await (const record of readRecords(['-'], options, Readable.from([Buffer.from(input)])))
      records.push(record);
    return records;
  };

  it('sends JSONL records as their lines and gives them back with the same fields, bad lines included', async () => {
    const records = await read(
      '{"id":"a","text":"Kukar “Tenggarong” é 😀","judul":"J"}\n\n{oops\n[1]\n{"id":"b","isi":"x","headline":"H"}\n',
      { textField: 'isi' },
    );
    expect(records.every((r) => r instanceof JsonlRecord)).toBe(true);
    const message = wireBatch(3, records);
    expect(message.records.every((r) => !('text' in r))).toBe(true);
    const back = unwireBatch(structuredClone(message));
    expect(back.map(fieldsOf)).toEqual(records.map(fieldsOf));
    expect(back.map((r) => r.error === undefined)).toEqual([false, false, false, true]);
    expect(back.map((r) => r.line)).toEqual([1, 3, 4, 5]);
  });

  it('sends other records whole, beside JSONL lines', async () => {
    const plain: InputRecord = {
      file: 'a.txt',
      line: null,
      index: 1,
      text: 'Isi.',
      meta: { id: 'a.txt' },
      diagnostics: [],
    };
    const [jsonl] = await read('{"id":"z","text":"Satu."}\n');
    const batch = [jsonl as InputRecord, plain];
    const back = unwireBatch(structuredClone(wireBatch(0, batch)));
    expect(back.map(fieldsOf)).toEqual(batch.map(fieldsOf));
  });
});
