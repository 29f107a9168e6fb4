import { CUE_VERBS, SPEECH_VERBS } from '../data/speech-verbs.js';
import type { Candidate } from './candidate.js';
import { endsWithClitic } from './merge-tagged.js';
import { splitWords } from './spaces.js';
import { byStart, stableSort } from './stable-sort.js';

/** Articles with fewer paragraphs than this give no room for evidence; the tagger's word stands there. */
export const MIN_PARAGRAPHS_FOR_EVIDENCE = 3;

// Words right before a name that say a person follows (`kata Rita`, `menurut Dwi`, `bernama Sumaji`).
const CUES_BEFORE = new Set([
  ...CUE_VERBS,
  'menurut',
  'bernama',
  'sapaan',
  'panggilan',
  'inisial',
  'berinisial',
  'saudara',
  'saudari',
]);
// Words right after a name that say it is a person (`Rita mengatakan`).
const CUES_AFTER = new Set(SPEECH_VERBS);
const AGE_AFTER = /^ ?\(\d{1,3}\)/;
// Between two items of a list of names, shirt numbers included (`22-Hari Nur Yulianto, 10-Komarudin`).
const LIST_GAP = /^(?:[,;] *(?:\d{1,3}-? *)?(?:dan +|serta +)?|\s+(?:dan|serta|atau)\s+)$/;
const MAX_GAP = 9;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
// A word that opens a run: a capital, then at most 40 letters, apostrophes or hyphens.
const OPENER_WORD = /^\p{Lu}[\p{L}'’-]{0,40}$/u;

/**
 * Drops a person typed by shape or by the tagger alone (no title, no honorific) that is mentioned once in a
 * longer article, unless something else says it is a person: a second mention or a longer name holding it,
 * an age (`Sumaji (47)`), a speech or naming cue (`kata X`, `X mengatakan`), a neighbouring person in a list
 * (`Suho dan Chen`), and for a name of two words or more, a word known from people's names. News
 * introduces people by full name or title, so a lone capitalised run without any of these is far more often a
 * brand, a band, a nickname of a club or a stray word.
 */
export function verifyPeople(
  view: string,
  candidates: Candidate[],
  ranges: ReadonlyArray<readonly [number, number]>,
  nameWords: ReadonlySet<string>,
): Candidate[] {
  if (ranges.length < MIN_PARAGRAPHS_FOR_EVIDENCE) return candidates;
  // In text order, so that a person's neighbours in a list are the ones next to it here.
  const people = stableSort(
    candidates.filter((c) => c.type === 'PER'),
    byStart,
  );
  if (people.length === 0) return candidates;
  // How many person mentions hold each word.
  const seen = new Map<string, number>();
  const wordLists: string[][] = [];
  for (let k = 0; k < people.length; k++) {
    const p = people[k] as Candidate;
    const words = splitWords(view.slice(p.start, p.end).toLowerCase());
    wordLists.push(words);
    for (const word of words) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  let dropped: Set<Candidate> | undefined;
  let opensRun: ((word: string) => boolean) | undefined;
  for (let k = 0; k < people.length; k++) {
    const c = people[k] as Candidate;
    if (c.strong || c.titles) continue;
    const words = wordLists[k] as string[];
    // A word with a clitic (`Ceritanya`, `Akhirnya`) opens a sentence; it is not a name. Otherwise the cheap
    // tests first: every test here only keeps the person.
    if (!(words.length === 1 && endsWithClitic(view.slice(c.start, c.end)))) {
      if (heldTwice(words, seen)) continue;
      if (words.length > 1 && words.some((w) => nameWords.has(w))) continue;
      if (hasEvidence(view, c, people[k - 1], people[k + 1])) continue;
      opensRun ??= makeOpenerTest(view, ranges);
      if (words.length === 1 && opensRun(view.slice(c.start, c.end))) continue;
    }
    dropped ??= new Set<Candidate>();
    dropped.add(c);
  }
  return dropped === undefined ? candidates : withoutDropped(candidates, dropped);
}

/** Whether a word of `words` is held by more than one person mention. */
function heldTwice(words: readonly string[], seen: ReadonlyMap<string, number>): boolean {
  for (let k = 0; k < words.length; k++) if ((seen.get(words[k] as string) ?? 0) > 1) return true;
  return false;
}

function withoutDropped(candidates: readonly Candidate[], dropped: ReadonlySet<Candidate>): Candidate[] {
  return candidates.filter((c) => !dropped.has(c));
}

/** An age after the name, a cue before or after it, or a person next to it in a list. */
function hasEvidence(view: string, c: Candidate, previous?: Candidate, next?: Candidate): boolean {
  if (AGE_AFTER.test(view.slice(c.end, c.end + 7))) return true;
  const before = wordBefore(view, c.start);
  if (before !== undefined && CUES_BEFORE.has(before.toLowerCase())) return true;
  const after = wordAfter(view, c.end);
  if (after !== undefined && CUES_AFTER.has(after.toLowerCase())) return true;
  if (previous && c.start - previous.end <= MAX_GAP && LIST_GAP.test(view.slice(previous.end, c.start)))
    return true;
  return next !== undefined && next.start - c.end <= MAX_GAP && LIST_GAP.test(view.slice(c.end, next.start));
}

/** Whether a letter (ASCII fast, other code units through `\p{L}`). */
const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x80 && LETTER.test(String.fromCharCode(c)));

// A capitalised word (not inside another word) followed by one space and a capital letter.
const RUN_OPENER = /(?<![\p{L}\d'’.-])(\p{Lu}[\p{L}'’-]{0,40}) (?=\p{Lu})/gu;
/**
 * Words looked up one by one before all openers are listed at once (each lookup reads the text once with
 * `indexOf`, far cheaper than listing every opener with a regular expression; the cap keeps it linear).
 */
const MAX_SEARCHES = 24;

/**
 * A test of whether a word opens a run of two capitalised words or more in the ranges (`Refdi` of `Refdi
 * Andri`): not inside another word, followed by one space and a capital letter. The first few words are
 * searched for; past them (or over ranges out of order) every opener is listed once.
 */
function makeOpenerTest(
  view: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): (word: string) => boolean {
  let ordered = true;
  for (let k = 1; k < ranges.length && ordered; k++) {
    ordered = (ranges[k] as readonly [number, number])[0] >= (ranges[k - 1] as readonly [number, number])[1];
  }
  let searches = 0;
  let openers: Set<string> | undefined;
  return (word) => {
    if (!openers && ordered && searches < MAX_SEARCHES) {
      searches++;
      return searchOpener(view, ranges, word);
    }
    openers = openers ?? runOpeners(view, ranges);
    return openers.has(word);
  };
}

/** {@link makeOpenerTest} for one word over ranges in text order: one pass over the word's occurrences. */
function searchOpener(view: string, ranges: ReadonlyArray<readonly [number, number]>, word: string): boolean {
  const first = ranges[0];
  if (!first || !OPENER_WORD.test(word)) return false;
  let r = 0;
  for (let at = view.indexOf(word, first[0]); at >= 0; at = view.indexOf(word, at + 1)) {
    // The range whose text can hold the word, a space and a capital from `at` on.
    while (r < ranges.length && (ranges[r] as readonly [number, number])[1] - word.length - 2 < at) r++;
    if (r === ranges.length) return false;
    const start = (ranges[r] as readonly [number, number])[0];
    if (at < start) continue;
    const after = at + word.length;
    if (view.charCodeAt(after) !== 32 || !UPPER.test(codePointAt(view, after + 1))) continue;
    if (at > start) {
      const c = view.charCodeAt(at - 1);
      // Not inside another word: no letter, digit, apostrophe, period or hyphen before it.
      if (c === 39 || c === 0x2019 || c === 46 || c === 45 || (c >= 48 && c <= 57)) continue;
      if (c >= 0xdc00 && c <= 0xdfff ? LETTER.test(view.slice(at - 2, at)) : isLetter(c)) continue;
    }
    return true;
  }
  return false;
}

/** The character (a whole surrogate pair) at `k`, as a string. */
function codePointAt(view: string, k: number): string {
  const c = view.charCodeAt(k);
  return view.slice(k, c >= 0xd800 && c <= 0xdbff ? k + 2 : k + 1);
}

/** Words that open a run of two capitalised words or more in the ranges, all at once. */
function runOpeners(view: string, ranges: ReadonlyArray<readonly [number, number]>): Set<string> {
  const openers = new Set<string>();
  for (const [start, end] of ranges) {
    for (const match of view.slice(start, end).matchAll(RUN_OPENER)) openers.add(match[1] as string);
  }
  return openers;
}

const MAX_WORD = 40;

/** The word ending right before `at` (past spaces), or undefined after punctuation. */
function wordBefore(view: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && at - end < MAX_WORD && view[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isLetter(view.charCodeAt(start - 1))) start--;
  return start < end ? view.slice(start, end) : undefined;
}

/** The word starting right after `at` (past spaces), or undefined before punctuation. */
function wordAfter(view: string, at: number): string | undefined {
  let start = at;
  while (start < view.length && start - at < MAX_WORD && view[start] === ' ') start++;
  let end = start;
  while (end < view.length && end - start < MAX_WORD && isLetter(view.charCodeAt(end))) end++;
  return start < end ? view.slice(start, end) : undefined;
}
