/** Tokens of a text range as parallel offset arrays (UTF-16, `[start, end)` into the text). */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
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

/**
 * Splits `text[start, end)` into words and single punctuation marks.
 * A word keeps an inner hyphen or apostrophe between letters (`anak-anak`, `Ma'ruf`) and a number keeps
 * inner `.`, `,`, `/`, `:` between digits (`1.500`, `29/10/2013`); every other mark is a token of its own.
 * `reuse` (an earlier result no longer needed) lends its arrays, so a caller tagging many ranges allocates once.
 */
export function tokenize(text: string, start = 0, end = text.length, reuse?: Tokens): Tokens {
  const cap = Math.max(4, ((end - start) >> 2) + 4);
  // A caller's earlier result lends its arrays when they are big enough (the returned tokens then share them).
  let starts = reuse && reuse.starts.length >= cap ? reuse.starts : new Int32Array(cap);
  let ends = reuse && reuse.ends.length >= cap ? reuse.ends : new Int32Array(cap);
  let n = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const s = i;
    if (isWordChar(c, text, i)) {
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text, i)) {
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
            i += 2;
            continue;
          }
        }
        break;
      }
    } else {
      // A surrogate pair stays whole.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    }
    if (n === starts.length) {
      const grownStarts = new Int32Array(n * 2);
      const grownEnds = new Int32Array(n * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    starts[n] = s;
    ends[n] = i;
    n++;
  }
  return { count: n, starts, ends };
}
