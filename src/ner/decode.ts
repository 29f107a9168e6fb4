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
  if (T !== 7) return viterbiSlow(scores, transitions, start, count, tags);
  const trans = new Float64Array(T * T);
  for (let i = 0; i < T * T; i++) trans[i] = (transitions[i] as number) + (ALLOWED[i] as number);
  const back = new Uint8Array(count * T);
  // The seven path scores live in locals. Tags: 0 O, then B/I of each type; O and B- may follow any tag, an
  // I- tag (even id) only its own B- (t - 1) or I- (t). Ties go to the lowest previous tag, as in `generic`.
  let p0 = (start[0] as number) + (scores[0] as number) + (ALLOWED[0] as number);
  let p1 = (start[1] as number) + (scores[1] as number) + (ALLOWED[1] as number);
  let p2 = (start[2] as number) + (scores[2] as number) + (ALLOWED[2] as number);
  let p3 = (start[3] as number) + (scores[3] as number) + (ALLOWED[3] as number);
  let p4 = (start[4] as number) + (scores[4] as number) + (ALLOWED[4] as number);
  let p5 = (start[5] as number) + (scores[5] as number) + (ALLOWED[5] as number);
  let p6 = (start[6] as number) + (scores[6] as number) + (ALLOWED[6] as number);
  const cur = new Float64Array(T);
  for (let k = 1; k < count; k++) {
    const o = k * T;
    // O and the three B- tags: best of all seven previous tags.
    for (let t = 0; t < T; t += t === 0 ? 1 : 2) {
      let best = p0 + (trans[t] as number);
      let arg = 0;
      let v = p1 + (trans[T + t] as number);
      if (v > best) {
        best = v;
        arg = 1;
      }
      v = p2 + (trans[2 * T + t] as number);
      if (v > best) {
        best = v;
        arg = 2;
      }
      v = p3 + (trans[3 * T + t] as number);
      if (v > best) {
        best = v;
        arg = 3;
      }
      v = p4 + (trans[4 * T + t] as number);
      if (v > best) {
        best = v;
        arg = 4;
      }
      v = p5 + (trans[5 * T + t] as number);
      if (v > best) {
        best = v;
        arg = 5;
      }
      v = p6 + (trans[6 * T + t] as number);
      if (v > best) {
        best = v;
        arg = 6;
      }
      cur[t] = best + (scores[o + t] as number);
      back[o + t] = arg;
    }
    // I- tags: from B- (t - 1) or I- (t).
    // Ties go to the B- tag, as in the general search.
    const i2 = insideBest(p1 + (trans[T + 2] as number), p2 + (trans[2 * T + 2] as number), back, o + 2);
    const i4 = insideBest(p3 + (trans[3 * T + 4] as number), p4 + (trans[4 * T + 4] as number), back, o + 4);
    const i6 = insideBest(p5 + (trans[5 * T + 6] as number), p6 + (trans[6 * T + 6] as number), back, o + 6);
    p0 = cur[0] as number;
    p1 = cur[1] as number;
    p3 = cur[3] as number;
    p5 = cur[5] as number;
    p2 = i2 + (scores[o + 2] as number);
    p4 = i4 + (scores[o + 4] as number);
    p6 = i6 + (scores[o + 6] as number);
  }
  const last = [p0, p1, p2, p3, p4, p5, p6];
  let bestTag = 0;
  for (let t = 1; t < T; t++) if ((last[t] as number) > (last[bestTag] as number)) bestTag = t;
  for (let k = count - 1; k >= 0; k--) {
    tags[k] = bestTag;
    bestTag = back[k * T + bestTag] as number;
  }
  return tags;
}

/** The better of continuing from B- (`fromBegin`) or I- (`fromInside`) into I- tag `at % 7`; notes the choice. */
function insideBest(fromBegin: number, fromInside: number, back: Uint8Array, at: number): number {
  const tag = at % TAG_COUNT;
  if (fromInside > fromBegin) {
    back[at] = tag;
    return fromInside;
  }
  back[at] = tag - 1;
  return fromBegin;
}

/** The same search for any tag count, one tag at a time (the reference the unrolled search is tested against). */
export function viterbiSlow(
  scores: Float32Array,
  transitions: Float32Array,
  start: Float32Array,
  count: number,
  tags: Uint8Array,
): Uint8Array {
  const T = TAG_COUNT;
  const trans = new Float64Array(T * T);
  for (let i = 0; i < T * T; i++) trans[i] = (transitions[i] as number) + (ALLOWED[i] as number);
  const back = new Uint8Array(count * T);
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  for (let t = 0; t < T; t++) prev[t] = (start[t] as number) + (scores[t] as number) + (ALLOWED[t] as number);
  for (let k = 1; k < count; k++) {
    for (let t = 0; t < T; t++) {
      // An I- tag (even id) can only continue its own B- (t - 1) or I- (t).
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
