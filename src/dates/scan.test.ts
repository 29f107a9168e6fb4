import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/helpers.js';
import { isNumberBefore, previousWord } from './found.js';
import { compilePatterns } from './patterns.js';
import { isLawNumberBefore, isYearAfter, LAW_NUMBER, nextWordAfter } from './scan.js';
import { simpleParenDate } from './words.js';

// biome-ignore format: a word list
const PIECES = [
  ' ', ' ', '  ', '   ', '    ', '19', '2016', '2019', '20', '7', 'tahun', 'Tahun', 'TAHUN', 'tahun-', 'Nomor',
  'lalu', 'ini', 'é', 'Lalu', 'silamé', '\ud835\udc00', '\u212a', '-', ',', '.', 'a', 'x1', '\u0660', '\n', '2001', '19999', '1899',
];

/** Random bracketed dates, well and badly formed (a fixed seed). */
function randomParens(n: number): string[] {
  let seed = 3;
  const pick = (list: readonly string[]) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return list[(seed >>> 8) % list.length] as string;
  };
  const numbers = ['1', '26', '05', '123', '', '2019', '19', '201', '20190'];
  const seps = ['/', '.', '-', ' ', '/ ', ''];
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const year = pick(['', '', `${pick(seps)}${pick(numbers)}`]);
    out.push(
      `${pick(['', ' ', '  ', ',', 'x'])}${pick(['(', '( ', ''])}${pick(numbers)}${pick(seps)}${pick(numbers)}${year}${pick([')', ' )', '', ')x'])}`,
    );
  }
  return out;
}

const TEXTS = [
  'Undang-Undang Nomor 19 Tahun 2016 tentang ITE, sejak 2016 lalu; 20  tahun   2019; 3 tahun 2020',
  'UU No. 7 TAHUN 2017, 12 tahun    2018, 5tahun 2019, 1 tahun 1999 dan 2000 orang 2021-an',
  ...randomTexts(300, 60, PIECES, 11),
];

describe('the char-code readings of the year context agree with their regexes', () => {
  it('isLawNumberBefore is LAW_NUMBER on the 24 characters before', () => {
    let fired = 0;
    for (const text of TEXTS) {
      for (let p = 0; p <= text.length; p++) {
        const expected = LAW_NUMBER.test(text.slice(Math.max(0, p - 24), p));
        expect(isLawNumberBefore(text, p), `${JSON.stringify(text)} at ${p}`).toBe(expected);
        if (expected) fired++;
      }
    }
    expect(fired).toBeGreaterThan(10);
  });

  it('isYearAfter is a year after one to three spaces', () => {
    let fired = 0;
    for (const text of TEXTS) {
      for (let p = 0; p <= text.length; p++) {
        const expected = /^ {1,3}(?:19|20)\d\d(?!\d)/.test(text.slice(p, p + 8));
        expect(isYearAfter(text, p), `${JSON.stringify(text)} at ${p}`).toBe(expected);
        if (expected) fired++;
      }
    }
    expect(fired).toBeGreaterThan(10);
  });

  it('isNumberBefore is a previous word of digits', () => {
    let fired = 0;
    for (const text of TEXTS) {
      for (let p = 0; p <= text.length; p++) {
        const expected = /^\d+$/.test(previousWord(text, p));
        expect(isNumberBefore(text, p), `${JSON.stringify(text)} at ${p}`).toBe(expected);
        if (expected) fired++;
      }
    }
    expect(fired).toBeGreaterThan(10);
  });

  it('nextWordAfter is the letters after one to three spaces, within 16 characters', () => {
    let fired = 0;
    for (const text of TEXTS) {
      for (let p = 0; p <= text.length; p++) {
        const m = /^ {1,3}(\p{L}+)/u.exec(text.slice(p, p + 16));
        const got = nextWordAfter(text, p);
        expect(got && text.slice(got[0], got[1]), `${JSON.stringify(text)} at ${p}`).toBe(m ? m[1] : null);
        if (m) fired++;
      }
    }
    expect(fired).toBeGreaterThan(10);
  });

  it('simpleParenDate reads what afterDayParen matches, or leaves it to the pattern', () => {
    const re = compilePatterns().afterDayParen;
    const out = new Int32Array(4);
    const texts = [
      ...TEXTS,
      ...randomParens(4000),
      'Senin (26/5/2019)',
      'Senin(1.2.19)',
      'Senin  (26/5)',
      'Senin , (26/5)',
      'Senin (26 / 5)',
      'Senin (123/5)',
      'Senin (2/5/201)',
      'Senin (2/5/)',
    ];
    let fired = 0;
    for (const text of texts) {
      for (let p = 0; p < text.length; p++) {
        const end = simpleParenDate(text, p, out);
        if (end < 0) continue;
        fired++;
        re.lastIndex = p;
        const m = re.exec(text);
        expect(m, `${JSON.stringify(text)} at ${p}`).not.toBeNull();
        expect(re.lastIndex).toBe(end);
        expect([Number(m?.[1]), Number(m?.[2]), m?.[3]]).toEqual([
          out[0],
          out[1],
          (out[2] as number) < 0 ? undefined : text.slice(out[2], out[3]),
        ]);
      }
    }
    expect(fired).toBeGreaterThan(50);
  });

  it.each([
    ['Nomor 19 Tahun ', true],
    ['Nomor 19 tahun', false],
    ['19    tahun ', false],
    ['5tahun ', false],
    ['sejak ', false],
  ])('isLawNumberBefore at the end of %j: %s', (text, expected) => {
    expect(isLawNumberBefore(text, text.length)).toBe(expected);
  });
});
