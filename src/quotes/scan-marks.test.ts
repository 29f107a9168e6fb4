import { describe, expect, it } from 'vitest';
import { viewOf } from '../span.js';
import { scanMarks } from './scan-marks.js';

/** The quoted words found in each line of `source` (one paragraph a line), with `…|` for an unclosed quote. */
function scan(source: string): string[] {
  const view = viewOf(source);
  let start = 0;
  const paragraphs = source.split('\n').map((line) => {
    const p = { text: line, start, end: start + line.length };
    start = p.end + 1;
    return p;
  });
  return scanMarks(view, paragraphs).map((s) => source.slice(s.start, s.end) + (s.close < 0 ? '|' : ''));
}

describe('scanMarks', () => {
  const cases: [string, string, string[]][] = [
    ['straight pairs', 'a "satu dua" b "tiga"', ['satu dua', 'tiga']],
    ['curly pairs', 'a “satu” b “dua”', ['satu', 'dua']],
    ['low-high', 'a „satu“ b', ['satu']],
    ['guillemets', 'a «satu» b', ['satu']],
    ['reversed guillemets', 'a »satu« b', ['satu']],
    ['mixed straight and curly', 'a "satu” b', ['satu']],
    ['closing-style marks on both sides', 'a ”satu” b', ['satu']],
    ['spaces inside the marks', '" satu dua , " kata dia', ['satu dua ,']],
    ['single quotes at word edges', "dia bilang 'ayo pulang,' lalu pergi", ['ayo pulang,']],
    ['apostrophes are not marks', "Ma'ruf dan Jum'at", []],
    ['single quotes inside double ones', '"kata \'ayo\' itu," ujarnya', ["kata 'ayo' itu,"]],
    [
      'unclosed at the paragraph end',
      '"Satu dua tiga.\n"Empat lima," kata dia.',
      ['Satu dua tiga.|', 'Empat lima,'],
    ],
    [
      'a mark alone continues into the next paragraph',
      'Dia berkata: "\nSatu dua tiga," kata dia.',
      ['Satu dua tiga,'],
    ],
    ['a cut-off opening mark', 'Satu dua tiga," kata dia.', ['Satu dua tiga,']],
    [
      'an opening mark left at the end of the sentence before',
      'Dia datang Minggu."\nSatu dua tiga," kata dia.',
      ['Satu dua tiga,'],
    ],
    ['empty and mark-only spans', '"" "  " """"', []],
    ['no marks', 'Tidak ada tanda kutip di sini.', []],
  ];
  it.each(cases)('%s', (_, source, expected) => expect(scan(source)).toEqual(expected));

  it('stays linear on a megabyte of marks', () => {
    const source = '"'.repeat(1 << 20);
    const t = performance.now();
    expect(scan(source)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
