import { TAG_COUNT } from './tags.js';

/** Floats per feature bucket: the tags padded to 8 so a bucket sits in one aligned 32-byte block. */
export const TAG_STRIDE = 8;

/** A linear-chain tagger's parameters: hashed feature weights per tag and tag transitions. */
export interface NerWeights {
  /** The table has `2 ** bits` feature buckets. */
  readonly bits: number;
  /** `(bucket * TAG_STRIDE + tag)` → weight, in units of `scale` (int8 as shipped, floats while training). */
  readonly weights: Float32Array | Int8Array;
  /** What one unit of `weights` is worth. */
  readonly scale: number;
  /** `(prev * TAG_COUNT + next)` → weight. */
  readonly transitions: Float32Array;
  /** Weight of each tag at the start of a sequence. */
  readonly start: Float32Array;
}

const VERSION = 2;
/** Multiplier of the table's multiplicative hashing. */
export const GOLDEN = 0x9e3779b1 | 0;

/** The table bucket of a feature hash (multiplicative hashing: the top `bits` bits). */
export function bucketOf(hash: number, bits: number): number {
  return Math.imul(hash, GOLDEN) >>> (32 - bits);
}

function pushVarint(bytes: number[], value: number): void {
  let v = value;
  while (v >= 128) {
    bytes.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
}

/** Encodes weights as base64: a small header, float transitions, then non-zero weights as int8 with one scale. */
export function encodeWeights(model: NerWeights): string {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = (maxAbs / 127 || 1) * model.scale;
  const header = new Float32Array(1 + model.transitions.length + model.start.length);
  header[0] = scale;
  header.set(model.transitions, 1);
  header.set(model.start, 1 + model.transitions.length);
  const bytes: number[] = [VERSION, model.bits];
  for (const b of new Uint8Array(header.buffer)) bytes.push(b);
  const entries: number[] = [];
  let prev = 0;
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.round(((model.weights[i] as number) * model.scale) / scale);
    if (q === 0) continue;
    pushVarint(entries, i - prev);
    entries.push(q & 255);
    prev = i;
  }
  return Buffer.concat([Buffer.from(bytes), Buffer.from(entries)]).toString('base64');
}

/** The header of encoded weights: table bits, scale, transitions and start weights; and where entries begin. */
function decodeHeader(bytes: Uint8Array) {
  if (bytes[0] !== VERSION) throw new Error(`ner weights: unknown version ${bytes[0]}`);
  const bits = bytes[1] as number;
  const floats = TAG_COUNT * TAG_COUNT + TAG_COUNT + 1;
  const header = new Float32Array(floats);
  new Uint8Array(header.buffer).set(bytes.subarray(2, 2 + floats * 4));
  const scale = header[0] as number;
  const transitions = header.slice(1, 1 + TAG_COUNT * TAG_COUNT);
  const start = header.slice(1 + TAG_COUNT * TAG_COUNT);
  return { bits, scale, transitions, start, entries: 2 + floats * 4 };
}

/**
 * Calls `visit` for each encoded non-zero weight from `entries` on: the varint gap to the previous weight's
 * index, then the weight as a signed byte.
 */
function forEachEntry(
  bytes: Uint8Array,
  entries: number,
  visit: (index: number, weight: number) => void,
): void {
  let index = 0;
  for (let i = entries, length = bytes.length; i < length; ) {
    let b = bytes[i++] as number;
    let delta = b & 127;
    for (let unit = 128; b >= 128; unit *= 128) {
      b = bytes[i++] as number;
      delta += (b & 127) * unit;
    }
    index += delta;
    const q = bytes[i++] as number;
    visit(index, q > 127 ? q - 256 : q);
  }
}

/** Decodes weights made by `encodeWeights`. */
export function decodeWeights(base64: string): NerWeights {
  const bytes = Buffer.from(base64, 'base64');
  const { bits, scale, transitions, start, entries } = decodeHeader(bytes);
  // Kept as int8: a quarter of the memory of floats.
  const weights = new Int8Array((1 << bits) * TAG_STRIDE);
  forEachEntry(bytes, entries, (index, weight) => {
    weights[index] = weight;
  });
  return { bits, weights, scale, transitions, start };
}

/** An int8 table packed for summing two tags per addition (see `packWeights`). */
export interface PackedWeights {
  readonly bits: number;
  /**
   * Bucket b is `words[2b]` (tags 0-3) and `words[2b + 1]` (tags 4-7), one byte per tag holding weight + 128:
   * masking every other byte out of a word gives two 16-bit lanes, and a token's 32 features never carry
   * from one lane into the next (32 × 255 < 2^16).
   */
  readonly words: Int32Array;
  readonly scale: number;
}

/** What the biased bytes add beyond the weights, per token (32 features × 128). */
export const PACK_BIAS = 32 * 128;

function checkPackable(): void {
  if (TAG_STRIDE !== 8 || TAG_COUNT > 8) throw new Error('ner weights: only 8-tag buckets pack');
}

/** Packs an int8 model's table for `Featurizer.score` (see `PackedWeights`). */
export function packWeights(model: NerWeights): PackedWeights {
  checkPackable();
  const weights = model.weights;
  if (!(weights instanceof Int8Array)) throw new Error('ner weights: only an int8 table packs');
  const words = new Int32Array(weights.length >> 2);
  for (let i = 0, j = 0; i < words.length; i++, j += 4) {
    words[i] =
      ((weights[j] as number) + 128) |
      (((weights[j + 1] as number) + 128) << 8) |
      (((weights[j + 2] as number) + 128) << 16) |
      (((weights[j + 3] as number) + 128) << 24);
  }
  return { bits: model.bits, words, scale: model.scale };
}

/** Decodes weights straight into a packed table (what `packWeights(decodeWeights(…))` makes) and the transitions. */
export function decodePackedWeights(
  base64: string,
): PackedWeights & Pick<NerWeights, 'transitions' | 'start'> {
  checkPackable();
  const bytes = Buffer.from(base64, 'base64');
  const { bits, scale, transitions, start, entries } = decodeHeader(bytes);
  // Every byte starts at the bias (a zero weight); each weight is added once, into its own byte, and
  // 128 + weight stays in 0..255, so nothing carries into the next byte.
  const words = new Int32Array((1 << bits) * (TAG_STRIDE >> 2)).fill(0x80808080 | 0);
  forEachEntry(bytes, entries, (index, weight) => {
    const word = index >> 2;
    words[word] = ((words[word] as number) + (weight << ((index & 3) << 3))) | 0;
  });
  return { bits, words, scale, transitions, start };
}

/** Per-token tag scores, `(token * TAG_COUNT + tag)`, from the table offsets of each token's features. */
export function emissions(
  weights: Float32Array | Int8Array,
  scale: number,
  offsets: Int32Array,
  perToken: number,
  count: number,
): Float32Array {
  const out = new Float32Array(count * TAG_COUNT);
  const w = weights;
  for (let k = 0; k < count; k++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    for (let f = k * perToken, last = f + perToken; f < last; f++) {
      const base = offsets[f] as number;
      s0 += w[base] as number;
      s1 += w[base + 1] as number;
      s2 += w[base + 2] as number;
      s3 += w[base + 3] as number;
      s4 += w[base + 4] as number;
      s5 += w[base + 5] as number;
      s6 += w[base + 6] as number;
    }
    const o = k * TAG_COUNT;
    out[o] = s0 * scale;
    out[o + 1] = s1 * scale;
    out[o + 2] = s2 * scale;
    out[o + 3] = s3 * scale;
    out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale;
    out[o + 6] = s6 * scale;
  }
  return out;
}
