import { HASH_SEED, lowerCode } from './hash.js';

/** `Tokens.flags`: the token starts with an upper-case letter. */
export const TOKEN_CAPITAL = 1;
/** `Tokens.flags`: the token is one mark after which a sentence begins (`.`, `!`, `?`, `:`, `;`, quotes). */
export const TOKEN_END = 2;

/** Tokens of a text range as parallel offset arrays (UTF-16, `[start, end)` into the text). */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Per token, two independent hashes of its characters as written: `keys` FNV-1a from `HASH_SEED` (what
   * `hashStep` makes), `keys2` (`keyOf2`) a multiply-by-31 hash with the length (the featurizer's word cache key).
   */
  readonly keys: Int32Array;
  readonly keys2: Int32Array;
  /** Per token, `TOKEN_CAPITAL` | `TOKEN_END`. */
  readonly flags: Uint8Array;
}

const LETTER = /\p{L}|\p{M}/u;

/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;

/** True for letters and digits, ASCII fast, other scripts through a Unicode class. */
export function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  return LETTER.test(text[i] as string);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for characters that split nothing and tag nothing (spaces, controls, zero-width marks). */
function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** FNV-1a prime (as `hashStep`). */
const FNV = 0x01000193;

/** The second key of `text[start, end)` (see `Tokens.keys2`). */
export function keyOf2(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (Math.imul(h, 31) + (end - start)) | 0;
}

/**
 * Splits `text[start, end)` into words and single punctuation marks.
 * A word keeps an inner hyphen or apostrophe between letters (`anak-anak`, `Ma'ruf`) and a number keeps
 * inner `.`, `,`, `/`, `:` between digits (`1.500`, `29/10/2013`); every other mark is a token of its own.
 * `reuse` (an earlier result no longer needed) lends its arrays, so a caller tagging many ranges allocates once.
 */
export function tokenize(text: string, start = 0, end = text.length, reuse?: Tokens): Tokens {
  const cap = Math.max(4, ((end - start) >> 2) + 4);
  // A caller's earlier result lends its arrays when they are big enough (the returned tokens then share them).
  const fits = reuse !== undefined && reuse.starts.length >= cap;
  let starts = fits ? reuse.starts : new Int32Array(cap);
  let ends = fits ? reuse.ends : new Int32Array(cap);
  let keys = fits ? reuse.keys : new Int32Array(cap);
  let keys2 = fits ? reuse.keys2 : new Int32Array(cap);
  let flags = fits ? reuse.flags : new Uint8Array(cap);
  let n = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const s = i;
    // The keys as the characters go by (see `Tokens.keys`).
    let h = Math.imul(HASH_SEED ^ c, FNV);
    let h2 = c;
    if (isWordChar(c, text, i)) {
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text, i)) {
          h = Math.imul(h ^ d, FNV);
          h2 = (Math.imul(h2, 31) + d) | 0;
          i++;
          continue;
        }
        if (i + 1 < end) {
          const next = text.charCodeAt(i + 1);
          const joinsWord =
            (d === 45 || d === 39 || d === 0x2019) && isWordChar(next, text, i + 1) && !isDigit(next);
          const joinsNumber =
            (d === 46 || d === 44 || d === 47 || d === 58) &&
            isDigit(next) &&
            isDigit(text.charCodeAt(i - 1));
          if (joinsWord || joinsNumber) {
            h = Math.imul(Math.imul(h ^ d, FNV) ^ next, FNV);
            h2 = (Math.imul((Math.imul(h2, 31) + d) | 0, 31) + next) | 0;
            i += 2;
            continue;
          }
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // A surrogate pair stays whole.
      const low = text.charCodeAt(i + 1);
      h = Math.imul(h ^ low, FNV);
      h2 = (Math.imul(h2, 31) + low) | 0;
      i += 2;
    } else {
      i++;
    }
    if (n === starts.length) {
      starts = grown(starts, n);
      ends = grown(ends, n);
      keys = grown(keys, n);
      keys2 = grown(keys2, n);
      const bigger = new Uint8Array(n * 2);
      bigger.set(flags);
      flags = bigger;
    }
    starts[n] = s;
    ends[n] = i;
    keys[n] = h;
    keys2[n] = (Math.imul(h2, 31) + (i - s)) | 0;
    flags[n] = (c < 128 ? c >= 65 && c <= 90 : lowerCode(c) !== c)
      ? TOKEN_CAPITAL
      : i - s === 1 &&
          (c === 46 ||
            c === 33 ||
            c === 63 ||
            c === 34 ||
            c === 0x201c ||
            c === 0x201d ||
            c === 58 ||
            c === 59)
        ? TOKEN_END
        : 0;
    n++;
  }
  return { count: n, starts, ends, keys, keys2, flags };
}

function grown(array: Int32Array, n: number): Int32Array {
  const bigger = new Int32Array(n * 2);
  bigger.set(array);
  return bigger;
}
