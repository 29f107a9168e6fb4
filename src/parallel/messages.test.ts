import { describe, expect, it } from 'vitest';
import { packResults, unpackResult } from './messages.js';
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

  it('gives back every result as it was, lines with any characters included', () => {
    expect(results.map((_, i) => unpackResult(packed, i))).toEqual(results);
  });

  it('moves the lines out of the result objects into one UTF-8 buffer', () => {
    expect(packed.seq).toBe(7);
    expect(packed.results.some((r) => 'json' in r)).toBe(false);
    const lines = results.flatMap((r) => (r.json === undefined ? [] : [r.json]));
    expect(Buffer.from(packed.text).toString('utf8')).toBe(lines.join(''));
  });

  it('answers a missing result with an error rather than nothing', () => {
    expect(unpackResult(packed, results.length)).toEqual({ error: 'no result' });
  });
});
