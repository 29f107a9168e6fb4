import type { PlaceKind } from '../model.js';
import { type Candidate, makeCandidate } from './candidate.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { FACILITY_HEADS, PLACE_PREFIXES } from './lexicon.js';
import type { Token } from './tokenize.js';

/** What the chunk rules read besides the tokens. */
export interface ChunkContext {
  readonly view: string;
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
  /** Acronyms and short forms defined in this article (`Kukar` → its long form's candidate). */
  readonly defined: ReadonlyMap<string, Candidate>;
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
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 && /^[\d.,-]+$/.test(t.text);
};

/** A club's head word: an acronym or a `Pers…` word (`PSIS`, `Persija`). */
export const isClubHead = (t: Token): boolean => t.isUpper || /^Pers[a-z]{2,}$/.test(t.text);

/** Title-cases an all-caps word of five letters or more so that `KOMISI` reads as `Komisi`. */
export const wordOf = (token: Token): string =>
  token.isUpper && token.text.length >= 5 ? token.text[0] + token.text.slice(1).toLowerCase() : token.text;

/** The token at `k` (callers keep `k` in range). */
export const tokenAt = (s: ChunkState, k: number): Token => s.tokens[k] as Token;

/** The text of tokens `[a, b)`, single-spaced. */
export function textOf(s: ChunkState, a: number, b: number): string {
  const raw = s.view.slice(tokenAt(s, a).start, tokenAt(s, b - 1).end);
  return raw.includes('  ') || raw.includes('\n') ? raw.replace(/\s+/g, ' ') : raw;
}

/** Whether a word has a meaning for the rules: a title, a head, a prefix, a known acronym or short form. */
export function isSpecial(s: ChunkState, t: Token): boolean {
  const w = wordOf(t);
  const { lexicon } = s;
  return (
    lexicon.titles.has(w) ||
    lexicon.organizationHeads.has(w) ||
    PLACE_PREFIXES.has(w) ||
    FACILITY_HEADS.has(w) ||
    lexicon.organizationFirstWords.has(w) ||
    s.defined.has(w) ||
    s.gazetteer.alias(w) !== undefined
  );
}

/** Whether a word opens an organisation, a place with a prefix or a facility. */
export function isHead(s: ChunkState, t: Token): boolean {
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
