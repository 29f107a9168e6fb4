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
  // The transitions the search reads, in locals (`tPN`: from tag P into tag N): into O and the B- tags from every
  // tag, into an I- tag from its B- and its I-. Read once per range, not once per token.
  const t00 = trans[0] as number;
  const t10 = trans[7] as number;
  const t20 = trans[14] as number;
  const t30 = trans[21] as number;
  const t40 = trans[28] as number;
  const t50 = trans[35] as number;
  const t60 = trans[42] as number;
  const t01 = trans[1] as number;
  const t11 = trans[8] as number;
  const t21 = trans[15] as number;
  const t31 = trans[22] as number;
  const t41 = trans[29] as number;
  const t51 = trans[36] as number;
  const t61 = trans[43] as number;
  const t03 = trans[3] as number;
  const t13 = trans[10] as number;
  const t23 = trans[17] as number;
  const t33 = trans[24] as number;
  const t43 = trans[31] as number;
  const t53 = trans[38] as number;
  const t63 = trans[45] as number;
  const t05 = trans[5] as number;
  const t15 = trans[12] as number;
  const t25 = trans[19] as number;
  const t35 = trans[26] as number;
  const t45 = trans[33] as number;
  const t55 = trans[40] as number;
  const t65 = trans[47] as number;
  const t12 = trans[9] as number;
  const t22 = trans[16] as number;
  const t34 = trans[25] as number;
  const t44 = trans[32] as number;
  const t56 = trans[41] as number;
  const t66 = trans[48] as number;
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
    o = (k * 7) | 0;
    const at = ((k - from) * 7) | 0;
    // O and the three B- tags: best of all seven previous tags (the first of ties).
    let best: number;
    let arg: number;
    let v: number;
    best = p0 + t00;
    arg = 0;
    v = p1 + t10;
    if (v > best) {
      best = v;
      arg = 1;
    }
    v = p2 + t20;
    if (v > best) {
      best = v;
      arg = 2;
    }
    v = p3 + t30;
    if (v > best) {
      best = v;
      arg = 3;
    }
    v = p4 + t40;
    if (v > best) {
      best = v;
      arg = 4;
    }
    v = p5 + t50;
    if (v > best) {
      best = v;
      arg = 5;
    }
    v = p6 + t60;
    if (v > best) {
      best = v;
      arg = 6;
    }
    back[at] = arg;
    const c0 = best + (scores[o] as number);
    best = p0 + t01;
    arg = 0;
    v = p1 + t11;
    if (v > best) {
      best = v;
      arg = 1;
    }
    v = p2 + t21;
    if (v > best) {
      best = v;
      arg = 2;
    }
    v = p3 + t31;
    if (v > best) {
      best = v;
      arg = 3;
    }
    v = p4 + t41;
    if (v > best) {
      best = v;
      arg = 4;
    }
    v = p5 + t51;
    if (v > best) {
      best = v;
      arg = 5;
    }
    v = p6 + t61;
    if (v > best) {
      best = v;
      arg = 6;
    }
    back[(at + 1) | 0] = arg;
    const c1 = best + (scores[(o + 1) | 0] as number);
    best = p0 + t03;
    arg = 0;
    v = p1 + t13;
    if (v > best) {
      best = v;
      arg = 1;
    }
    v = p2 + t23;
    if (v > best) {
      best = v;
      arg = 2;
    }
    v = p3 + t33;
    if (v > best) {
      best = v;
      arg = 3;
    }
    v = p4 + t43;
    if (v > best) {
      best = v;
      arg = 4;
    }
    v = p5 + t53;
    if (v > best) {
      best = v;
      arg = 5;
    }
    v = p6 + t63;
    if (v > best) {
      best = v;
      arg = 6;
    }
    back[(at + 3) | 0] = arg;
    const c3 = best + (scores[(o + 3) | 0] as number);
    best = p0 + t05;
    arg = 0;
    v = p1 + t15;
    if (v > best) {
      best = v;
      arg = 1;
    }
    v = p2 + t25;
    if (v > best) {
      best = v;
      arg = 2;
    }
    v = p3 + t35;
    if (v > best) {
      best = v;
      arg = 3;
    }
    v = p4 + t45;
    if (v > best) {
      best = v;
      arg = 4;
    }
    v = p5 + t55;
    if (v > best) {
      best = v;
      arg = 5;
    }
    v = p6 + t65;
    if (v > best) {
      best = v;
      arg = 6;
    }
    back[(at + 5) | 0] = arg;
    const c5 = best + (scores[(o + 5) | 0] as number);
    // I- tags: from B- (t - 1) or I- (t). Ties go to the B- tag, as in the general search.
    const f2 = p1 + t12;
    const g2 = p2 + t22;
    const inside2 = g2 > f2;
    back[(at + 2) | 0] = inside2 ? 2 : 1;
    const f4 = p3 + t34;
    const g4 = p4 + t44;
    const inside4 = g4 > f4;
    back[(at + 4) | 0] = inside4 ? 4 : 3;
    const f6 = p5 + t56;
    const g6 = p6 + t66;
    const inside6 = g6 > f6;
    back[(at + 6) | 0] = inside6 ? 6 : 5;
    p0 = c0;
    p1 = c1;
    p3 = c3;
    p5 = c5;
    p2 = (inside2 ? g2 : f2) + (scores[(o + 2) | 0] as number);
    p4 = (inside4 ? g4 : f4) + (scores[(o + 4) | 0] as number);
    p6 = (inside6 ? g6 : f6) + (scores[(o + 6) | 0] as number);
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
