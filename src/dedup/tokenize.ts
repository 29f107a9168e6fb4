/**
 * Word and number hashing straight from the characters: no token strings, one reusable buffer per tokenizer.
 * Words are runs of letters, marks and digits, lower-cased code unit by code unit;
 * numbers are digit runs joined by `.`, `,`, `/`, `:` (`6.464,69`, `21/1/2019`, `09.10`), hashed by their digits.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Growable list of 32-bit values over one typed array. */
export class HashList {
  values = new Uint32Array(512);
  length = 0;

  /** Appends a value, doubling the buffer when full. */
  push(value: number): void {
    if (this.length === this.values.length) {
      const next = new Uint32Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = value;
  }

  /** Empties the list, keeping its buffer. */
  clear(): void {
    this.length = 0;
  }
}

/** Code units that separate words in the fold table. */
const SEPARATOR = 0xffff;
const UNKNOWN = 0;

/** Hashes the words and numbers of texts into reusable lists. */
export class Tokenizer {
  readonly words = new HashList();
  readonly numbers = new HashList();
  // Lower-case code unit of each word character, SEPARATOR for the rest; non-ASCII learned on first sight.
  private readonly fold = new Uint16Array(65536);

  constructor() {
    for (let c = 0; c < 128; c++) {
      if (c >= 65 && c <= 90) this.fold[c] = c + 32;
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) this.fold[c] = c;
      else this.fold[c] = SEPARATOR;
    }
  }

  /** Empties both lists. */
  reset(): void {
    this.words.clear();
    this.numbers.clear();
  }

  /**
   * Appends the hashes of the words and numbers of `text` (case-folded; no string is made). One table lookup
   * per character; the figure rules run only over the words that hold an ASCII digit.
   */
  add(text: string): void {
    const fold = this.fold;
    const words = this.words;
    const n = text.length;
    let number = FNV_OFFSET;
    let inNumber = false;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let f = fold[c] as number;
      if (f === UNKNOWN) f = this.learn(c);
      if (f === SEPARATOR) {
        i++;
        continue;
      }
      const start = i;
      let word = FNV_OFFSET;
      let digit = false;
      for (;;) {
        word = Math.imul(word ^ f, FNV_PRIME);
        // Word characters below 58 are the ASCII digits.
        if (c < 58) digit = true;
        if (++i === n) break;
        c = text.charCodeAt(i);
        f = fold[c] as number;
        if (f === UNKNOWN) f = this.learn(c);
        if (f === SEPARATOR) break;
      }
      words.push(word >>> 0);
      if (!digit) continue;
      // Digit runs inside the word; a run at its end goes on past `.`, `,`, `/` or `:` before a digit.
      for (let j = start; j < i; j++) {
        const d = text.charCodeAt(j);
        if (d >= 48 && d <= 57) {
          number = Math.imul(number ^ d, FNV_PRIME);
          inNumber = true;
        } else if (inNumber) {
          this.numbers.push(number >>> 0);
          number = FNV_OFFSET;
          inNumber = false;
        }
      }
      if (!inNumber) continue;
      if (i + 1 < n) {
        const s = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        // Separators do not count: `6.464,69`, `6464,69` and `6,464.69` are one figure.
        if ((s === 46 || s === 44 || s === 47 || s === 58) && next >= 48 && next <= 57) continue;
      }
      this.numbers.push(number >>> 0);
      number = FNV_OFFSET;
      inNumber = false;
    }
  }

  private learn(c: number): number {
    const ch = String.fromCharCode(c);
    let f = SEPARATOR;
    if (WORD_CHAR.test(ch)) {
      const lower = ch.toLowerCase();
      f = lower.length === 1 ? lower.charCodeAt(0) : c;
      if (f === UNKNOWN || f === SEPARATOR) f = c;
    }
    this.fold[c] = f;
    return f;
  }
}
