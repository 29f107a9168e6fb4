/** Character tests and word reading over the matching view, by char code (no allocation). */

/** Whether a char code is a letter or digit (Latin, Latin-1 and other scripts above U+00C0). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f);
}

/** Whether a char code is an upper-case letter or a digit (names such as `PT KAI`, `01`). */
export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Whether `view[i]` is white space (the view folds other spaces to ` `). */
export function isSpaceAt(view: string, i: number): boolean {
  const c = view.charCodeAt(i);
  return c === 32 || c === 10;
}

/** Skips spaces forward from `i`, not past `end`. */
export function skipSpaces(view: string, i: number, end: number): number {
  while (i < end && isSpaceAt(view, i)) i++;
  return i;
}

/** Skips spaces backward: returns the index after the last non-space before `i`, not before `start`. */
export function skipSpacesBack(view: string, i: number, start: number): number {
  while (i > start && isSpaceAt(view, i - 1)) i--;
  return i;
}

const JOINERS = new Set([45, 39, 0x2019, 0x2010, 0x2011]); // - ' ’ and hyphens inside words

/** The end of the word starting at `i` (letters, digits, inner hyphens and apostrophes), or `i` when none. */
export function wordEnd(view: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = view.charCodeAt(j);
    if (isWordCode(c)) j++;
    else if (j > i && JOINERS.has(c) && j + 1 < end && isWordCode(view.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}

/** The start of the word ending at `i` (exclusive end), or `i` when none. */
export function wordStart(view: string, i: number, start: number): number {
  let j = i;
  while (j > start) {
    const c = view.charCodeAt(j - 1);
    if (isWordCode(c)) j--;
    else if (j < i && JOINERS.has(c) && j - 2 >= start && isWordCode(view.charCodeAt(j - 2))) j--;
    else break;
  }
  return j;
}

/** Counts words in `view[start, end)`, stopping at `cap`. */
export function countWords(view: string, start: number, end: number, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n < cap; i++) {
    const w = isWordCode(view.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Whether a char code is a lower-case ASCII letter. */
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * Whether the `.`, `?` or `!` at `j` ends a sentence: followed by a non-word, or glued to a capital after a
 * lower-case word (`Dilla.Menurut`, scraped text that lost its breaks); not the dot of `Kompas.com` or `M. Rio`.
 */
export function endsSentenceAt(view: string, j: number, end: number): boolean {
  const c = view.charCodeAt(j);
  if (c !== 46 && c !== 63 && c !== 33) return false;
  const next = j + 1 < end ? view.charCodeAt(j + 1) : 32;
  if (isWordCode(next))
    return isUpperCode(next) && isLowerAscii(view.charCodeAt(j - 1)) && isLowerAscii(view.charCodeAt(j - 2));
  return !(c === 46 && j >= 1 && isUpperCode(view.charCodeAt(j - 1)) && !isWordCode(view.charCodeAt(j - 2)));
}

/** Whether `view[start, end)` is written in title case (`Inovasi Kualitas Hidup di Kota`): capitals outnumber others two to one. */
export function isTitleCase(view: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  let prevWord = false;
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    const w = isWordCode(c);
    if (w && !prevWord) {
      if (isUpperCode(c)) upper++;
      else if (!(c >= 48 && c <= 57)) lower++;
    }
    prevWord = w;
  }
  return upper >= 2 * lower;
}

/** Longest list `sortSmall` sorts by insertion; longer ones go to `Array.prototype.sort` (linear memory, n log n). */
const SMALL = 24;

/**
 * Sorts a list in place as `list.sort(compare)` does (stably), by insertion when it is short: the built-in sort
 * allocates a work copy each call, which matters for the few quotes and mentions of one article.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SMALL) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i;
    while (j > 0 && compare(list[j - 1] as T, item) > 0) {
      list[j] = list[j - 1] as T;
      j--;
    }
    list[j] = item;
  }
  return list;
}
