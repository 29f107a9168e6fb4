import { CUE_VERBS, SPEECH_VERBS } from '../data/speech-verbs.js';
import type { Span } from '../model.js';
import { type Cue, cueAfter, isNyaCue, sentenceStart } from './read-cue.js';
import { countWords, endsSentenceAt, isUpperCode, skipSpaces, skipSpacesBack, wordEnd } from './text.js';

/** Reported speech without quotation marks: the reported words and the cue that attributes them. */
export interface IndirectQuote {
  readonly start: number;
  readonly end: number;
  readonly cue: Cue;
}

/** Fewest words a reported clause needs. */
const MIN_WORDS = 3;

/** Whether `code` is a quotation mark (the clause then belongs to a direct quote). */
const isMark = (c: number) =>
  c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;

/** The end of the sentence from `i`: before its final `.`, `?` or `!`, a quotation mark, or `end`. */
function sentenceEnd(view: string, i: number, end: number): number {
  for (let j = i; j < end; j++) {
    const c = view.charCodeAt(j);
    if (c >= 65 && c <= 122) continue; // letters (and `[\]^_\``): neither a mark nor `.`, `?`, `!`
    if (isMark(c) || endsSentenceAt(view, j, end)) return j;
  }
  return end;
}

/** Trims a clause of spaces and a trailing comma. */
function clause(view: string, s: number, e: number): [number, number] {
  let end = skipSpacesBack(view, e, s);
  while (end > s && view.charCodeAt(end - 1) === 44) end = skipSpacesBack(view, end - 1, s);
  return [skipSpaces(view, s, end), end];
}

/** Whether a span in `taken` (sorted by start, not overlapping) overlaps `[s, e)`. */
function overlapsAny(taken: readonly Span[], s: number, e: number): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((taken[mid]?.end ?? 0) <= s) lo = mid + 1;
    else hi = mid;
  }
  const t = taken[lo];
  return t !== undefined && t.start < e;
}

/** Whether a char code is a word character of a regex without the `u` flag (`\\w`: `[A-Za-z0-9_]`). */
const isAsciiWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Where a match of the cue regex that ends at `end` starts: a comma and the spaces after it (which it takes
 * all, a speech verb coming next), or a speech verb, all letters between word boundaries.
 */
function matchStart(view: string, end: number): number {
  let i = end;
  const last = view.charCodeAt(end - 1);
  if (last === 44 || last === 32 || last === 10) {
    while (view.charCodeAt(i - 1) !== 44) i--;
    return i - 1;
  }
  while (i > 0 && isAsciiWordCode(view.charCodeAt(i - 1))) i--;
  return i;
}

const alternatives = (list: readonly string[]) =>
  [...new Set(list)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

/** Finds the indirect quotes in the paragraphs; `taken` lists the direct quotes' spans, sorted. */
export type IndirectFinder = (
  view: string,
  paragraphs: readonly Span[],
  taken: readonly Span[],
) => (IndirectQuote & { readonly paragraph: number })[];

/**
 * Makes a finder of indirect quotes: `Menurut X, …`, `X mengatakan (bahwa) …`, `…, sebut X, …` and
 * `…, kata X.` One precompiled regex jumps to the speech words; words inside quotation marks are never taken.
 */
export function makeIndirectFinder(): IndirectFinder {
  const cues = new RegExp(
    `\\b(?:[Mm]enurut(?:nya)?|${alternatives(SPEECH_VERBS)})\\b|,[ \\n]*(?=(?:demikian |begitu )?(?:${alternatives(CUE_VERBS)})[a-z]{0,3}\\b)`,
    'g',
  );
  return (view, paragraphs, taken) => {
    const found: (IndirectQuote & { paragraph: number })[] = [];
    let k = 0;
    cues.lastIndex = paragraphs[0]?.start ?? 0;
    // `test` finds each match without building a match array; where it starts is read back from its end.
    while (cues.test(view)) {
      const to = cues.lastIndex;
      const index = matchStart(view, to);
      while (k < paragraphs.length && (paragraphs[k]?.end ?? 0) <= index) k++;
      const paragraph = paragraphs[k];
      if (!paragraph) break;
      const { start: ps, end: pe } = paragraph;
      if (index < ps) {
        cues.lastIndex = ps;
        continue;
      }
      const i = view.charCodeAt(index) === 44 ? to : index;
      const e = wordEnd(view, i, pe);
      const word = view.slice(i, e).toLowerCase();
      const sent = sentenceStart(view, i, ps);
      let hit: IndirectQuote | null = null;
      if (word === 'menurut' || word === 'menurutnya') {
        if (i === sent) hit = according(view, i, e, pe, word === 'menurutnya');
      } else if (i !== index) hit = inverted(view, i, word, sent, pe);
      else if (i > sent) hit = reported(view, i, e, sent, pe);
      if (
        hit &&
        countWords(view, hit.start, hit.end, MIN_WORDS) >= MIN_WORDS &&
        !overlapsAny(taken, hit.start, hit.end)
      ) {
        found.push({ start: hit.start, end: hit.end, cue: hit.cue, paragraph: k });
        cues.lastIndex = Math.max(e, hit.cue.end, hit.end);
      }
    }
    return found;
  };
}

/** `Menurut X, clause.`: the speaker words run to the first comma (and over a short name in apposition). */
function according(view: string, i: number, e: number, pe: number, pronoun: boolean): IndirectQuote | null {
  let comma = e;
  while (comma < pe && comma - e < 80 && view.charCodeAt(comma) !== 44 && !isMark(view.charCodeAt(comma)))
    comma++;
  // `Menurut ibu korban, SSK (36), …`
  const name = skipSpaces(view, comma + 1, pe);
  if (isUpperCode(view.charCodeAt(name))) {
    const second = view.indexOf(',', name);
    if (second > 0 && second - name <= 24 && second < sentenceEnd(view, name, pe)) comma = second;
  }
  if (view.charCodeAt(comma) !== 44) return null;
  const [s, t] = clause(view, comma + 1, sentenceEnd(view, comma + 1, pe));
  const subject = pronoun ? e : skipSpaces(view, e, comma);
  const reference = pronoun ? 'pronoun' : subject < comma ? 'region' : 'none';
  return {
    start: s,
    end: t,
    cue: { start: i, end: comma, subjectStart: subject, subjectEnd: comma, reference },
  };
}

/**
 * Whether `bahwa ` (any case) starts at `s`: `view.slice(s, s + 6).toLowerCase() === 'bahwa '` by char code (no
 * character outside ASCII lower-cases to these letters).
 */
function isBahwaAt(view: string, s: number): boolean {
  const word = 'bahwa';
  for (let k = 0; k < word.length; k++)
    if ((view.charCodeAt(s + k) | 32) !== word.charCodeAt(k)) return false;
  return view.charCodeAt(s + 5) === 32;
}

/** `X mengatakan, clause.` / `X menilai bahwa clause.`: the speaker words are the sentence before the verb. */
function reported(view: string, i: number, e: number, sent: number, pe: number): IndirectQuote | null {
  let s = skipSpaces(view, e, pe);
  if (view.charCodeAt(s) === 44) s = skipSpaces(view, s + 1, pe);
  if (isBahwaAt(view, s)) s = skipSpaces(view, s + 6, pe);
  if (isMark(view.charCodeAt(s))) return null;
  const [cs, ce] = clause(view, s, sentenceEnd(view, s, pe));
  return {
    start: cs,
    end: ce,
    cue: { start: sent, end: e, subjectStart: sent, subjectEnd: i, reference: 'region' },
  };
}

/** `…, sebut Rita, …` or `…, kata X.`: an inverted cue inside or at the end of a sentence. */
function inverted(view: string, i: number, word: string, sent: number, pe: number): IndirectQuote | null {
  if (i <= sent) return null;
  const cue = cueAfter(view, i, pe);
  if (!cue || !(cue.reference === 'name' || cue.reference === 'pronoun' || isNyaCue(word))) return null;
  const next = skipSpaces(view, cue.end, pe);
  const close = sentenceEnd(view, cue.end, pe);
  const afterComma = view.charCodeAt(next) === 44;
  if (!afterComma && next !== close) return null;
  const [s, t] = clause(view, sent, afterComma ? close : skipSpacesBack(view, i, sent));
  return { start: s, end: t, cue };
}
