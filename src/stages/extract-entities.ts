import { buildEntities } from '../entities/build-entities.js';
import { type Candidate, makeCandidate } from '../entities/candidate.js';
import { specialWords, tokenTable } from '../entities/chunk-state.js';
import { findCandidates, type Tagger } from '../entities/find-candidates.js';
import { loadGazetteer } from '../entities/gazetteer.js';
import { makeLexicon } from '../entities/lexicon.js';
import { makeMerger } from '../entities/merge-tagged.js';
import { makeTokenizer } from '../entities/tokenize.js';
import { verifyPeople } from '../entities/verify-people.js';
import { warmUp } from '../entities/warm-up.js';
import { makeAsciiWordSet } from '../entities/word-hash.js';
import type { Article, Paragraph, Removed, Stage } from '../model.js';
import { tagEntities } from '../ner/tag-entities.js';

/** Options for {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** Statistical tagger over `context.view` paragraph by paragraph; default `tagEntities`; null for rules only. */
  readonly tagger?: Tagger | null;
  /** Index the gazetteer's 83,762 villages for `Desa X` / `di X`; default true. */
  readonly villages?: boolean;
  /**
   * Read a short built-in article a few times when the stage is made (`warm-up.ts`), so that V8 compiles the
   * stage's functions once with its rarer paths known; default true. The results are dropped.
   */
  readonly warmUp?: boolean;
}

/** Fills `people`, `places` and `organizations` from the kept paragraphs and the dateline. */
export function extractEntities(options: ExtractEntitiesOptions = {}): Stage {
  const tagger = options.tagger === undefined ? tagEntities : (options.tagger ?? undefined);
  const lexicon = makeLexicon();
  const gazetteer = loadGazetteer({ villages: options.villages ?? true });
  const special = specialWords(lexicon, gazetteer);
  const tokenizer = makeTokenizer(tokenTable(lexicon, special, gazetteer), gazetteer.longestFromHash);
  const tables = { lexicon, gazetteer, special, tokenizer, merge: makeMerger() };
  const nameWords = makeAsciiWordSet(lexicon.personNameWords);
  const stage: Stage = (article, context) => {
    const ranges = rangesOf(article.paragraphs);
    const candidates = findCandidates(context.view, ranges, tables, tagger);
    const dateline = datelineCandidate(article, context.view, tables.gazetteer);
    if (dateline) candidates.unshift(dateline);
    const verified = verifyPeople(context.view, candidates, ranges, lexicon.personNameWords, nameWords);
    const entities = buildEntities(context.source, verified);
    return {
      ...article,
      people: entities.people,
      places: entities.places,
      organizations: entities.organizations,
    };
  };
  if (options.warmUp ?? true) warmUp(stage);
  return stage;
}

/**
 * The paragraphs' `[start, end)`, in an array made here (`paragraphs.map` gives arrays of two or three
 * element kinds, by how the paragraphs were made: the functions reading `ranges` were recompiled for each).
 */
function rangesOf(paragraphs: Article['paragraphs']): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph;
    ranges.push([p.start, p.end]);
  }
  return ranges;
}

/** The dateline's place (`TENGGARONG` in `TENGGARONG -`) as a place candidate. */
function datelineCandidate(
  article: Article,
  view: string,
  gazetteer: ReturnType<typeof loadGazetteer>,
): Candidate | undefined {
  const name = article.dateline;
  if (!name) return undefined;
  const removed = datelineRemoved(article.removed);
  if (!removed) return undefined;
  const at = startsWithAsciiFolded(view, removed.start, removed.end, name)
    ? 0
    : view.slice(removed.start, removed.end).toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  const entries = gazetteer.bare(name);
  // A bare dateline names the city before the regency of the same name (KEDIRI, MALANG).
  const entry = entries.find((e) => e.kind === 'city') ?? entries[0] ?? null;
  const start = removed.start + at;
  return makeCandidate({ type: 'LOC', place: entry, kind: 'city', strong: true }, start, start + name.length);
}

/** The first removed span of the dateline. */
function datelineRemoved(removed: readonly Removed[]): Removed | undefined {
  for (let k = 0; k < removed.length; k++) {
    const r = removed[k] as Removed;
    if (r.reason === 'dateline') return r;
  }
  return undefined;
}

/**
 * Whether `view[start, end)` starts with `name`, both ASCII there, letters compared without case
 * (`DENPASAR` and `Denpasar`): then the lower-case search finds the name at 0.
 */
function startsWithAsciiFolded(view: string, start: number, end: number, name: string): boolean {
  if (end - start < name.length) return false;
  for (let k = 0; k < name.length; k++) {
    const a = view.charCodeAt(start + k);
    const b = name.charCodeAt(k);
    if (a >= 128 || b >= 128) return false;
    if ((a >= 65 && a <= 90 ? a | 32 : a) !== (b >= 65 && b <= 90 ? b | 32 : b)) return false;
  }
  return true;
}
