import { lowerCode, HASH_SEED as SHARED_SEED } from './hash.js';

/** `HASH_SEED` as this module's own constant (folded into the code; an imported binding is loaded at each use). */
const HASH_SEED = 0x811c9dc5 | 0;
if (HASH_SEED !== SHARED_SEED) throw new Error('ner: tokenizer seed differs');

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

// What the tokenizer needs to know of a code unit, as bits (`CLASS`): CAPITAL and END are `Tokens.flags`' bits.
const CAPITAL = TOKEN_CAPITAL;
const END = TOKEN_END;
/** A letter, mark or digit: part of a word. */
const WORD = 4;
const DIGIT = 8;
const SPACE = 16;
/** `-`, `'` and `’`: inside a word when a letter follows. */
const JOIN_WORD = 32;
/** `.`, `,`, `/` and `:`: inside a number between digits. */
const JOIN_NUMBER = 64;
/** Set in every filled entry of `CLASS`. */
const KNOWN = 128;

/** The class bits of code unit `c` (see `CLASS`). */
function classify(c: number): number {
  let k = KNOWN;
  if (lowerCode(c) !== c) k |= CAPITAL;
  if (c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 58 || c === 59)
    k |= END;
  const digit = c >= 48 && c <= 57;
  if (c < 128 ? digit || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER.test(String.fromCharCode(c))) k |= WORD;
  if (digit) k |= DIGIT;
  if (isSpace(c)) k |= SPACE;
  if (c === 45 || c === 39 || c === 0x2019) k |= JOIN_WORD;
  if (c === 46 || c === 44 || c === 47 || c === 58) k |= JOIN_NUMBER;
  return k;
}

/**
 * Class bits by UTF-16 code unit: ASCII filled at load, every other unit the first time it is met (0 until then);
 * a memo of `classify`, so the tokenizer reads one table instead of branching, and a letter of another script
 * costs its Unicode test once.
 */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = classify(c);

/** `CLASS[c]`, filled on first use. */
function classOf(c: number): number {
  const k = CLASS[c] as number;
  if (k !== 0) return k;
  const m = classify(c);
  CLASS[c] = m;
  return m;
}

/** True for letters and digits, ASCII fast, other scripts through a Unicode class. */
export function isWordChar(c: number): boolean {
  return (classOf(c) & WORD) !== 0;
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
  const classes = CLASS;
  let n = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // (`| 0`: an int32, not a number that may come from the call.)
    const k0 = ((classes[c] as number) || classOf(c)) | 0;
    if (k0 & SPACE) {
      i++;
      continue;
    }
    const s = i;
    // The keys as the characters go by (see `Tokens.keys`).
    let h = Math.imul(HASH_SEED ^ c, FNV);
    let h2 = c;
    i++;
    if (k0 & WORD) {
      while (i < end) {
        const d = text.charCodeAt(i);
        const kd = ((classes[d] as number) || classOf(d)) | 0;
        if (kd & WORD) {
          h = Math.imul(h ^ d, FNV);
          h2 = (Math.imul(h2, 31) + d) | 0;
          i++;
          continue;
        }
        if (kd & (JOIN_WORD | JOIN_NUMBER) && i + 1 < end) {
          const next = text.charCodeAt(i + 1);
          const kn = ((classes[next] as number) || classOf(next)) | 0;
          let joins: boolean;
          if (kd & JOIN_WORD) joins = (kn & (WORD | DIGIT)) === WORD;
          else {
            const before = text.charCodeAt(i - 1);
            joins = (kn & DIGIT) !== 0 && before >= 48 && before <= 57;
          }
          if (joins) {
            h = Math.imul(Math.imul(h ^ d, FNV) ^ next, FNV);
            h2 = (Math.imul((Math.imul(h2, 31) + d) | 0, 31) + next) | 0;
            i += 2;
            continue;
          }
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i < end) {
      // A surrogate pair stays whole.
      const low = text.charCodeAt(i);
      h = Math.imul(h ^ low, FNV);
      h2 = (Math.imul(h2, 31) + low) | 0;
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
    // A sentence-ending mark is a token of one unit; a capital never is one.
    flags[n] = k0 & (i - s === 1 ? CAPITAL | END : CAPITAL);
    n++;
  }
  return { count: n, starts, ends, keys, keys2, flags };
}

function grown(array: Int32Array, n: number): Int32Array {
  const bigger = new Int32Array(n * 2);
  bigger.set(array);
  return bigger;
}
