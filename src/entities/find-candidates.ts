import { type Candidate, changed, makeCandidate } from './candidate.js';
import { specialWords, wordFlags } from './chunk-state.js';
import { findChunks } from './chunks.js';
import { makeChunkClassifier } from './classify-chunk.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { looksLikeName, type Merger, makeMerger, type Tagger } from './merge-tagged.js';
import { singleSpaced } from './spaces.js';
import { byStart, stableSort } from './stable-sort.js';
import { type Token, tokenize } from './tokenize.js';
import type { WordTable } from './word-hash.js';
import { RangeWordSet, wordRanges } from './word-ranges.js';

export type { TaggedSpan, Tagger } from './merge-tagged.js';

// `PT X`, `Bank X`: a company's name without its head word is a short form of it.
const COMPANY_HEAD = /^(PT|Bank|Partai|Harian|Majalah) /;
const COMPANY_HEAD_FIRST = new Set([80, 66, 72, 77]);
const PLACE_PREFIX = /^(Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Dusun) /;
const PLACE_PREFIX_FIRST = new Set([75, 80, 68]);
// Between two items of a list of names: commas, semicolons, `dan`, shirt numbers, substitutions.
const LIST_GAP = /^(?:[\s,;()'’]|\d+-?|dan\b|\d+')*$/;

/** Shared inputs of candidate finding, made once per stage. */
export interface FinderTables {
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
  /** `specialWords(lexicon, gazetteer)`, made once per stage (made per call when absent). */
  readonly special?: ReadonlySet<string>;
  /** `wordFlags(lexicon, special)`, made once per stage (made per call when absent). */
  readonly flags?: WordTable;
  /** `makeTokenizer(tokenTable(…), gazetteer.longestFromHash)`, made once per stage (`tokenize` when absent). */
  readonly tokenizer?: (view: string, start: number, end: number) => Token[];
  /** `makeMerger()`, made once per stage (made per call when absent). */
  readonly merge?: Merger;
}

/**
 * The work of one article's candidate finding, shared by its phases (one object shape; the phases are small
 * functions so that each is compiled, and recompiled, on its own).
 */
interface Pass {
  readonly view: string;
  readonly tables: FinderTables;
  readonly lexicon: Lexicon;
  readonly flags: WordTable | undefined;
  /** Acronyms and short forms defined in the text (`Kutai Kartanegara (Kukar)`), and their hashes. */
  readonly defined: Map<string, Candidate>;
  readonly definedHashes: number[];
  readonly classify: (tokens: readonly Token[], out: Candidate[], first: number, last: number) => void;
  /** Rule- or tagger-typed candidates, and untyped runs, in paragraph order. */
  readonly typed: Candidate[];
  readonly unresolved: Candidate[];
  /** Short forms in `(…)` whose long form nothing typed: not names. */
  readonly blocked: Set<string>;
  readonly chunkScratch: number[];
  readonly tagger: Tagger | undefined;
  readonly merge: Merger | undefined;
}

/** Finds typed entity candidates in `view` over the given ranges (paragraphs and the dateline). */
export function findCandidates(
  view: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  tables: FinderTables,
  tagger?: Tagger,
): Candidate[] {
  const pass = startPass(view, tables, tagger);
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r] as readonly [number, number];
    paragraphCandidates(pass, range[0], range[1]);
  }
  const { typed } = pass;
  // Each typed candidate's text, once (replacements below keep the offsets).
  const texts: string[] = [];
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    texts.push(view.slice(c.start, c.end));
  }
  const shortForms = companyShortForms(typed, texts);
  if (shortForms.size > 0) applyShortForms(typed, texts, shortForms);
  applyTypedNames(typed, texts);
  const open = resolveUntyped(pass, texts.length, shortForms);
  addListedPeople(view, typed, open);
  markTitleDefinitions(view, typed);
  return finish(view, typed, pass.blocked);
}

function startPass(view: string, tables: FinderTables, tagger: Tagger | undefined): Pass {
  const { lexicon, gazetteer } = tables;
  const defined = new Map<string, Candidate>();
  const definedHashes: number[] = [];
  const special = tables.special ?? specialWords(lexicon, gazetteer);
  return {
    view,
    tables,
    lexicon,
    flags: tables.tokenizer ? undefined : (tables.flags ?? wordFlags(lexicon, special)),
    defined,
    definedHashes,
    classify: makeChunkClassifier({ view, lexicon, gazetteer, defined, definedHashes, special }),
    typed: [],
    unresolved: [],
    blocked: new Set<string>(),
    chunkScratch: [],
    tagger,
    merge: tagger ? (tables.merge ?? makeMerger()) : undefined,
  };
}

/** The candidates of the paragraph `view[start, end)`: its chunks typed, the tagger's spans merged. */
function paragraphCandidates(pass: Pass, start: number, end: number): void {
  const { view, tables, lexicon, tagger, merge } = pass;
  const tokens = tables.tokenizer
    ? tables.tokenizer(view, start, end)
    : tokenize(view, start, end, lexicon.commonTable, pass.flags);
  const found: Candidate[] = [];
  let definitions: Array<[Token, number]> | undefined;
  const chunks = findChunks(tokens, lexicon, pass.chunkScratch);
  for (let k = 0; k < chunks.length; k += 2) {
    const a = chunks[k] as number;
    const b = chunks[k + 1] as number;
    const before = found.length;
    pass.classify(tokens, found, a, b);
    const acronym = definitionAfter(view, tokens, b);
    if (!acronym) continue;
    // A long form that the rules typed defines its short form at once, before the short form is read.
    const longEnd = (tokens[b - 1] as Token).end;
    if (!defineAtOnce(pass, found, before, acronym, longEnd)) {
      definitions ??= [];
      definitions.push([acronym, found.length > before ? longEnd : -1]);
    }
  }
  const kept = tagger && merge ? merge(view, found, tagger(view, start, end), lexicon) : found;
  const { typed, unresolved } = pass;
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k] as Candidate;
    if (c.type === 'UNK') unresolved.push(c);
    else typed.push(c);
  }
  if (definitions) defineAfterMerge(pass, definitions);
}

/** Defines `acronym` by the long form the rules just typed (`found[before…]`) ending at `longEnd`, if any. */
function defineAtOnce(
  pass: Pass,
  found: Candidate[],
  before: number,
  acronym: Token,
  longEnd: number,
): boolean {
  const long = found.length > before ? (found[found.length - 1] as Candidate) : undefined;
  if (
    long &&
    long.end === longEnd &&
    (long.type === 'ORG' || long.type === 'LOC') &&
    isAcronymOf(acronym.text, pass.view.slice(long.start, long.end))
  ) {
    pass.defined.set(
      acronym.text,
      long.type === 'ORG' ? changed(long, { acronym: acronym.text }) : changed(long, {}),
    );
    pass.definedHashes.push(acronym.hash);
    return true;
  }
  return false;
}

/** Short forms whose long form only the merge typed (or that nothing typed: then blocked). */
function defineAfterMerge(pass: Pass, definitions: ReadonlyArray<[Token, number]>): void {
  const { view, typed } = pass;
  for (const [acronym, longEnd] of definitions) {
    const long = typed.find((c) => c.end === longEnd && c.type !== 'PER');
    if (long && isAcronymOf(acronym.text, view.slice(long.start, long.end))) {
      pass.defined.set(
        acronym.text,
        long.type === 'ORG' ? changed(long, { acronym: acronym.text }) : changed(long, {}),
      );
      pass.definedHashes.push(acronym.hash);
    } else if (!long) pass.blocked.add(acronym.text);
  }
}

/** `Mandiri` after `Bank Mandiri`, `Jasa Marga` after `PT Jasa Marga`: short forms of named organisations. */
function companyShortForms(typed: readonly Candidate[], texts: readonly string[]): Map<string, Candidate> {
  const shortForms = new Map<string, Candidate>();
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    if (c.type !== 'ORG') continue;
    const text = texts[k] as string;
    const spaced = singleSpaced(text);
    const short = COMPANY_HEAD_FIRST.has(spaced.charCodeAt(0)) ? spaced.replace(COMPANY_HEAD, '') : spaced;
    if (short !== text && !shortForms.has(short)) shortForms.set(short, c);
  }
  return shortForms;
}

/** A typed mention of a short form becomes its organisation (but a strong known town or province). */
function applyShortForms(
  typed: Candidate[],
  texts: readonly string[],
  shortForms: ReadonlyMap<string, Candidate>,
): void {
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    const owner = c.type !== 'ORG' || !c.canonical ? shortForms.get(texts[k] as string) : undefined;
    if (
      owner &&
      (c.type !== 'LOC' || !c.strong || !c.place || c.place.kind === 'village' || c.place.kind === 'district')
    ) {
      typed[k] = makeCandidate(owner, c.start, c.end);
    }
  }
}

/** A name the rules typed as a place or organisation somewhere keeps that type everywhere (`Duri Kepa`). */
function applyTypedNames(typed: Candidate[], texts: readonly string[]): void {
  let typedNames: Map<string, Candidate> | undefined;
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    if ((c.type !== 'LOC' && c.type !== 'ORG') || !c.strong) continue;
    const text = texts[k] as string;
    typedNames ??= new Map<string, Candidate>();
    typedNames.set(text, c);
    // `Kota Lagunas` also types a bare `Lagunas`.
    const bare = PLACE_PREFIX_FIRST.has(text.charCodeAt(0)) ? text.replace(PLACE_PREFIX, '') : text;
    if (bare !== text && !typedNames.has(bare)) typedNames.set(bare, c);
  }
  if (typedNames === undefined) return;
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    const other = c.type === 'PER' && !c.titles ? typedNames.get(texts[k] as string) : undefined;
    if (other) typed[k] = makeCandidate(other, c.start, c.end);
  }
}

/**
 * Untyped runs: a defined short form, a part of a known person's name (among the first `count` typed), or
 * (without a tagger) a cue; returns the name-shaped runs left open.
 */
function resolveUntyped(pass: Pass, count: number, shortForms: ReadonlyMap<string, Candidate>): Candidate[] {
  const { view, typed, unresolved, defined, blocked } = pass;
  const tagged = pass.tagger !== undefined;
  let personWords: RangeWordSet | undefined;
  const wordScratch: number[] = [];
  const open: Candidate[] = [];
  for (let u = 0; u < unresolved.length; u++) {
    const c = unresolved[u] as Candidate;
    const text = view.slice(c.start, c.end);
    const definition = defined.get(text) ?? shortForms.get(text);
    if (definition) {
      typed.push(makeCandidate(definition, c.start, c.end));
      continue;
    }
    if (blocked.has(text)) continue;
    const words = c.words ?? 1;
    if (words <= 2) {
      personWords = personWords ?? wordsOfPeople(view, typed, count, wordScratch);
      if (personWords.size > 0 && everyWordIn(personWords, wordRanges(view, c.start, c.end, wordScratch))) {
        typed.push(makeCandidate({ type: 'PER', strong: false }, c.start, c.end));
        continue;
      }
    }
    if (!looksLikeName(text)) continue;
    if ((!tagged && (c.afterCue || (!c.opens && words >= 2 && words <= 4))) || ageAfter(view, c.end)) {
      // Without a tagger: after a speech cue, or two to four name words mid-sentence; `Sumaji (47)`: an age.
      typed.push(makeCandidate({ type: 'PER', strong: false }, c.start, c.end));
    } else open.push(c);
  }
  return open;
}

/** `Gubernur Daerah Istimewa Yogyakarta (DIY)`: a short form defined inside a title is inside it too. */
function markTitleDefinitions(view: string, typed: Candidate[]): void {
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    if (c.type !== 'LOC' || c.inTitle || view.charCodeAt(c.start - 1) !== 40) continue;
    if (typed.some((o) => o.type === 'LOC' && o.inTitle && o.end >= c.start - 2 && o.end < c.start)) {
      typed[k] = changed(c, { inTitle: true });
    }
  }
}

/** Company suffixes, blocked short forms dropped, pairs of people split; in text order. */
function finish(view: string, typed: readonly Candidate[], blocked: ReadonlySet<string>): Candidate[] {
  const result: Candidate[] = [];
  for (let k = 0; k < typed.length; k++) {
    const typedCandidate = typed[k] as Candidate;
    const c = typedCandidate.type === 'ORG' ? withCompanySuffix(view, typedCandidate) : typedCandidate;
    if (blocked.size > 0 && blocked.has(view.slice(c.start, c.end))) continue;
    if (c.type === 'PER') splitPair(view, c, result);
    else result.push(c);
  }
  for (let k = 1; k < result.length; k++) {
    if ((result[k - 1] as Candidate).start > (result[k] as Candidate).start)
      return stableSort(result, byStart);
  }
  return result;
}

/** The single token in `(…)` right after `tokens[end - 1]`, as in `Kutai Kartanegara (Kukar)`. */
function definitionAfter(view: string, tokens: readonly Token[], end: number): Token | undefined {
  const last = tokens[end - 1];
  const inner = tokens[end];
  if (!last || !inner) return undefined;
  let k = last.end;
  while (view.charCodeAt(k) === 32) k++;
  // Character codes, not `view[k]`: an indexed read is compiled for the kinds of string seen so far.
  if (
    view.charCodeAt(k) !== 40 ||
    inner.start !== k + 1 ||
    view.charCodeAt(inner.end) !== 41 ||
    !inner.isCapitalized
  )
    return undefined;
  return inner;
}

/** Whether `short` could abbreviate `long`: same first letter, its letters in order in `long`. */
export function isAcronymOf(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  const l = long.toLowerCase();
  if (
    s.length < 2 ||
    s.length >= l.length ||
    (s[0] !== l.replace(/^(kabupaten|kota|provinsi) /, '')[0] && s[0] !== l[0])
  )
    return false;
  let k = 0;
  for (const ch of l) if (ch === s[k]) k++;
  return k === s.length;
}

/** Appends a person, or two for `Prabowo Subianto-Sandiaga Uno`, `Joko Widodo-Ma'ruf Amin` (joined by a hyphen). */
function splitPair(view: string, c: Candidate, out: Candidate[]): void {
  let dash = c.start;
  while (dash < c.end && view.charCodeAt(dash) !== 45) dash++;
  const match = dash < c.end ? PAIR_DASH.exec(view.slice(c.start, c.end)) : null;
  if (!match) {
    out.push(c);
    return;
  }
  const at = c.start + match.index + 1;
  out.push(makeCandidate(c, c.start, at), makeCandidate({ type: 'PER', strong: c.strong }, at + 1, c.end));
}

const PAIR_DASH = /\p{Ll}-(?=\p{Lu}\p{Ll})/u;
const COMPANY_SUFFIX = /^\s*\(Persero\)(?:\s*Tbk\b)?/;

/** `PT Jasa Marga (Persero) Tbk`: the legal-form suffix after a company's name belongs to it. */
function withCompanySuffix(view: string, c: Candidate): Candidate {
  let k = c.end;
  while (view.charCodeAt(k) === 32) k++;
  if (view.charCodeAt(k) !== 40) return c;
  const match = COMPANY_SUFFIX.exec(view.slice(c.end, c.end + 20));
  if (!match) return c;
  const end = c.end + match[0].length;
  return changed(c, { end, canonical: view.slice(c.start, end).replace(/\s+/g, ' ') });
}

/**
 * Items of a list share their type: a name-shaped run next to a person in `A, B; 9-C (D 74')`
 * is a person too. Propagates along the list.
 */
function addListedPeople(view: string, typed: Candidate[], open: Candidate[]): void {
  const people = stableSort(
    typed.filter((c) => c.type === 'PER'),
    byStart,
  );
  let changed = true;
  while (changed && open.length > 0) {
    changed = false;
    for (let k = open.length - 1; k >= 0; k--) {
      const c = open[k] as Candidate;
      const near = people.some((p) =>
        p.end <= c.start
          ? c.start - p.end <= 8 &&
            LIST_GAP.test(view.slice(p.end, c.start)) &&
            /[,;]/.test(view.slice(p.end, c.start))
          : p.start >= c.end &&
            p.start - c.end <= 8 &&
            LIST_GAP.test(view.slice(c.end, p.start)) &&
            /[,;]/.test(view.slice(c.end, p.start)),
      );
      if (!near) continue;
      const person = makeCandidate({ type: 'PER', strong: false }, c.start, c.end);
      typed.push(person);
      people.push(person);
      open.splice(k, 1);
      changed = true;
    }
  }
}

/** `Sumaji (47)`: an age of one or two digits in brackets right after `end` (after one space at most). */
function ageAfter(view: string, end: number): boolean {
  let k = end;
  if (view.charCodeAt(k) === 32) k++;
  if (view.charCodeAt(k) !== 40) return false;
  let digits = 0;
  while (digits < 3 && isDigitCode(view.charCodeAt(k + 1 + digits))) digits++;
  return digits >= 1 && digits <= 2 && view.charCodeAt(k + 1 + digits) === 41;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** The words of the people among the first `count` typed candidates (as written), by range. */
function wordsOfPeople(
  view: string,
  typed: readonly Candidate[],
  count: number,
  scratch: number[],
): RangeWordSet {
  const words = new RangeWordSet(view);
  for (let k = 0; k < count; k++) {
    const c = typed[k] as Candidate;
    if (c.type !== 'PER') continue;
    wordRanges(view, c.start, c.end, scratch);
    for (let m = 0; m < scratch.length; m += 2) words.add(scratch[m] as number, scratch[m + 1] as number);
  }
  return words;
}

/** Whether every word range of `ranges` (flat pairs) is in `set`. */
function everyWordIn(set: RangeWordSet, ranges: readonly number[]): boolean {
  for (let m = 0; m < ranges.length; m += 2) {
    if (!set.has(ranges[m] as number, ranges[m + 1] as number)) return false;
  }
  return true;
}
