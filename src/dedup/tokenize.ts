/**
 * Word and number hashing straight from the characters: no token strings, one reusable buffer per tokenizer.
 * Words are those of the duplicate-blocks stage (`wordHashesInto`, src/text/word-hashes.ts: runs of letters,
 * marks and digits, case-folded, the same FNV-1a hash), so that dedup could take the stage's hashes as they are;
 * numbers are digit runs joined by `.`, `,`, `/`, `:` (`6.464,69`, `21/1/2019`, `09.10`), hashed by their digits.
 */
import { maxWords, wordHashesInto } from '../text/word-hashes.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Growable list of 32-bit values over one typed array. */
export class HashList {
  values = new Uint32Array(512);
  length = 0;

  /** Appends a value, doubling the buffer when full. */
  push(value: number): void {
    if (this.length === this.values.length) this.reserve(1);
    this.values[this.length++] = value;
  }

  /** Makes room for `count` more values after `length` (the buffer at least doubles when it grows). */
  reserve(count: number): void {
    const need = this.length + count;
    if (need <= this.values.length) return;
    const next = new Uint32Array(Math.max(need, this.values.length * 2));
    next.set(this.values.subarray(0, this.length));
    this.values = next;
  }

  /** Empties the list, keeping its buffer. */
  clear(): void {
    this.length = 0;
  }
}

/** Hashes the words and numbers of texts into reusable lists. */
export class Tokenizer {
  readonly words = new HashList();
  readonly numbers = new HashList();
  /** Finds the next ASCII digit natively (its `lastIndex` is the tokenizer's own state). */
  private readonly digit = /[0-9]/g;

  /** Empties both lists. */
  reset(): void {
    this.words.clear();
    this.numbers.clear();
  }

  /**
   * Appends the hashes of the words and numbers of `text` (case-folded; no string is made): the words through
   * `wordHashesInto`, the figures from each ASCII digit the regular expression engine finds.
   */
  add(text: string): void {
    const words = this.words;
    words.reserve(maxWords(0, text.length));
    words.length += wordHashesInto(text, words.values.subarray(words.length), 0, text.length);
    this.addNumbers(text);
  }

  /**
   * Appends the hashes of the figures of `text` (alone: when the words are known). A figure is a run of ASCII
   * digits that goes on past one `.`, `,`, `/` or `:` before a digit; its hash is that of its digits (separators
   * do not count: `6.464,69`, `6464,69` and `6,464.69` are one figure).
   */
  addNumbers(text: string): void {
    const digit = this.digit;
    const numbers = this.numbers;
    const n = text.length;
    digit.lastIndex = 0;
    while (digit.test(text)) {
      let i = digit.lastIndex - 1;
      let h = FNV_OFFSET;
      for (;;) {
        h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
        if (++i === n) break;
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) continue;
        if ((c === 46 || c === 44 || c === 47 || c === 58) && i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          if (next >= 48 && next <= 57) {
            i++;
            continue;
          }
        }
        break;
      }
      numbers.push(h >>> 0);
      if (i === n) break;
      digit.lastIndex = i;
    }
  }
}
