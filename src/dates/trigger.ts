/**
 * Finds where a date expression may start, with a plain character loop (faster than a regex over the whole
 * text): at each digit run and at each trigger word that starts a word (not after a letter, a digit or `X-`).
 */

const LETTER = 1;
const DIGIT = 2;
/** Character classes of ASCII: letters and digits. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = LETTER;
  else if (c >= 48 && c <= 57) ASCII[c] = DIGIT;
}
const UNICODE_LETTER = /\p{L}/u;
const classAt = (view: string, i: number): number => {
  const c = view.charCodeAt(i);
  if (c < 128) return ASCII[c] as number;
  return UNICODE_LETTER.test(view[i] as string) ? LETTER : 0;
};
/** Whether a code is an ASCII letter (`(c | 32)` is a lower-case letter only for the letters; NaN is none). */
const isAsciiLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 <= 25;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const MAX_LENGTH = 15;
const SLOTS = 512; // open addressing over the trigger words' hashes; a power of two, small enough (2 KB) to stay in cache
/** Folds one more character (lower-cased when a letter) into a word's hash. */
const fold = (h: number, c: number): number => (Math.imul(h, 31) + (c | 32)) | 0;

/**
 * Called at each trigger: a digit run (`word` is ``) or a trigger word (lower case), with the loop's `view`, `to`
 * and the two values it was given (so that one visitor serves every call); returns where to go on.
 */
export type TriggerVisitor<A, B> = (p: number, word: string, view: string, to: number, a: A, b: B) => number;

/** Makes the trigger loop for a list of trigger words (ASCII letters, apostrophes inside). */
export function makeTriggerLoop(words: Iterable<string>) {
  const set = new Set<string>();
  // Hashes of the trigger words (0 = empty slot), so that only a word whose hash is known is compared.
  const hashes = new Int32Array(SLOTS);
  /** The trigger words of each hash (two words may share one). */
  const byHash = new Map<number, string[]>();
  for (const w of words) {
    const word = w.toLowerCase();
    if (word.length > MAX_LENGTH || set.has(word)) continue;
    set.add(word);
    let h = 7;
    for (let i = 0; i < word.length; i++) h = fold(h, word.charCodeAt(i));
    let slot = h & (SLOTS - 1);
    while (hashes[slot] !== 0 && hashes[slot] !== h) slot = (slot + 1) & (SLOTS - 1);
    hashes[slot] = h;
    byHash.set(h, [...(byHash.get(h) ?? []), word]);
  }
  const isKnownHash = (h: number): boolean => {
    for (let slot = h & (SLOTS - 1); hashes[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
      if (hashes[slot] === h) return true;
    }
    return false;
  };
  /**
   * The trigger word that `view[s, e)` is in lower case, or undefined: what `set.has(view.slice(s, e).toLowerCase())`
   * tells, without the two strings (the word holds ASCII letters and apostrophes, which lower-casing leaves).
   */
  const triggerAt = (view: string, s: number, e: number, h: number): string | undefined => {
    const candidates = byHash.get(h);
    if (candidates === undefined) return undefined;
    for (const word of candidates) {
      if (word.length !== e - s) continue;
      let k = 0;
      for (; k < word.length; k++) {
        const c = view.charCodeAt(s + k);
        if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) break;
      }
      if (k === word.length) return word;
    }
    return undefined;
  };

  /** Whether a word or a number may start at `i`: not after a letter, a digit, or a letter and a hyphen. */
  const startsAt = (view: string, i: number): boolean => {
    if (i === 0) return true;
    if (classAt(view, i - 1) !== 0) return false;
    return !(view.charCodeAt(i - 1) === 45 && i > 1 && classAt(view, i - 2) === LETTER); // `tahun-tahun`
  };

  /** Visits the triggers in `view[from, to)`; the visitor returns the index to go on from. */
  return function loop<A, B>(
    view: string,
    from: number,
    to: number,
    visit: TriggerVisitor<A, B>,
    a: A,
    b: B,
  ): void {
    let i = from;
    while (i < to) {
      const c = view.charCodeAt(i);
      // Letters and digits by arithmetic on the code (no table read): most characters are letters.
      if (!isAsciiLetter(c)) {
        if (c >= 48 && c <= 57) {
          let e = i + 1;
          while (e < to && isDigitCode(view.charCodeAt(e))) e++;
          i = startsAt(view, i) ? Math.max(visit(i, '', view, to, a, b), e) : e;
        } else i++;
        continue;
      }
      let e = i + 1;
      let h = fold(7, c);
      for (; e < to; e++) {
        const d = view.charCodeAt(e);
        // Letters, and an apostrophe inside a word: `Jum'at`.
        if (isAsciiLetter(d) || ((d === 39 || d === 0x2019) && isAsciiLetter(view.charCodeAt(e + 1)))) {
          h = fold(h, d);
        } else break;
      }
      let next = e;
      if (e - i <= MAX_LENGTH && isKnownHash(h) && startsAt(view, i)) {
        const word = triggerAt(view, i, e, h);
        if (word !== undefined) next = Math.max(visit(i, word, view, to, a, b), e);
      }
      i = next;
    }
  };
}
