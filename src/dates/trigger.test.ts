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
