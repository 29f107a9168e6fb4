import { NER_GAZETTEER } from '../data/generated/ner-gazetteer.js';
import { NER_WEIGHTS } from '../data/generated/ner-weights.js';
import { viterbi } from './decode.js';
import { type Featurizer, makeFeaturizer } from './features.js';
import { decodeGazetteer } from './gazetteer.js';
import { type EntityType, isInside, TAG_COUNT, typeOfTag } from './tags.js';
import { type Tokens, tokenize } from './tokenize.js';
import { decodePackedWeights, type NerWeights, type PackedWeights } from './weights.js';

export type { EntityType } from './tags.js';

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
  const model: Model = { table: packed, transitions: packed.transitions, start: packed.start };
  const featurizer = makeFeaturizer(decodeGazetteer(gazetteerBase64));
  return { tag: (text, start = 0, end = text.length) => tagWith(model, featurizer, text, start, end) };
}

/** What tagging reads of the weights: the packed feature table and the tag transitions. */
interface Model {
  readonly table: PackedWeights;
  readonly transitions: NerWeights['transitions'];
  readonly start: NerWeights['start'];
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
  const tokens = tokenize(text, Math.max(0, start), Math.min(text.length, end));
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
    const window = {
      count: to - from,
      starts: tokens.starts.subarray(from, to),
      ends: tokens.ends.subarray(from, to),
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
  const scores = featurizer.score(text, tokens, model.table);
  const tags = viterbi(scores, model.transitions, model.start, n);
  let k = 0;
  while (k < n) {
    const type = typeOfTag(tags[k] as number);
    if (!type) {
      k++;
      continue;
    }
    let last = k;
    while (last + 1 < n && isInside(tags[last + 1] as number) && typeOfTag(tags[last + 1] as number) === type)
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
