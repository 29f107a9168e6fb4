import { describe, expect, it } from 'vitest';
import { viterbi } from './decode.js';
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
