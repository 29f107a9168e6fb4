/**
 * Words of the text by their character ranges, without making a string per word: the words that
 * `text.split(/\s+/)` gives, and an exact set of such words (hashed, compared by characters on a hit).
 */
import { hashWord } from './word-hash.js';

/** White space as `\s` reads it. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * Fills `out` with `[start, end)` pairs of the words of `view[start, end)` as `split(/\s+/)` cuts them
 * (an empty word before leading and after trailing white space, one empty word for an empty range).
 */
export function wordRanges(view: string, start: number, end: number, out: number[]): number[] {
  // Written in place (`out.length = 0` would drop the array's storage on every call).
  let n = 0;
  let from = start;
  let k = start;
  while (k < end) {
    if (isSpaceCode(view.charCodeAt(k))) {
      out[n++] = from;
      out[n++] = k;
      while (k < end && isSpaceCode(view.charCodeAt(k))) k++;
      from = k;
    } else k++;
  }
  out[n++] = from;
  out[n++] = end;
  if (out.length !== n) out.length = n;
  return out;
}

/** A set of words of one text, each kept as a character range (case-sensitive, exact). */
export class RangeWordSet {
  private readonly byHash = new Map<number, number[]>();
  private count = 0;

  constructor(private readonly view: string) {}

  /** Number of words added (a word added twice counts twice). */
  get size(): number {
    return this.count;
  }

  /** Adds the word `view[start, end)`. */
  add(start: number, end: number): void {
    const hash = hashWord(this.view, start, end);
    const list = this.byHash.get(hash);
    if (list) list.push(start, end);
    else this.byHash.set(hash, [start, end]);
    this.count++;
  }

  /** Whether the word `view[start, end)` was added. */
  has(start: number, end: number): boolean {
    const list = this.byHash.get(hashWord(this.view, start, end));
    if (list === undefined) return false;
    const { view } = this;
    const length = end - start;
    outer: for (let k = 0; k < list.length; k += 2) {
      const from = list[k] as number;
      if ((list[k + 1] as number) - from !== length) continue;
      for (let m = 0; m < length; m++) {
        if (view.charCodeAt(from + m) !== view.charCodeAt(start + m)) continue outer;
      }
      return true;
    }
    return false;
  }
}
