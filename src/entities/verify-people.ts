import { CUE_VERBS, SPEECH_VERBS } from '../data/speech-verbs.js';
import type { Candidate } from './candidate.js';
import { endsWithClitic } from './merge-tagged.js';
import { splitWords } from './spaces.js';
import { byStart, stableSort } from './stable-sort.js';
import { type AsciiWordSet, hashWord } from './word-hash.js';

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
  nameTable: AsciiWordSet,
): Candidate[] {
  if (ranges.length < MIN_PARAGRAPHS_FOR_EVIDENCE) return candidates;
  // In text order, so that a person's neighbours in a list are the ones next to it here.
  const people = stableSort(
    candidates.filter((c) => c.type === 'PER'),
    byStart,
  );
  if (people.length === 0) return candidates;
  const words = countWords(view, people);
  let dropped: Set<Candidate> | undefined;
  let opensRun: ((word: string) => boolean) | undefined;
  for (let k = 0; k < people.length; k++) {
    const c = people[k] as Candidate;
    if (c.strong || c.titles) continue;
    const n = (words.first[k + 1] as number) - (words.first[k] as number);
    // A word with a clitic (`Ceritanya`, `Akhirnya`) opens a sentence; it is not a name. Otherwise the cheap
    // tests first: every test here only keeps the person.
    if (!(n === 1 && endsWithClitic(view.slice(c.start, c.end)))) {
      if (heldTwice(words, k)) continue;
      if (n > 1 && hasNameWord(view, words, k, nameWords, nameTable)) continue;
      if (hasEvidence(view, c, people[k - 1], people[k + 1])) continue;
      opensRun ??= makeOpenerTest(view, ranges);
      if (n === 1 && opensRun(view.slice(c.start, c.end))) continue;
    }
    dropped ??= new Set<Candidate>();
    dropped.add(c);
  }
  return dropped === undefined ? candidates : withoutDropped(candidates, dropped);
}

/**
 * The lower-case words of the people (`split(/\s+/)` of each name lower-cased), each as the number of its
 * distinct word, with how many times each distinct word comes. ASCII names are read by character ranges
 * (no string made); an article with another character in a name lower-cases and splits strings.
 */
interface PersonWords {
  /** Person `k`'s words are `[first[k], first[k + 1])`. */
  readonly first: Int32Array;
  /** Each word's distinct word. */
  readonly ids: Int32Array;
  /** How many words are each distinct word. */
  readonly counts: number[];
  /** Each word's range in the text (ASCII), or undefined when `lower` holds the words. */
  readonly ranges: number[] | undefined;
  readonly lower: string[] | undefined;
}

function countWords(view: string, people: readonly Candidate[]): PersonWords {
  for (let k = 0; k < people.length; k++) {
    const p = people[k] as Candidate;
    for (let m = p.start; m < p.end; m++)
      if (view.charCodeAt(m) >= 128) return countWordStrings(view, people);
  }
  return countAsciiWords(view, people);
}

/** {@link countWords} over ASCII names: words compared by characters without case, no string made. */
function countAsciiWords(view: string, people: readonly Candidate[]): PersonWords {
  const first = new Int32Array(people.length + 1);
  const ranges: number[] = [];
  for (let k = 0; k < people.length; k++) {
    const p = people[k] as Candidate;
    first[k] = ranges.length >> 1;
    // As `split(/\s+/)` cuts (ASCII white space: tab to carriage return and space).
    let from = p.start;
    let m = p.start;
    while (m < p.end) {
      const c = view.charCodeAt(m);
      if (c === 32 || (c >= 9 && c <= 13)) {
        ranges.push(from, m);
        m++;
        while (m < p.end && isAsciiSpace(view.charCodeAt(m))) m++;
        from = m;
      } else m++;
    }
    ranges.push(from, p.end);
  }
  const total = ranges.length >> 1;
  first[people.length] = total;
  const ids = new Int32Array(total);
  const counts: number[] = [];
  // Distinct words by hash (the first distinct word of each hash; others of the same hash chained). Keys cut
  // to 30 bits stay small integers (a full 32-bit hash is a heap number as a Map key).
  const byHash = new Map<number, number>();
  const starts: number[] = [];
  const chain: number[] = [];
  for (let w = 0; w < total; w++) {
    const start = ranges[2 * w] as number;
    const end = ranges[2 * w + 1] as number;
    const hash = hashWord(view, start, end) & 0x3fffffff;
    let id = byHash.get(hash);
    let last = -1;
    while (id !== undefined && id >= 0) {
      const at = starts[id] as number;
      const other = ranges[2 * at] as number;
      if (
        (ranges[2 * at + 1] as number) - other === end - start &&
        sameFolded(view, other, start, end - start)
      )
        break;
      last = id;
      id = chain[id] as number;
    }
    if (id === undefined || id < 0) {
      id = counts.length;
      counts.push(0);
      starts.push(w);
      chain.push(-1);
      if (last < 0) byHash.set(hash, id);
      else chain[last] = id;
    }
    ids[w] = id;
    counts[id] = (counts[id] as number) + 1;
  }
  return { first, ids, counts, ranges, lower: undefined };
}

const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Whether `view[a, a + n)` and `view[b, b + n)` are the same ASCII text but for case. */
function sameFolded(view: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const x = view.charCodeAt(a + k);
    const y = view.charCodeAt(b + k);
    if (x !== y && (x >= 65 && x <= 90 ? x | 32 : x) !== (y >= 65 && y <= 90 ? y | 32 : y)) return false;
  }
  return true;
}

/** {@link countWords} by strings: each name lower-cased and split. */
function countWordStrings(view: string, people: readonly Candidate[]): PersonWords {
  const first = new Int32Array(people.length + 1);
  const lower: string[] = [];
  for (let k = 0; k < people.length; k++) {
    const p = people[k] as Candidate;
    first[k] = lower.length;
    for (const word of splitWords(view.slice(p.start, p.end).toLowerCase())) lower.push(word);
  }
  first[people.length] = lower.length;
  const ids = new Int32Array(lower.length);
  const counts: number[] = [];
  const byWord = new Map<string, number>();
  for (let w = 0; w < lower.length; w++) {
    const word = lower[w] as string;
    let id = byWord.get(word);
    if (id === undefined) {
      id = counts.length;
      counts.push(0);
      byWord.set(word, id);
    }
    ids[w] = id;
    counts[id] = (counts[id] as number) + 1;
  }
  return { first, ids, counts, ranges: undefined, lower };
}

/** Whether a word of person `k` is held by more than one person mention. */
function heldTwice(words: PersonWords, k: number): boolean {
  const { first, ids, counts } = words;
  for (let w = first[k] as number; w < (first[k + 1] as number); w++) {
    if ((counts[ids[w] as number] as number) > 1) return true;
  }
  return false;
}

/** Whether a word of person `k` is a known word of people's names. */
function hasNameWord(
  view: string,
  words: PersonWords,
  k: number,
  nameWords: ReadonlySet<string>,
  nameTable: AsciiWordSet,
): boolean {
  const { first, ranges, lower } = words;
  for (let w = first[k] as number; w < (first[k + 1] as number); w++) {
    if (lower !== undefined) {
      if (nameWords.has(lower[w] as string)) return true;
      continue;
    }
    const start = (ranges as number[])[2 * w] as number;
    const end = (ranges as number[])[2 * w + 1] as number;
    if (nameTable.has(view, start, end, hashWord(view, start, end))) return true;
  }
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
  while (end > 0 && at - end < MAX_WORD && view.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isLetter(view.charCodeAt(start - 1))) start--;
  return start < end ? view.slice(start, end) : undefined;
}

/** The word starting right after `at` (past spaces), or undefined before punctuation. */
function wordAfter(view: string, at: number): string | undefined {
  let start = at;
  while (start < view.length && start - at < MAX_WORD && view.charCodeAt(start) === 32) start++;
  let end = start;
  while (end < view.length && end - start < MAX_WORD && isLetter(view.charCodeAt(end))) end++;
  return start < end ? view.slice(start, end) : undefined;
}
