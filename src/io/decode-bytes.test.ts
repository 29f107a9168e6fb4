import { describe, expect, it } from 'vitest';
import { decodeBytes, repairMojibake } from './decode-bytes.js';

const TEXT = 'Kata “Ibu” café — 100 persen';
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(TEXT, false), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(TEXT, true), 'utf-16be'],
    // “ ” é — in Windows-1252
    [
      'Windows-1252',
      new Uint8Array([
        ...utf8('Kata '),
        0x93,
        ...utf8('Ibu'),
        0x94,
        ...utf8(' caf'),
        0xe9,
        ...utf8(' '),
        0x97,
        ...utf8(' 100 persen'),
      ]),
      'windows-1252',
    ],
  ])('reads %s', (_, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.binary).toBe(false);
  });
  it('repairs mojibake with a diagnostic', () => {
    const decoded = decodeBytes(utf8('Kata â€œIbuâ€\u009d cafÃ© â€” 100 persen'));
    expect(decoded.text).toBe(TEXT);
    expect(decoded.diagnostics.map((d) => d.rule)).toEqual(['mojibake-repaired']);
  });
  it.each(['Harga naik 5 persen', 'Café in Zürich, São Paulo, Māori', 'Ärger über Öl', 'Ã alone'])(
    'leaves proper text alone: %j',
    (text) => {
      expect(repairMojibake(text)).toEqual({ text, repairs: 0 });
    },
  );
  it('reports binary input instead of throwing', () => {
    const decoded = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    expect(decoded.binary).toBe(true);
    expect(decoded.text).toBe('');
    expect(decoded.diagnostics[0]?.rule).toBe('binary-input');
  });
});
