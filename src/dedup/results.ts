/**
 * The outcome of clustering a corpus: one result per article, read on demand (no object per article is
 * kept; see src/dedup/column-engine.ts).
 */
import type { DedupResult } from './engine.js';

/**
 * The outcome for one article of the corpus, in input order: the engine's result, with `keptIndex` the kept
 * article's position in this corpus (null when it was kept in an earlier run).
 */
export interface CorpusResult extends DedupResult {
  /** True when an earlier run already indexed this id (its record is the stored one). */
  readonly known: boolean;
}

/** Every article's result, by position. */
export interface CorpusResults extends Iterable<CorpusResult> {
  /** Number of articles. */
  readonly size: number;
  /** The result of the article at `position` (a new object each call). */
  get(position: number): CorpusResult;
  /** Whether the article at `position` is a duplicate of another (not the kept one of its cluster). */
  isDuplicate(position: number): boolean;
  /** Distinct clusters. */
  clusterCount(): number;
}

/** Results held as objects (runs against an index, small corpora). */
export class ArrayResults implements CorpusResults {
  constructor(private readonly results: readonly CorpusResult[]) {}

  get size(): number {
    return this.results.length;
  }

  get(position: number): CorpusResult {
    const r = this.results[position];
    if (!r) throw new RangeError(`no article at ${position}`);
    return r;
  }

  isDuplicate(position: number): boolean {
    return this.get(position).duplicateOf !== null;
  }

  [Symbol.iterator](): Iterator<CorpusResult> {
    return this.results[Symbol.iterator]();
  }

  clusterCount(): number {
    return new Set(this.results.map((r) => r.cluster)).size;
  }
}
