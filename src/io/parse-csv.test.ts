import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from './parse-csv.js';

const all = (text: string) => [...parseCsv(text)];

describe('parseCsv', () => {
  it('reads a comma CSV with an index column, quoted multi-line fields and "" escapes', () => {
    const text =
      ',judul,paragraf\n0,"Jelang Mudik, Dua ""Rest Area"" Dibuka","Baris satu.\nBaris dua."\n1,Judul Dua,Isi\n';
    expect(all(text)).toEqual([
      {
        line: 2,
        record: {
          '': '0',
          judul: 'Jelang Mudik, Dua "Rest Area" Dibuka',
          paragraf: 'Baris satu.\nBaris dua.',
        },
      },
      { line: 4, record: { '': '1', judul: 'Judul Dua', paragraf: 'Isi' } },
    ]);
  });
  it('sniffs a semicolon delimiter and handles CRLF and a BOM', () => {
    const text = '\ufeffid;text\r\n1;"a; b"\r\n2;c\r\n';
    expect(all(text).map((r) => r.record)).toEqual([
      { id: '1', text: 'a; b' },
      { id: '2', text: 'c' },
    ]);
  });
  it.each([
    ['a,b;c', ','],
    ['a;b;c,d', ';'],
    ['"x;y",b', ','],
  ])('sniffs %j as %j', (header, delimiter) => expect(sniffDelimiter(header)).toBe(delimiter));
  it('reports a malformed record and goes on', () => {
    const text = 'id,text\n1,ok\n2,too,many\n3,"fine"\n';
    const out = all(text);
    expect(out.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(out[1]?.error).toMatch(/3 fields/);
    expect(out[2]?.record).toEqual({ id: '3', text: 'fine' });
  });
  it('reports an unterminated quote instead of throwing', () => {
    const out = all('id,text\n1,"never closed\n');
    expect(out).toHaveLength(1);
    expect(out[0]?.error).toMatch(/unterminated/);
  });
  it('skips blank lines between records', () => {
    expect(all('id,text\n1,a\n\n2,b\n').map((r) => r.record?.id)).toEqual(['1', '2']);
  });
});
