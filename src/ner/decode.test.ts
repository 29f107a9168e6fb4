import { describe, expect, it } from 'vitest';
import { foldTransitions, viterbi, viterbiRange, viterbiSlow } from './decode.js';
import { mayFollow, TAG_COUNT, TAGS } from './tags.js';

const tagIds = (...names: string[]): number[] => names.map((n) => TAGS.indexOf(n as (typeof TAGS)[number]));

/** Scores that favour the given tag per token by `margin`. */
function scoresFor(preferred: number[], margin = 1): Float32Array {
  const scores = new Float32Array(preferred.length * TAG_COUNT);
  preferred.forEach((t, k) => {
    scores[k * TAG_COUNT + t] = margin;
  });
  return scores;
}

describe('viterbi', () => {
  const flat = new Float32Array(TAG_COUNT * TAG_COUNT);
  const start = new Float32Array(TAG_COUNT);

  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['O', 'B-ORG', 'I-ORG', 'I-ORG']],
    [['B-PER', 'B-PER', 'O']],
  ])('follows the scores when they form valid BIO: %j', (names) => {
    const want = tagIds(...names);
    expect(Array.from(viterbi(scoresFor(want), flat, start, want.length))).toEqual(want);
  });

  it.each([[['I-PER', 'I-PER']], [['O', 'I-LOC']], [['B-PER', 'I-ORG']]])(
    'never starts an entity with I-: %j',
    (names) => {
      const got = Array.from(viterbi(scoresFor(tagIds(...names)), flat, start, names.length));
      expect(mayFollow(0, got[0] as number)).toBe(true);
      for (let k = 1; k < got.length; k++)
        expect(mayFollow(got[k - 1] as number, got[k] as number)).toBe(true);
    },
  );

  it('lets transitions overrule weak token scores', () => {
    const transitions = new Float32Array(TAG_COUNT * TAG_COUNT);
    transitions[1 * TAG_COUNT + 2] = 5; // B-PER → I-PER strongly
    const want = tagIds('B-PER', 'O');
    const got = viterbi(scoresFor(want, 1), transitions, start, 2);
    expect(Array.from(got)).toEqual(tagIds('B-PER', 'I-PER'));
  });

  it('handles an empty sequence', () => {
    expect(viterbi(new Float32Array(0), flat, start, 0).length).toBe(0);
  });
});

describe('viterbi (unrolled) against the one-tag-at-a-time search', () => {
  /** Deterministic pseudo-random numbers in [-range, range), with ties when `coarse`. */
  function numbers(count: number, seed: number, range: number, coarse: boolean): Float32Array {
    const out = new Float32Array(count);
    let s = seed;
    for (let i = 0; i < count; i++) {
      s = (Math.imul(s, 1103515245) + 12345) | 0;
      const u = (s >>> 8) / 2 ** 24;
      out[i] = coarse ? Math.round(u * 4) - 2 : (u * 2 - 1) * range;
    }
    return out;
  }

  it.each([
    [1, 1, false],
    [2, 2, false],
    [50, 3, false],
    [400, 4, false],
    [60, 5, true],
    [300, 6, true],
  ])('finds the same tags for %i tokens (seed %i, ties %s)', (count, seed, coarse) => {
    const scores = numbers(count * TAG_COUNT, seed, 5, coarse);
    const transitions = numbers(TAG_COUNT * TAG_COUNT, seed + 100, 3, coarse);
    const start = numbers(TAG_COUNT, seed + 200, 3, coarse);
    const fast = viterbi(scores, transitions, start, count);
    const slow = viterbiSlow(scores, transitions, start, count, new Uint8Array(count));
    expect(Array.from(fast)).toEqual(Array.from(slow));
  });
});

describe('viterbiRange (islands decoded apart)', () => {
  function numbers(count: number, seed: number, range: number): Float32Array {
    const out = new Float32Array(count);
    let s = seed;
    for (let i = 0; i < count; i++) {
      s = (Math.imul(s, 1103515245) + 12345) | 0;
      out[i] = ((s >>> 8) / 2 ** 24 - 0.5) * 2 * range;
    }
    return out;
  }

  it.each([
    [[[0, 5]], 12, 1],
    [[[3, 9]], 12, 2],
    [
      [
        [0, 4],
        [7, 12],
        [15, 20],
      ],
      20,
      3,
    ],
    [
      [
        [2, 3],
        [5, 30],
      ],
      30,
      4,
    ],
  ])('equals the whole search with the gaps held at O: islands %j of %i tokens', (islands, count, seed) => {
    const T = TAG_COUNT;
    const scores = numbers(count * T, seed, 5);
    const transitions = numbers(T * T, seed + 100, 3);
    const start = numbers(T, seed + 200, 3);
    // The reference: every gap token may only be O.
    const held = Float32Array.from(scores);
    const inIsland = (k: number): boolean =>
      islands.some(([a, b]) => k >= (a as number) && k < (b as number));
    for (let k = 0; k < count; k++) if (!inIsland(k)) for (let t = 1; t < T; t++) held[k * T + t] = -1e9;
    const want = viterbiSlow(held, transitions, start, count, new Uint8Array(count));
    const trans = foldTransitions(transitions);
    const afterO = transitions.slice(0, T);
    const beforeO = Float64Array.from({ length: T }, (_, t) => transitions[t * T] as number);
    const got = new Uint8Array(count);
    const back = new Uint8Array(count * T);
    for (const [a, b] of islands as [number, number][])
      viterbiRange(scores, a, b, trans, a === 0 ? start : afterO, b === count ? null : beforeO, got, back);
    expect(Array.from(got)).toEqual(Array.from(want));
  });
});
