import { NER_GAZETTEER } from '../data/generated/ner-gazetteer.js';
import { NER_WEIGHTS } from '../data/generated/ner-weights.js';
import { foldTransitions, viterbiRange } from './decode.js';
import { type Featurizer, makeFeaturizer } from './features.js';
import { decodeGazetteer } from './gazetteer.js';
import { findIslands } from './islands.js';
import { type EntityType, isInside, TAG_COUNT as SHARED_TAG_COUNT, typeOfTag } from './tags.js';
import { type Tokens, tokenize } from './tokenize.js';
import { decodePackedWeights, type NerWeights, type PackedWeights } from './weights.js';

export type { EntityType } from './tags.js';

/** The tag count as this module's own constant (folded into the code; an imported binding is loaded at each use). */
const TAG_COUNT = SHARED_TAG_COUNT;

/** A tagged name: its type, `[start, end)` offsets into the text, and a confidence in 0..1. */
export interface EntitySpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** A loaded tagger: a featurizer and its weights. */
export interface Tagger {
  /** Tags people, places and organisations in `text[start, end)`; offsets into `text`. */
  tag(text: string, start?: number, end?: number): EntitySpan[];
}

/** Makes a tagger from encoded weights and gazetteer (the generated files' strings). */
export function makeTagger(weightsBase64: string, gazetteerBase64: string): Tagger {
  const packed = decodePackedWeights(weightsBase64);
  const T = TAG_COUNT;
  const model: Model = {
    table: packed,
    trans: foldTransitions(packed.transitions),
    start: packed.start,
    afterO: packed.transitions.slice(0, T),
    beforeO: Float64Array.from({ length: T }, (_, t) => packed.transitions[t * T] as number),
    scores: new Float32Array(WINDOW * T),
    tags: new Uint8Array(WINDOW),
    back: new Uint8Array(WINDOW * T),
    tokens: undefined,
  };
  const featurizer = makeFeaturizer(decodeGazetteer(gazetteerBase64));
  return { tag: (text, start = 0, end = text.length) => tagWith(model, featurizer, text, start, end) };
}

/** What tagging reads of the weights: the packed feature table and the tag transitions. */
interface Model {
  readonly table: PackedWeights;
  /** Transitions with the BIO constraint folded in (`foldTransitions`). */
  readonly trans: Float64Array;
  readonly start: NerWeights['start'];
  /** Transitions out of O (into a tag that follows an untagged gap) and into O (before a gap). */
  readonly afterO: Float32Array;
  readonly beforeO: Float64Array;
  /** The tagger's own work space for one window (tag scores, tags, back-pointers), reused from call to call. */
  readonly scores: Float32Array;
  readonly tags: Uint8Array;
  readonly back: Uint8Array;
  /** The last tokens, whose arrays the next call reuses. */
  tokens: Tokens | undefined;
}

/** Longest token window tagged at once; longer ranges are cut after a sentence end so memory stays bounded. */
const WINDOW = 2000;

function tagWith(
  model: Model,
  featurizer: Featurizer,
  text: string,
  start: number,
  end: number,
): EntitySpan[] {
  const tokens = tokenize(text, Math.max(0, start), Math.min(text.length, end), model.tokens);
  // Kept for the next call unless a huge range made them big.
  model.tokens = tokens.starts.length <= 1 << 16 ? tokens : undefined;
  const spans: EntitySpan[] = [];
  for (let from = 0; from < tokens.count; ) {
    let to = Math.min(tokens.count, from + WINDOW);
    if (to < tokens.count) {
      for (let k = to - 1; k > to - WINDOW / 4; k--) {
        const c = text.charCodeAt(tokens.starts[k] as number);
        if (
          (c === 46 || c === 33 || c === 63) &&
          (tokens.ends[k] as number) - (tokens.starts[k] as number) === 1
        ) {
          to = k + 1;
          break;
        }
      }
    }
    const window =
      from === 0 && to === tokens.count
        ? tokens
        : {
            count: to - from,
            starts: tokens.starts.subarray(from, to),
            ends: tokens.ends.subarray(from, to),
            keys: tokens.keys.subarray(from, to),
            keys2: tokens.keys2.subarray(from, to),
            flags: tokens.flags.subarray(from, to),
          };
    tagWindow(model, featurizer, text, window, spans);
    from = to;
  }
  return spans;
}

function tagWindow(
  model: Model,
  featurizer: Featurizer,
  text: string,
  tokens: Tokens,
  spans: EntitySpan[],
): void {
  const n = tokens.count;
  // Only the islands around capitalised words are scored and decoded (islands.ts); the rest stays O.
  const islands = findIslands(text, tokens);
  if (islands.length === 0) return;
  // Scores and tags are written (and read) for island tokens only; every other token is O. A name never
  // crosses an island's end, since the gap after it is O.
  const { scores, tags, back } = model;
  featurizer.scoreIslands(text, tokens, model.table, islands, scores);
  for (let i = 0; i < islands.length; i += 4) {
    const a = islands[i] as number;
    const b = islands[i + 1] as number;
    viterbiRange(
      scores,
      a,
      b,
      model.trans,
      a === 0 ? model.start : model.afterO,
      b === n ? null : model.beforeO,
      tags,
      back,
    );
    namesOf(tokens, a, b, tags, scores, spans);
  }
}

/** Appends the names tagged in tokens `[a, b)` (an island) to `spans`. */
function namesOf(
  tokens: Tokens,
  a: number,
  b: number,
  tags: Uint8Array,
  scores: Float32Array,
  spans: EntitySpan[],
): void {
  let k = a;
  while (k < b) {
    // Most tokens are O (tag 0): skipped without looking their type up.
    if (tags[k] === 0) {
      k++;
      continue;
    }
    const type = typeOfTag(tags[k] as number) as EntityType;
    let last = k;
    while (last + 1 < b && isInside(tags[last + 1] as number) && typeOfTag(tags[last + 1] as number) === type)
      last++;
    // Confidence: the weakest token's margin of its tag over the best other tag, squashed.
    let margin = Number.POSITIVE_INFINITY;
    for (let j = k; j <= last; j++) {
      const chosen = tags[j] as number;
      let other = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < TAG_COUNT; t++)
        if (t !== chosen) other = Math.max(other, scores[j * TAG_COUNT + t] as number);
      margin = Math.min(margin, (scores[j * TAG_COUNT + chosen] as number) - other);
    }
    const score = Math.round((1 / (1 + Math.exp(-margin / MARGIN_SCALE))) * 1000) / 1000;
    spans.push({ type, start: tokens.starts[k] as number, end: tokens.ends[last] as number, score });
    k = last + 1;
  }
}

/** Margin (in weight units) that maps to a confidence of about 0.73; typical margins are several times this. */
const MARGIN_SCALE = 4;

let shared: Tagger | null = null;

/** Tags people, places and organisations in `text[start, end)` (e.g. one paragraph of the view); offsets into `text`. */
export function tagEntities(text: string, start = 0, end = text.length): EntitySpan[] {
  // Loaded once, on first use, from the committed generated files.
  shared ??= makeTagger(NER_WEIGHTS, NER_GAZETTEER);
  return shared.tag(text, start, end);
}
