import { describe, expect, it } from 'vitest';
import { INDONESIAN_MARKERS, MALAY_MARKERS } from './markers.js';

describe('marker words', () => {
  it('are lower case words, each in one list only', () => {
    for (const w of [...MALAY_MARKERS, ...INDONESIAN_MARKERS]) expect(w).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const malay = new Set(MALAY_MARKERS);
    expect(INDONESIAN_MARKERS.filter((w) => malay.has(w))).toEqual([]);
    expect(new Set(MALAY_MARKERS).size).toBe(MALAY_MARKERS.length);
    expect(new Set(INDONESIAN_MARKERS).size).toBe(INDONESIAN_MARKERS.length);
  });
});
