import {
  ACCORDING_TO,
  CUE_LEADS,
  CUE_NOUNS,
  CUE_STOPS,
  CUE_TAILS,
  CUE_VERBS,
  NOT_NAMES,
  PRONOUNS,
  SPEECH_VERBS,
  UNNAMED_SUBJECTS,
} from '../data/speech-verbs.js';
import { isCapitalizedTitle, TITLE } from './read-name.js';
import { endsSentenceAt, isUpperCode, skipSpaces, skipSpacesBack, wordEnd, wordStart } from './text.js';

/**
 * How a cue names its speaker: `name` (words to resolve: `Rita`, `sang Bupati`, `Polri`), `region` (the
 * speaker is the last name in the subject words before a verb: `Bupati Kukar Rita mengatakan,`),
 * `pronoun` (`dia`, `-nya`), `description` (`pria 43 tahun`, `pelatih asal Jepang itu`: someone named before),
 * `unnamed` (`para peserta`: no one to name), `none` (a bare verb).
 */
export type Reference = 'name' | 'region' | 'pronoun' | 'description' | 'unnamed' | 'none';

/** The attribution words of a quote: the cue as written and where its speaker words are. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly subjectStart: number;
  readonly subjectEnd: number;
  readonly reference: Reference;
}

const VERBS = new Set(CUE_VERBS);
const PREFIXED = new Set(SPEECH_VERBS);
/** Passive forms (`Hal itu disampaikan X kepada wartawan, "…"`): the speaker follows the verb. */
const PASSIVE = new Set([
  'dikatakan',
  'disampaikan',
  'diungkapkan',
  'dijelaskan',
  'ditegaskan',
  'dituturkan',
  'dipaparkan',
  'diterangkan',
  'disebutkan',
  'ditambahkan',
  'dinyatakan',
  'dikemukakan',
  'diutarakan',
]);
const NOUNS = new Set(CUE_NOUNS);
const LEADS = new Set(CUE_LEADS);
const OPENERS = new Set(ACCORDING_TO);
const PRONOUN = new Set(PRONOUNS);
const UNNAMED = new Set(UNNAMED_SUBJECTS);
const STOPS = new Set(CUE_STOPS);
const TAILS = new Set(CUE_TAILS);
const NOT_NAME = new Set(NOT_NAMES);
const DEMONSTRATIVES = new Set(['itu', 'tersebut', 'ini']);
/** Title words of English job titles, common in business news (`Head of Marketing …, Scesilia Febiana`). */
const OTHER_TITLES = new Set([
  'Head',
  'Director',
  'Manager',
  'Chief',
  'Officer',
  'President',
  'Executive',
  'Founder',
  'Coach',
  'Lead',
  'Senior',
  'Vice',
]);
/** Farthest a cue's subject reaches, in words (`Kepala Bidang … BMKG, Daryono` is 11). */
const MAX_SUBJECT_WORDS = 14;
/** Farthest back a cue before a quote is looked for, in characters. */
const MAX_LOOKBACK = 240;

/** Whether a lower-cased word is a `-nya` cue (`katanya`, `tambahnya`, and the typo `ucapnys`). */
export function isNyaCue(word: string): boolean {
  const n = word.length;
  // `endsWith('nya') || slice(-3, -1) === 'ny'` is `ny` three from the end; the stem is sliced only then.
  if (n < 5 || word.charCodeAt(n - 3) !== 110 || word.charCodeAt(n - 2) !== 121) return false;
  return VERBS.has(word.slice(0, -3));
}

/** Whether a lower-cased word is a prefixed speech verb (`mengatakan`, `berujar`). */
export function isSpeechVerb(word: string): boolean {
  return PREFIXED.has(word);
}

const lowerAt = (view: string, s: number, e: number) => view.slice(s, e).toLowerCase();
/** Whether a word is led by `me`, `di`, `ber`, `ter` or `pen` (`/^(me|di|ber|ter|mem|pen)/`, by char code). */
function hasVerbPrefix(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if ((a === 109 && b === 101) || (a === 100 && b === 105)) return true; // me, di
  return b === 101 && (a === 98 || a === 116 || a === 112) && w.charCodeAt(2) === (a === 112 ? 110 : 114);
}
const isVerbish = (w: string) => w.length > 4 && hasVerbPrefix(w) && !TAILS.has(w);

/** No speaker words: a bare verb. */
const noneAt = (from: number): Omit<Cue, 'start'> => ({
  end: from,
  subjectStart: from,
  subjectEnd: from,
  reference: 'none',
});

/** Reads the speaker words after a speech verb: a pronoun, an unnamed group, or a run of name words. */
function readSubject(view: string, from: number, limit: number): Omit<Cue, 'start'> {
  const s = skipSpaces(view, from, limit);
  const e = wordEnd(view, s, limit);
  if (e === s) return noneAt(from);
  const first = lowerAt(view, s, e);
  if (PRONOUN.has(first))
    return withTail(view, { end: e, subjectStart: s, subjectEnd: e, reference: 'pronoun' }, limit);
  let i = s;
  let lastName = -1;
  let lastLower = -1;
  let lowers = 0;
  let titled = false; // a title word came before: a comma may separate it from the name
  for (let n = 0; n < MAX_SUBJECT_WORDS; n++) {
    const ws = skipSpaces(view, i, limit);
    let we = wordEnd(view, ws, limit);
    if (we === ws) {
      const c = view.charCodeAt(ws);
      // An aside in brackets inside a title (`Kepala Pusat Penerangan (Kapuspen) Kemendagri Bahtiar`).
      const close = c === 40 ? view.indexOf(')', ws) : -1;
      if (close > ws && close - ws <= 30 && close < limit && lastName === i) {
        i = close + 1;
        continue;
      }
      // A comma between a title and the name (`Menteri PUPR, Basuki Hadimuljono`), not between the name
      // and a title after it (`Oliver Ye, Marketing Director`).
      if (c !== 44 || lastName < 0 || lastName !== i || !titled) break;
      const ns = skipSpaces(view, ws + 1, limit);
      const ne = wordEnd(view, ns, limit);
      if (ne === ns || !isUpperCode(view.charCodeAt(ns)) || NOT_NAME.has(view.slice(ns, ne))) break;
      i = ws + 1;
      continue;
    }
    // An initial or an abbreviated honorific (`M. Rio`, `dr. Ayu`), when a name follows.
    // `bare` is the word less the dot of `dr.` (a word read by `wordEnd` never ends in a dot).
    const bare = view.slice(ws, we);
    const title = TITLE.has(bare);
    const initial = (we - ws === 1 && isUpperCode(view.charCodeAt(ws))) || title;
    const dotted =
      initial && view.charCodeAt(we) === 46 && isUpperCode(view.charCodeAt(skipSpaces(view, we + 1, limit)));
    if (dotted) we++;
    const word = dotted ? view.slice(ws, we) : bare;
    if (title || isCapitalizedTitle(bare) || OTHER_TITLES.has(word)) titled = true;
    if (isUpperCode(word.charCodeAt(0)) || dotted) {
      if (NOT_NAME.has(word)) break;
      lastName = we;
      lowers = 0;
    } else {
      const low = word.toLowerCase();
      const next = skipSpaces(view, we, limit);
      const joins = low === 'dan' || low === 'bin' || low === 'binti' || low === 'van' || low === 'de';
      if (joins ? lastName !== i || !isUpperCode(view.charCodeAt(next)) : STOPS.has(low) || isVerbish(low))
        break;
      if (TAILS.has(low) && n > 0) break;
      if (++lowers > 3) break;
      lastLower = we;
    }
    i = we;
  }
  // A description (`pria 43 tahun`, `eks pelatih Borussia Dortmund itu`) points back to someone named before.
  const described = !isUpperCode(view.charCodeAt(s)) && !UNNAMED.has(first);
  if (lastName > 0) {
    const cue = withTail(
      view,
      { end: lastName, subjectStart: s, subjectEnd: lastName, reference: 'name' },
      limit,
    );
    const tail = lowerAt(view, wordStart(view, cue.end, lastName), cue.end);
    return described && DEMONSTRATIVES.has(tail) ? { ...cue, reference: 'description' } : cue;
  }
  if (UNNAMED.has(first))
    return {
      end: Math.max(lastLower, e),
      subjectStart: s,
      subjectEnd: Math.max(lastLower, e),
      reference: 'unnamed',
    };
  if (lastLower > 0)
    return withTail(
      view,
      { end: lastLower, subjectStart: s, subjectEnd: lastLower, reference: 'description' },
      limit,
    );
  return noneAt(from);
}

/** Extends a cue over a closing word such as `lagi` or `tersebut`. */
function withTail(view: string, cue: Omit<Cue, 'start'>, limit: number): Omit<Cue, 'start'> {
  const s = skipSpaces(view, cue.end, limit);
  const e = wordEnd(view, s, limit);
  return e > s && TAILS.has(lowerAt(view, s, e)) ? { ...cue, end: e } : cue;
}

/** Reads a cue right after a closing quotation mark (`, kata Rita`, `ujarnya`, `demikian ungkapan Heng`). */
export function cueAfter(view: string, from: number, limit: number): Cue | null {
  let i = skipSpaces(view, from, limit);
  if (view.charCodeAt(i) === 44) i = skipSpaces(view, i + 1, limit);
  let s = i;
  let e = wordEnd(view, s, limit);
  if (e === s) return null;
  let word = lowerAt(view, s, e);
  const start = s;
  let nounOk = false;
  if (LEADS.has(word)) {
    s = skipSpaces(view, e, limit);
    e = wordEnd(view, s, limit);
    word = lowerAt(view, s, e);
    nounOk = true;
  }
  if (isNyaCue(word))
    return {
      start,
      ...withTail(view, { end: e, subjectStart: e, subjectEnd: e, reference: 'pronoun' }, limit),
    };
  if (!VERBS.has(word) && !PREFIXED.has(word) && !(nounOk && NOUNS.has(word))) return null;
  return { start, ...readSubject(view, e, limit) };
}

/** The first two letters (lower case) of the words `cueBefore` looks for, as a table over two letters a–z. */
const CUE_BEFORE_STARTS = new Uint8Array(26 * 26);
for (const w of [...PASSIVE, ...PREFIXED, ...NOUNS, ...OPENERS, 'menurutnya']) {
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  // A word not led by two letters a–z cannot be ruled out by the table: mark every word as possible.
  if (!(a >= 0 && a < 26 && b >= 0 && b < 26)) CUE_BEFORE_STARTS.fill(1);
  else CUE_BEFORE_STARTS[a * 26 + b] = 1;
}

/**
 * Whether the word `view[s, e)` may be one `cueBefore` looks for, by its first two letters (no string made):
 * false only for a word led by two ASCII letters that no such word starts with, in either case.
 */
function mayLeadCue(view: string, s: number, e: number): boolean {
  if (e - s < 2) return true;
  const c1 = view.charCodeAt(s);
  const c2 = view.charCodeAt(s + 1);
  if (c1 >= 128 || c2 >= 128) return true; // lower-casing outside ASCII goes to the sets
  const a = (c1 | 32) - 97;
  const b = (c2 | 32) - 97;
  if (!(a >= 0 && a < 26 && b >= 0 && b < 26)) return true;
  return CUE_BEFORE_STARTS[a * 26 + b] === 1;
}

/** Finds where the sentence holding `pos` starts, looking back at most `MAX_LOOKBACK` characters. */
export function sentenceStart(view: string, pos: number, floor: number): number {
  const min = Math.max(floor, pos - MAX_LOOKBACK);
  for (let i = pos; i > min; i--) if (endsSentenceAt(view, i - 1, pos)) return skipSpaces(view, i, pos);
  return min === floor ? floor : skipSpaces(view, wordEnd(view, min, pos), pos);
}

/**
 * Reads a cue before an opening mark: `X mengatakan, "…"`, `Kata X, "…"`, `Menurut X, "…"`, `X: "…"`,
 * `Berikut cuitan X …: "…"`. Returns null when the words before the mark are not a cue.
 */
export function cueBefore(view: string, open: number, floor: number): Cue | null {
  const i = skipSpacesBack(view, open, floor);
  const mark = view.charCodeAt(i - 1);
  if (i <= floor || (mark !== 44 && mark !== 58)) return null;
  const sentence = sentenceStart(view, i - 1, floor);
  // Tokens of the sentence before the comma or colon, looking for the cue word from the right.
  let e = skipSpacesBack(view, i - 1, sentence);
  for (let n = 0; n < 12 && e > sentence; n++) {
    const s = wordStart(view, e, sentence);
    if (s === e) {
      e = skipSpacesBack(view, e - 1, sentence);
      continue;
    }
    if (!mayLeadCue(view, s, e)) {
      e = skipSpacesBack(view, s, sentence);
      continue;
    }
    const word = lowerAt(view, s, e);
    if (PASSIVE.has(word))
      return { start: s, end: i - 1, subjectStart: e, subjectEnd: i - 1, reference: 'region' };
    if (PREFIXED.has(word) || (mark === 58 && NOUNS.has(word))) {
      if (PREFIXED.has(word)) {
        // `X mengatakan,`: the speaker words come before the verb.
        return { start: sentence, end: e, subjectStart: sentence, subjectEnd: s, reference: 'region' };
      }
      const after = readSubject(view, e, i - 1);
      return { start: s, ...after, end: Math.max(after.end, e) };
    }
    if (s === sentence && (OPENERS.has(word) || word === 'menurutnya')) {
      if (word === 'menurutnya')
        return { start: s, end: e, subjectStart: e, subjectEnd: e, reference: 'pronoun' };
      const after = readSubject(view, e, i - 1);
      return after.reference === 'none' ? null : { start: s, ...after };
    }
    e = skipSpacesBack(view, s, sentence);
  }
  // `Luhut: "…"`: a short capitalised name right before a colon.
  if (mark === 58 && i - 1 - sentence <= 40 && isUpperCode(view.charCodeAt(sentence))) {
    const end = skipSpacesBack(view, i - 1, sentence);
    return { start: sentence, end, subjectStart: sentence, subjectEnd: end, reference: 'name' };
  }
  return null;
}
