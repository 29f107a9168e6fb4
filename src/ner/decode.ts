import { mayFollow, TAG_COUNT } from './tags.js';

/** 0 where BIO lets `next` follow `prev`, minus infinity where it does not; `(prev * TAG_COUNT + next)`. */
const ALLOWED = new Float64Array(TAG_COUNT * TAG_COUNT);
for (let p = 0; p < TAG_COUNT; p++) {
  for (let t = 0; t < TAG_COUNT; t++)
    ALLOWED[p * TAG_COUNT + t] = mayFollow(p, t) ? 0 : Number.NEGATIVE_INFINITY;
}

/**
 * Best BIO tag sequence under per-token scores and tag transitions (Viterbi); an I- tag only continues its type.
 * Returns the tag ids.
 */
export function viterbi(
  scores: Float32Array,
  transitions: Float32Array,
  start: Float32Array,
  count: number,
): Uint8Array {
  const tags = new Uint8Array(count);
  if (count === 0) return tags;
  const T = TAG_COUNT;
  const trans = new Float64Array(T * T);
  for (let i = 0; i < T * T; i++) trans[i] = (transitions[i] as number) + (ALLOWED[i] as number);
  const back = new Uint8Array(count * T);
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  for (let t = 0; t < T; t++) prev[t] = (start[t] as number) + (scores[t] as number) + (ALLOWED[t] as number);
  for (let k = 1; k < count; k++) {
    for (let t = 0; t < T; t++) {
      // An I- tag (even id) can only continue its own B- (t - 1) or I- (t): two candidates, not seven.
      const inside = t > 0 && (t & 1) === 0;
      const from = inside ? t - 1 : 0;
      const to = inside ? t + 1 : T;
      let best = (prev[from] as number) + (trans[from * T + t] as number);
      let arg = from;
      for (let p = from + 1; p < to; p++) {
        const v = (prev[p] as number) + (trans[p * T + t] as number);
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[t] = best + (scores[k * T + t] as number);
      back[k * T + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let bestTag = 0;
  for (let t = 1; t < T; t++) if ((prev[t] as number) > (prev[bestTag] as number)) bestTag = t;
  for (let k = count - 1; k >= 0; k--) {
    tags[k] = bestTag;
    bestTag = back[k * T + bestTag] as number;
  }
  return tags;
}
