import { describe, expect, it } from 'vitest';
import { type Candidate, changed, makeCandidate, makeRun } from './candidate.js';

const place = { name: 'Kota Bekasi', kind: 'city', code: '32.75' } as const;
const base = makeCandidate({ type: 'LOC', place, kind: 'city', strong: true }, 3, 9);

describe('changed', () => {
  const cases: [string, Partial<Candidate>, Partial<Candidate>][] = [
    ['moves the span', { start: 1, end: 20 }, { start: 1, end: 20, place, kind: 'city', strong: true }],
    ['sets a flag', { inTitle: true }, { start: 3, end: 9, inTitle: true, place }],
    ['adds an acronym', { acronym: 'KB' }, { acronym: 'KB', type: 'LOC', canonical: undefined }],
    ['changes the type and strength', { type: 'ORG', strong: false }, { type: 'ORG', strong: false, place }],
    // must not change anything else
    ['no change', {}, { ...base }],
  ];
  it.each(cases)('%s', (_name, changes, expected) => {
    const copy = changed(base, changes);
    expect(copy).toMatchObject(expected);
    expect(copy).not.toBe(base);
    // `base` itself is untouched.
    expect(base.start).toBe(3);
    expect(base.inTitle).toBeUndefined();
  });

  it('keeps the one candidate shape (same fields in the same order as makeCandidate and makeRun)', () => {
    const keys = Object.keys(base);
    expect(Object.keys(changed(base, { end: 12, canonical: 'Bekasi' }))).toEqual(keys);
    expect(Object.keys(makeRun('UNK', 0, 4, false, true, false, 1))).toEqual(keys);
    // A spread copy would not differ in its keys, but in its hidden class; the keys are what a test can see.
    expect(keys).toHaveLength(14);
  });
});
