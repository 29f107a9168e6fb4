import { describe, expect, it } from 'vitest';
import { RangeWordSet, wordRanges } from './word-ranges.js';

const words = (text: string): string[] => {
  const ranges = wordRanges(text, 0, text.length, []);
  const out: string[] = [];
  for (let k = 0; k < ranges.length; k += 2) out.push(text.slice(ranges[k], ranges[k + 1]));
  return out;
};

describe('wordRanges', () => {
  // The same words as `split(/\s+/)`, empty ones included.
  const cases = [
    'Rita Widyasari',
    'Rita  Widyasari\nKukar',
    ' Rita',
    'Rita ',
    '',
    'Rita\u00a0Widyasari\u2009Kukar',
    'Ma’ruf Amin',
    'satu',
  ];
  it.each(cases)('%j', (text) => {
    expect(words(text)).toEqual(text.split(/\s+/));
  });
});

describe('RangeWordSet', () => {
  const view = 'Rita Widyasari bertemu Rita dan rita serta Widya';
  const set = new RangeWordSet(view);
  set.add(0, 4);
  set.add(5, 14);
  const cases: Array<[string, number, boolean]> = [
    ['Rita', view.indexOf('Rita', 1), true],
    ['Widyasari', 5, true],
    // must not be found: another case, a prefix, a word never added
    ['rita', view.indexOf('rita'), false],
    ['Widya', view.lastIndexOf('Widya'), false],
    ['dan', view.indexOf('dan'), false],
  ];
  it.each(cases)('%s', (word, at, expected) => {
    expect(set.has(at, at + word.length)).toBe(expected);
  });
  it('counts what was added', () => {
    expect(set.size).toBe(2);
    expect(new RangeWordSet(view).size).toBe(0);
  });
});
