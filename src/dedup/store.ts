/**
 * What the dedup engine needs from an index of earlier runs (src/dedup/sqlite-store.ts is the SQLite one).
 */
import type { DedupEntry } from './compare.js';

/** An article of an earlier run. */
export interface StoredArticle {
  /** Its position among all articles ever indexed (earlier runs have lower numbers). */
  readonly seq: number;
  readonly id: string;
  /** Label of its cluster. */
  readonly cluster: string;
  readonly entry: DedupEntry;
}

/** A cluster of earlier runs: its label, its first member and its kept member. */
export interface StoredCluster {
  readonly label: string;
  readonly firstSeq: number;
  readonly keptSeq: number;
  readonly keptId: string;
  readonly keptLength: number;
  readonly keptDate: string | null;
}

/** Read access to earlier runs, as the engine uses it. */
export interface DedupStore {
  /** Seq of the next article to add (all stored seqs are below). */
  readonly nextSeq: number;
  /** Stored articles sharing a candidate key or the canonical URL. */
  candidates(keys: Uint32Array, url: string | null): readonly StoredArticle[];
  /** The cluster with this label. */
  cluster(label: string): StoredCluster | null;
  /** One stored article by seq. */
  article(seq: number): StoredArticle | null;
  /** The record an earlier run gave to this id, or null when the id is new. */
  known(id: string): KnownArticle | null;
}

/** The dedup record of an article that an earlier run indexed. */
export interface KnownArticle {
  readonly cluster: string;
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
}
