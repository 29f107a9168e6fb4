import { describe, expect, it } from 'vitest';
import { makeTriggerLoop } from './trigger.js';

const WORDS = ['senin', 'mei', "jum'at", 'h', 'tahun', 'pukul'];

/** The triggers the loop visits in `text`, as `index:word` (a digit run visits with ``). */
function visits(text: string): string[] {
  const out: string[] = [];
  makeTriggerLoop(WORDS)(
    text,
    0,
    text.length,
    (p, word, _view, _to, list: string[]) => {
      list.push(`${p}:${word}`);
      return p;
    },
    out,
    null,
  );
  return out;
}

describe('makeTriggerLoop', () => {
  it.each([
    ['Senin pagi', ['0:senin']],
    ['SENIN', ['0:senin']],
    ['pada Mei 2019', ['5:mei', '9:']],
    ["Jum'at (24/5)", ["0:jum'at", '8:', '11:']],
    ['H-7 Lebaran', ['0:h']],
    ['tahun-tahun', ['0:tahun']], // the second is joined by a hyphen to a letter
    ['pukul 10.00', ['0:pukul', '6:', '9:']],
  ])('visits the triggers of %j', (text, expected) => {
    expect(visits(text)).toEqual(expected);
  });

  it.each([
    ['Seninnya', 'a longer word'],
    ['Sen', 'a shorter one'],
    ['Meinya', 'a word that starts with a trigger'],
    ['xSenin', 'after a letter'],
    ['Jum’at', 'the curly apostrophe where the word has a straight one'],
    ['haha', 'a word starting with a one-letter trigger'],
  ])('does not visit %j (%s)', (text) => {
    expect(visits(text).filter((v) => !v.endsWith(':'))).toEqual([]);
  });
});

/**
 * What the loop must visit, written plainly: runs of digits, and runs of ASCII letters (an apostrophe between two
 * letters inside) that are trigger words in any case; each only where a word may start (not after a letter or a
 * digit, nor after a letter and a hyphen). The visitor here goes on right after the run.
 */
function reference(text: string): string[] {
  const out: string[] = [];
  const letter = (i: number) => /[A-Za-z]/.test(text[i] ?? '');
  const wordChar = (i: number) => /[\p{L}0-9]/u.test(text[i] ?? '');
  const startsAt = (i: number) =>
    i === 0 || (!wordChar(i - 1) && !(text[i - 1] === '-' && i > 1 && /[\p{L}]/u.test(text[i - 2] ?? '')));
  let i = 0;
  while (i < text.length) {
    let e = i;
    if (/[0-9]/.test(text[i] ?? '')) {
      while (/[0-9]/.test(text[e] ?? '')) e++;
      if (startsAt(i)) out.push(`${i}:`);
    } else if (letter(i)) {
      while (letter(e) || (/['’]/.test(text[e] ?? '') && letter(e + 1))) e++;
      const word = text.slice(i, e).replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (WORDS.includes(word) && startsAt(i)) out.push(`${i}:${word}`);
    } else e = i + 1;
    i = e;
  }
  return out;
}

describe('makeTriggerLoop on random texts', () => {
  it('visits what the plain reading visits', () => {
    // biome-ignore format: a word list
    const pieces = ['Senin', 'mei', "Jum'at", 'jum’at', 'H', 'h', 'TAHUN', 'pukul', 'é', 'x', '-', "'", '’', ' '];
    const chars = ['0', '7', ' ', '(', '/', '.', 'A', 'z', '\u00e9', '\u0661', '@', '[', '`', '{'];
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    for (let t = 0; t < 500; t++) {
      let text = '';
      for (let k = next() % 16; k >= 0; k--)
        text += next() % 2 ? pieces[next() % pieces.length] : chars[next() % chars.length];
      expect(visits(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
