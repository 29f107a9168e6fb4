import { mayFollow, TAG_COUNT } from './tags.js';

/** 0 where BIO lets `next` follow `prev`, minus infinity where it does not; `(prev * TAG_COUNT + next)`. */
const ALLOWED = new Float64Array(TAG_COUNT * TAG_COUNT);
for (let p = 0; p < TAG_COUNT; p++) {
  for (let t = 0; t < TAG_COUNT; t++)
    ALLOWED[p * TAG_COUNT + t] = mayFollow(p, t) ? 0 : Number.NEGATIVE_INFINITY;
}

/** Transitions with the BIO constraint folded in (minus infinity where a tag may not follow), for `viterbiRange`. */
export function foldTransitions(transitions: Float32Array): Float64Array {
  const trans = new Float64Array(TAG_COUNT * TAG_COUNT);
  for (let i = 0; i < TAG_COUNT * TAG_COUNT; i++)
    trans[i] = (transitions[i] as number) + (ALLOWED[i] as number);
  return trans;
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
  if (TAG_COUNT !== 7) return viterbiSlow(scores, transitions, start, count, tags);
  viterbiRange(
    scores,
    0,
    count,
    foldTransitions(transitions),
    start,
    null,
    tags,
    new Uint8Array(count * TAG_COUNT),
  );
  return tags;
}

/**
 * The same search over tokens `[from, to)` of `scores` only, writing `tags[from, to)`: `first[t]` scores tag t
 * on token `from` (the start weights, or the transitions out of O when an O precedes), `last[t]` (if given) is
 * added on token `to - 1` (the transitions into an O that follows). `trans` comes from `foldTransitions`;
 * `back` holds at least `(to - from) * 7` entries. For the 7 tags only.
 */
export function viterbiRange(
  scores: Float32Array,
  from: number,
  to: number,
  trans: Float64Array,
  first: ArrayLike<number>,
  last: ArrayLike<number> | null,
  tags: Uint8Array,
  back: Uint8Array,
): void {
  if (to <= from) return;
  const T = 7;
  // The seven path scores live in locals. Tags: 0 O, then B/I of each type; O and B- may follow any tag, an
  // I- tag (even id) only its own B- (t - 1) or I- (t). Ties go to the lowest previous tag, as in `generic`.
  let o = from * T;
  let p0 = (first[0] as number) + (scores[o] as number) + (ALLOWED[0] as number);
  let p1 = (first[1] as number) + (scores[o + 1] as number) + (ALLOWED[1] as number);
  let p2 = (first[2] as number) + (scores[o + 2] as number) + (ALLOWED[2] as number);
  let p3 = (first[3] as number) + (scores[o + 3] as number) + (ALLOWED[3] as number);
  let p4 = (first[4] as number) + (scores[o + 4] as number) + (ALLOWED[4] as number);
  let p5 = (first[5] as number) + (scores[o + 5] as number) + (ALLOWED[5] as number);
  let p6 = (first[6] as number) + (scores[o + 6] as number) + (ALLOWED[6] as number);
  for (let k = from + 1; k < to; k++) {
    o = k * T;
    const at = (k - from) * T;
    // O and the three B- tags: best of all seven previous tags.
    const c0 = bestOfAll(p0, p1, p2, p3, p4, p5, p6, trans, 0, back, at) + (scores[o] as number);
    const c1 = bestOfAll(p0, p1, p2, p3, p4, p5, p6, trans, 1, back, at + 1) + (scores[o + 1] as number);
    const c3 = bestOfAll(p0, p1, p2, p3, p4, p5, p6, trans, 3, back, at + 3) + (scores[o + 3] as number);
    const c5 = bestOfAll(p0, p1, p2, p3, p4, p5, p6, trans, 5, back, at + 5) + (scores[o + 5] as number);
    // I- tags: from B- (t - 1) or I- (t). Ties go to the B- tag, as in the general search.
    const i2 = insideBest(p1 + (trans[T + 2] as number), p2 + (trans[2 * T + 2] as number), back, at, 2);
    const i4 = insideBest(p3 + (trans[3 * T + 4] as number), p4 + (trans[4 * T + 4] as number), back, at, 4);
    const i6 = insideBest(p5 + (trans[5 * T + 6] as number), p6 + (trans[6 * T + 6] as number), back, at, 6);
    p0 = c0;
    p1 = c1;
    p3 = c3;
    p5 = c5;
    p2 = i2 + (scores[o + 2] as number);
    p4 = i4 + (scores[o + 4] as number);
    p6 = i6 + (scores[o + 6] as number);
  }
  if (last) {
    p0 += last[0] as number;
    p1 += last[1] as number;
    p2 += last[2] as number;
    p3 += last[3] as number;
    p4 += last[4] as number;
    p5 += last[5] as number;
    p6 += last[6] as number;
  }
  let bestTag = 0;
  let best = p0;
  if (p1 > best) {
    best = p1;
    bestTag = 1;
  }
  if (p2 > best) {
    best = p2;
    bestTag = 2;
  }
  if (p3 > best) {
    best = p3;
    bestTag = 3;
  }
  if (p4 > best) {
    best = p4;
    bestTag = 4;
  }
  if (p5 > best) {
    best = p5;
    bestTag = 5;
  }
  if (p6 > best) bestTag = 6;
  for (let k = to - 1; k >= from; k--) {
    tags[k] = bestTag;
    bestTag = back[(k - from) * T + bestTag] as number;
  }
}

/** Best previous tag (first of ties) for O or a B- tag `t`: its path score plus transition; notes the choice. */
function bestOfAll(
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  p4: number,
  p5: number,
  p6: number,
  trans: Float64Array,
  t: number,
  back: Uint8Array,
  at: number,
): number {
  let best = p0 + (trans[t] as number);
  let arg = 0;
  let v = p1 + (trans[7 + t] as number);
  if (v > best) {
    best = v;
    arg = 1;
  }
  v = p2 + (trans[14 + t] as number);
  if (v > best) {
    best = v;
    arg = 2;
  }
  v = p3 + (trans[21 + t] as number);
  if (v > best) {
    best = v;
    arg = 3;
  }
  v = p4 + (trans[28 + t] as number);
  if (v > best) {
    best = v;
    arg = 4;
  }
  v = p5 + (trans[35 + t] as number);
  if (v > best) {
    best = v;
    arg = 5;
  }
  v = p6 + (trans[42 + t] as number);
  if (v > best) {
    best = v;
    arg = 6;
  }
  back[at] = arg;
  return best;
}

/** The better of continuing from B- (`fromBegin`) or I- (`fromInside`) into I- tag `tag`; notes the choice at `at + tag`. */
function insideBest(
  fromBegin: number,
  fromInside: number,
  back: Uint8Array,
  at: number,
  tag: number,
): number {
  if (fromInside > fromBegin) {
    back[at + tag] = tag;
    return fromInside;
  }
  back[at + tag] = tag - 1;
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
