/**
 * Clusters a collected corpus against a SQLite index of earlier runs and adds it to the index, in one
 * IMMEDIATE transaction: a run killed at any point leaves the index as it was before the run.
 */
import type { Corpus, CorpusResults } from './corpus.js';
import type { DedupSettings } from './options.js';
import { type IndexedArticle, SqliteStore } from './sqlite-store.js';

/** Where the index is and how long to wait for another process holding it. */
export interface IndexOptions {
  readonly file: string;
  /** Milliseconds to wait for another process's run. Default 60000. */
  readonly busyTimeoutMs?: number;
  /** Called after the run's rows are written and before they are committed (tests kill the process here). */
  readonly beforeCommit?: () => void;
}

/** Clusters `corpus` against the index and commits this run's articles and cluster changes. */
export function finishWithIndex(
  corpus: Corpus,
  settings: DedupSettings,
  options: IndexOptions,
): CorpusResults {
  const store = new SqliteStore(options.file, settings, options.busyTimeoutMs ?? 60000);
  try {
    store.begin();
    const base = store.nextSeq;
    const { results, clusters } = corpus.finish(store);
    const fresh: IndexedArticle[] = [];
    let seq = base;
    const ids = new Set<string>();
    for (let i = 0; i < results.size; i++) {
      const r = results.get(i);
      // An id met twice in one run is indexed once (its first article), so ids stay unique in the index.
      if (r.known || ids.has(r.id)) continue;
      const fingerprint = corpus.fingerprintOf(i);
      if (!fingerprint) continue;
      ids.add(r.id);
      const { url, publishedAt } = corpus.inputOf(i);
      fresh.push({
        seq: seq++,
        id: r.id,
        cluster: r.cluster,
        url,
        publishedAt,
        similarity: r.similarity,
        fingerprint,
      });
    }
    store.commit(fresh, clusters, options.beforeCommit);
    return results;
  } catch (error) {
    store.rollback();
    throw error;
  } finally {
    store.close();
  }
}
