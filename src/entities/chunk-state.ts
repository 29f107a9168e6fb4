import type { PlaceKind } from '../model.js';
import { type Candidate, makeCandidate } from './candidate.js';
import { LAW_WORDS } from './cue-words.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { FACILITY_HEADS, NAME_CONNECTORS, PLACE_PREFIXES } from './lexicon.js';
import { COMMON_FLAG, MAX_PLACE_LONGEST, PLACE_LONGEST_SHIFT, type Token, WORD_FLAGS } from './tokenize.js';
import { HASH_START, hashStep, makeFlagTable, makePackedTable, type WordTable } from './word-hash.js';

/** What the chunk rules read besides the tokens. */
export interface ChunkContext {
  readonly view: string;
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
  /** Acronyms and short forms defined in this article (`Kukar` → its long form's candidate). */
  readonly defined: ReadonlyMap<string, Candidate>;
  /**
   * The {@link Token.hash} of every word in `defined` (its keys are single words), so that a word whose hash is
   * not among them is not looked up; when absent, every word is.
   */
  readonly definedHashes?: readonly number[];
  /** {@link specialWords} of the lexicon and gazetteer (made once per stage). */
  readonly special: ReadonlySet<string>;
}

/** The chunk rules' working state: one per article, its tokens and output set per paragraph. */
export interface ChunkState extends ChunkContext {
  /** The current paragraph's tokens. */
  tokens: readonly Token[];
  /** Where candidates go. */
  out: Candidate[];
  /** First token of the run being typed. */
  first: number;
  /** The run follows a locative (`di`, `ke`) or precedes a known place: bare villages count. */
  afterLocative: boolean;
  /** Scratch for {@link rangeHashes} (length {@link MAX_NAME_TOKENS}). */
  readonly hashes: Int32Array;
}

/** Place kinds that count wherever their name stands (districts and villages need a locative). */
export const MAJOR: ReadonlySet<PlaceKind> = new Set([
  'country',
  'province',
  'world-city',
  'city',
  'regency',
  'region',
]);
/** Longest name, in tokens, that is looked up. */
export const MAX_NAME_TOKENS = 5;
export const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** Whether a token is a number (`10`, `1.000`). */
export const isNumber = (t: Token): boolean => {
  const c = t.first;
  return c >= 48 && c <= 57 && /^[\d.,-]+$/.test(t.text);
};

/** A club's head word: an acronym or a `Pers…` word (`PSIS`, `Persija`). */
export const isClubHead = (t: Token): boolean =>
  t.isUpper || (t.first === 80 && /^Pers[a-z]{2,}$/.test(t.text));

/** Title-cases an all-caps word of five letters or more so that `KOMISI` reads as `Komisi`. */
export const wordOf = (token: Token): string => token.word;

/** Whether some word list with one of these {@link WORD_FLAGS} bits may hold the token's word. */
export const mayBe = (t: Token, bits: number): boolean => (t.flags & bits) !== 0;

/** The token at `k` (callers keep `k` in range). */
export const tokenAt = (s: ChunkState, k: number): Token => s.tokens[k] as Token;

/** The text of tokens `[a, b)`, single-spaced. */
export function textOf(s: ChunkState, a: number, b: number): string {
  if (b === a + 1) return tokenAt(s, a).text;
  const raw = s.view.slice(tokenAt(s, a).start, tokenAt(s, b - 1).end);
  return raw.includes('  ') || raw.includes('\n') ? raw.replace(/\s+/g, ' ') : raw;
}

/** The words with a meaning for the rules: titles, heads, prefixes, known acronyms and short forms. */
export function specialWords(lexicon: Lexicon, gazetteer: Gazetteer): ReadonlySet<string> {
  return new Set([
    ...lexicon.titles,
    ...lexicon.organizationHeads,
    ...PLACE_PREFIXES.keys(),
    ...FACILITY_HEADS,
    ...lexicon.organizationFirstWords,
    ...gazetteer.aliasForms(),
  ]);
}

/**
 * The table of {@link WORD_FLAGS} by word hash for `tokenize`: which rule word lists may hold a word, so that
 * the rules look a word up only in the lists that may hold it (made once per stage).
 */
export function wordFlags(lexicon: Lexicon, special: ReadonlySet<string>): WordTable {
  return makeFlagTable(flagEntries(lexicon, special));
}

/**
 * {@link wordFlags} with {@link COMMON_FLAG} set for the frequent words too, and with a gazetteer the most
 * words of a known place name starting with the word (`Token.placeLongest`), for `makeTokenizer`: one lookup
 * per word gives them all (made once per stage).
 */
export function tokenTable(lexicon: Lexicon, special: ReadonlySet<string>, gazetteer?: Gazetteer): WordTable {
  const entries = flagEntries(lexicon, special);
  for (const word of lexicon.common) entries.push([word, COMMON_FLAG]);
  if (gazetteer) {
    for (const [word, words] of gazetteer.firstWordLengths()) {
      entries.push([word, Math.min(MAX_PLACE_LONGEST, words) << PLACE_LONGEST_SHIFT]);
    }
  }
  // Flags of words with the same hash are or-ed; place lengths keep the largest.
  return makePackedTable(entries, (a, b) => {
    const longest = Math.max(a >>> PLACE_LONGEST_SHIFT, b >>> PLACE_LONGEST_SHIFT);
    return ((a | b) & (COMMON_FLAG | 0xff)) | (longest << PLACE_LONGEST_SHIFT);
  });
}

function flagEntries(lexicon: Lexicon, special: ReadonlySet<string>): Array<[string, number]> {
  const entries: Array<[string, number]> = [];
  const add = (words: Iterable<string>, flag: number) => {
    for (const word of words) entries.push([word, flag]);
  };
  add(lexicon.titles, WORD_FLAGS.TITLE);
  add(lexicon.titleContinuations, WORD_FLAGS.TITLE);
  add(lexicon.honorifics, WORD_FLAGS.HONORIFIC);
  add(lexicon.organizationHeads, WORD_FLAGS.ORGANIZATION_HEAD);
  add(NAME_CONNECTORS, WORD_FLAGS.CONNECTOR);
  add(special, WORD_FLAGS.SPECIAL);
  add(PLACE_PREFIXES.keys(), WORD_FLAGS.PLACE_HEAD);
  add(FACILITY_HEADS, WORD_FLAGS.PLACE_HEAD);
  add(LAW_WORDS, WORD_FLAGS.LAW);
  add(lexicon.organizations.keys(), WORD_FLAGS.ORGANIZATION);
  add(lexicon.organizationTails, WORD_FLAGS.ORGANIZATION);
  return entries;
}

/** Whether a word has a meaning for the rules: a title, a head, a prefix, a known or defined acronym or short form. */
export function isSpecial(s: ChunkState, t: Token): boolean {
  return (
    ((t.flags & WORD_FLAGS.SPECIAL) !== 0 && s.special.has(wordOf(t))) ||
    (mayBeDefined(s, t) && s.defined.has(wordOf(t)))
  );
}

/** Whether `s.defined` may hold the token's word: false when no defined word has its hash. */
export function mayBeDefined(s: ChunkContext, t: Token): boolean {
  if (s.defined.size === 0) return false;
  const hashes = s.definedHashes;
  if (hashes === undefined) return true;
  for (let k = 0; k < hashes.length; k++) if (hashes[k] === t.hash) return true;
  return false;
}

/** Whether a word opens an organisation, a place with a prefix or a facility. */
export function isHead(s: ChunkState, t: Token): boolean {
  if ((t.flags & (WORD_FLAGS.ORGANIZATION_HEAD | WORD_FLAGS.PLACE_HEAD)) === 0) return false;
  const w = wordOf(t);
  return s.lexicon.organizationHeads.has(w) || PLACE_PREFIXES.has(w) || FACILITY_HEADS.has(w);
}

/** A frequent word with no meaning for the rules (`Setelah`, `Sosial`). */
export const isPlainCommon = (s: ChunkState, t: Token): boolean => t.isCommon && !isSpecial(s, t);

/** Appends a candidate over tokens `[a, b)`. */
export function emit(s: ChunkState, a: number, b: number, fields: Omit<Candidate, 'start' | 'end'>): void {
  s.out.push(makeCandidate(fields, tokenAt(s, a).start, tokenAt(s, b - 1).end));
}

/** Appends a place over tokens `[a, b)`. */
export function emitPlace(
  s: ChunkState,
  a: number,
  b: number,
  entry: PlaceEntry | null,
  kind?: PlaceKind,
): void {
  emit(s, a, b, { type: 'LOC', place: entry, strong: true, kind });
}

/**
 * Fills `s.hashes[k]` with the {@link hashWord} of `textOf(s, a, a + k + 1)` lower-cased, for k < n, without
 * making strings; 0 where it cannot tell (a character outside ASCII, an unusual space): look the text up.
 */
export function rangeHashes(s: ChunkState, a: number, n: number): Int32Array {
  const { view, hashes } = s;
  let h = HASH_START;
  let ok = true;
  let previousEnd = 0;
  for (let k = 0; k < n; k++) {
    const t = tokenAt(s, a + k);
    if (ok && k > 0) {
      // The gap between two tokens: runs of spaces and line breaks read as one space (as `textOf` reads them).
      let space = false;
      for (let i = previousEnd; i < t.start; i++) {
        const c = view.charCodeAt(i);
        if (c === 32 || c === 10) space = true;
        else if (c < 32 || c >= 128) {
          ok = false;
          break;
        } else {
          if (space) h = hashStep(h, 32);
          space = false;
          h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
        }
      }
      if (space) h = hashStep(h, 32);
    }
    for (let i = t.start; ok && i < t.end; i++) {
      const c = view.charCodeAt(i);
      if (c >= 128) ok = false;
      else h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
    }
    hashes[k] = ok ? h | 0 || 1 : 0;
    previousEnd = t.end;
  }
  return hashes;
}
