import { CUE_VERBS, SPEECH_VERBS } from '../data/speech-verbs.js';
import type { Candidate } from './candidate.js';

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
// A word with a clitic (`Ceritanya`, `Akhirnya`) opens a sentence; it is not a name.
const CLITIC = /\p{Ll}{4}(?:nya|lah|kah)$/u;
const MAX_GAP = 9;
const LETTER = /\p{L}/u;
// A capitalised word (not inside another word) followed by one space and a capital letter.
const RUN_OPENER = /(?<![\p{L}\d'’.-])(\p{Lu}[\p{L}'’-]{0,40}) (?=\p{Lu})/gu;

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
  const people = candidates.filter((c) => c.type === 'PER').sort((a, b) => a.start - b.start);
  if (people.length === 0) return candidates;
  // How many person mentions hold each word.
  const seen = new Map<string, number>();
  for (const p of people) {
    for (const word of view.slice(p.start, p.end).toLowerCase().split(/\s+/))
      seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  const dropped = new Set<Candidate>();
  let openers: Set<string> | undefined;
  for (let k = 0; k < people.length; k++) {
    const c = people[k] as Candidate;
    if (c.strong || c.titles) continue;
    const text = view.slice(c.start, c.end);
    const words = text.toLowerCase().split(/\s+/);
    if (words.length === 1 && CLITIC.test(text)) {
      dropped.add(c);
      continue;
    }
    if (words.some((w) => (seen.get(w) ?? 0) > 1) || hasEvidence(view, c, people[k - 1], people[k + 1]))
      continue;
    if (words.length > 1) {
      if (words.some((w) => nameWords.has(w))) continue;
    } else {
      openers = openers ?? runOpeners(view, ranges);
      if (openers.has(text)) continue;
    }
    dropped.add(c);
  }
  return dropped.size === 0 ? candidates : candidates.filter((c) => !dropped.has(c));
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

/** Words that open a run of two capitalised words or more in the ranges (`Refdi` of `Refdi Andri`). */
function runOpeners(view: string, ranges: ReadonlyArray<readonly [number, number]>): Set<string> {
  const openers = new Set<string>();
  for (const [start, end] of ranges) {
    const text = view.slice(start, end);
    for (const match of text.matchAll(RUN_OPENER)) openers.add(match[1] as string);
  }
  return openers;
}

const MAX_WORD = 40;

/** The word ending right before `at` (past spaces), or undefined after punctuation. */
function wordBefore(view: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && at - end < MAX_WORD && view[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && LETTER.test(view[start - 1] as string)) start--;
  return start < end ? view.slice(start, end) : undefined;
}

/** The word starting right after `at` (past spaces), or undefined before punctuation. */
function wordAfter(view: string, at: number): string | undefined {
  let start = at;
  while (start < view.length && start - at < MAX_WORD && view[start] === ' ') start++;
  let end = start;
  while (end < view.length && end - start < MAX_WORD && LETTER.test(view[end] as string)) end++;
  return start < end ? view.slice(start, end) : undefined;
}
