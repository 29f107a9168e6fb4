import { describe, expect, it } from 'vitest';
import {
  bigramSet,
  combineHashes,
  maxWords,
  sequenceKey,
  wordHashes,
  wordHashesInto,
} from './word-hashes.js';

describe('wordHashes', () => {
  it('folds case and ignores punctuation and spacing', () => {
    expect(wordHashes('“Kata Rita,”  ia')).toEqual(wordHashes('kata RITA ia'));
  });
  it('tells different words apart', () => {
    expect(wordHashes('polisi polis')[0]).not.toBe(wordHashes('polisi polis')[1]);
  });
  it('counts letters beyond ASCII', () => {
    expect(wordHashes('Ébé café')).toHaveLength(2);
    expect(wordHashes('ÉBÉ')).toEqual(wordHashes('ébé'));
  });
  it('reads a range of the text', () => {
    expect(wordHashes('aa bb cc', 3, 5)).toEqual(wordHashes('bb'));
  });
  it('gives nothing for text without words', () => expect(wordHashes(' ,.— ')).toEqual([]));
  it.each([
    ['kata—rita…ia', 'kata rita ia'],
    ['“kata”‘rita’ia', 'kata rita ia'],
    ['kata\u2009rita\u2060ia', 'kata rita ia'],
  ])('cuts words at general punctuation: %j', (text, words) =>
    expect(wordHashes(text)).toEqual(wordHashes(words)),
  );
  it.each(['kāta', 'ﬁle', 'x²', 'Ⅻ'])(
    'keeps letters and digits outside general punctuation whole: %j',
    (word) => expect(wordHashes(word)).toHaveLength(1),
  );
});

describe('wordHashesInto', () => {
  it.each(['“Kata Rita,”  ia', 'Ébé café 2019', 'a', '', ' ,.— ', 'x,y;z 12 34', 'ÉBÉ ébé Ünïcode'])(
    'writes what wordHashes gives for %j',
    (text) => {
      const out = new Uint32Array(maxWords(0, text.length));
      const n = wordHashesInto(text, out, 0, text.length);
      expect(Array.from(out.subarray(0, n))).toEqual(wordHashes(text));
    },
  );
  it('takes a Latin character for a word exactly when it is a letter, digit or mark, folded to lower case', () => {
    const wrong: number[] = [];
    for (let code = 0x80; code < 0x300; code++) {
      const c = String.fromCharCode(code);
      const word = /[\p{L}\p{N}\p{M}]/u.test(c);
      const hashes = wordHashes(`a${c}`);
      const folded = wordHashes(`a${c.toLowerCase().charAt(0)}`);
      if (hashes.length !== 1 || (word ? hashes[0] !== folded[0] : hashes[0] !== wordHashes('a')[0]))
        wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
  it('counts a last word that runs to the end, and writes nothing past a buffer of maxWords', () => {
    for (const text of ['ab cd', 'ab cd ', 'a', 'a ', ' a b']) {
      const out = new Uint32Array(maxWords(0, text.length) + 1).fill(7);
      const n = wordHashesInto(text, out.subarray(0, maxWords(0, text.length)), 0, text.length);
      expect(n).toBe(text.trim().split(' ').length);
      expect(out[out.length - 1]).toBe(7);
    }
  });
  it('writes from `at` on, leaving what is before it, and counts only the words it writes', () => {
    const out = new Uint32Array(3 + maxWords(0, 11)).fill(7);
    const n = wordHashesInto('Kata, dia 2', out, 0, 11, 3);
    expect(n).toBe(3);
    expect(Array.from(out.subarray(0, 3))).toEqual([7, 7, 7]);
    expect(Array.from(out.subarray(3, 3 + n))).toEqual(wordHashes('Kata, dia 2'));
    expect(wordHashesInto('dia', out, 0, 3, 5)).toBe(1);
    expect(out[5]).toBe(wordHashes('dia')[0]);
  });
  it('fits the most words a range can hold', () => {
    const text = 'a b c d e';
    expect(maxWords(0, text.length)).toBe(5);
    expect(wordHashesInto(text, new Uint32Array(5), 0, text.length)).toBe(5);
  });
});

describe('bigramSet and sequenceKey', () => {
  it('keeps order in bigrams', () => {
    expect(combineHashes(1, 2)).not.toBe(combineHashes(2, 1));
    expect([...bigramSet(wordHashes('a b c'))]).toHaveLength(2);
    expect([...bigramSet(wordHashes('a'))]).toHaveLength(1);
  });
  it('keys equal sequences alike and different ones apart', () => {
    expect(sequenceKey(wordHashes('Satu dua tiga'))).toBe(sequenceKey(wordHashes('satu, dua. TIGA')));
    expect(sequenceKey(wordHashes('satu dua tiga'))).not.toBe(sequenceKey(wordHashes('tiga dua satu')));
  });
});
