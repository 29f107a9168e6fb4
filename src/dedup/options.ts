/**
 * Dedup settings with their documented defaults (docs/dedup.md explains each).
 */

/** Which article of a cluster is kept. */
export type KeepRule = 'first' | 'longest' | 'earliest';

/** Settings of the fingerprints and of the duplicate decision. */
export interface DedupSettings {
  /** Words per shingle. Default 4. */
  readonly shingleSize: number;
  /** LSH bands (candidate keys per article). Default 24. */
  readonly bands: number;
  /** MinHash values per band. Default 3 (pairs near Jaccard 0.4 meet in some band with p ≈ 0.8). */
  readonly rows: number;
  /** Words of the body's start hashed into one more candidate key (catches truncated copies); 0 = off. Default 12. */
  readonly leadWords: number;
  /** Bodies with fewer words get no content keys (only the URL joins them). Default 8. */
  readonly minWords: number;
  /** Shingle Jaccard at or above which two bodies are duplicates. Default 0.6. */
  readonly jaccard: number;
  /** Containment of the shorter body in the longer at or above which they are duplicates. Default 0.9. */
  readonly containment: number;
  /** Containment only counts when the shorter body has at least this many shingles (~33 words). Default 30. */
  readonly containmentMinShingles: number;
  /** Share of the shorter body's figures and dates that the other must also have. Default 0.8. */
  readonly numbers: number;
  /** The figure test applies when both bodies have at least this many distinct figures. Default 2. */
  readonly numbersMin: number;
  /** Same canonical URL means same article, whatever the text. Default true. */
  readonly byUrl: boolean;
  /** Which member of a cluster is kept. Default `first`. */
  readonly keep: KeepRule;
}

/** The defaults, tuned on eval/dedup (see docs/dedup.md). */
export const defaultDedupSettings: DedupSettings = {
  shingleSize: 4,
  bands: 24,
  rows: 3,
  leadWords: 12,
  minWords: 8,
  jaccard: 0.6,
  containment: 0.9,
  containmentMinShingles: 30,
  numbers: 0.8,
  numbersMin: 2,
  byUrl: true,
  keep: 'first',
};

/** Fills the unset settings with the defaults. */
export function dedupSettings(partial: Partial<DedupSettings> = {}): DedupSettings {
  const out: Record<string, unknown> = { ...defaultDedupSettings };
  for (const [key, value] of Object.entries(partial)) if (value !== undefined) out[key] = value;
  return out as unknown as DedupSettings;
}
