/**
 * The incremental dedup index in SQLite (better-sqlite3 12): every article's shingles, figures and candidate
 * keys, and every cluster's first and kept member. WAL and a busy timeout let two processes share a file;
 * a run's changes land in one IMMEDIATE transaction, so a run killed halfway leaves the index as it was.
 */
import { createRequire } from 'node:module';
import type { DedupEntry } from './compare.js';
import type { ClusterChange } from './engine.js';
import type { Fingerprint } from './fingerprint.js';
import type { DedupSettings } from './options.js';
import type { DedupStore, KnownArticle, StoredArticle, StoredCluster } from './store.js';

interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
}
interface Database {
  exec(sql: string): unknown;
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, cluster TEXT NOT NULL, url TEXT,
  words INTEGER NOT NULL, exact_a INTEGER NOT NULL, exact_b INTEGER NOT NULL, published TEXT,
  similarity REAL, shingles BLOB NOT NULL, numbers BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles (cluster);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE TABLE IF NOT EXISTS keys (key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS clusters (
  label TEXT PRIMARY KEY, first_seq INTEGER NOT NULL, kept_seq INTEGER NOT NULL, kept_id TEXT NOT NULL,
  kept_length INTEGER NOT NULL, kept_date TEXT);
`;

/**
 * The fingerprint format: how words are hashed into shingles and figures. 2: words as the duplicate-blocks stage
 * hashes them (`İ` folds to `i`; letters beyond the BMP are letters, no longer separators).
 */
export const FINGERPRINT_FORMAT = 2;

/** The settings that change fingerprints: an index only serves runs with the same ones. */
function layoutOf(s: DedupSettings): string {
  return JSON.stringify({
    v: FINGERPRINT_FORMAT,
    k: s.shingleSize,
    b: s.bands,
    r: s.rows,
    lead: s.leadWords,
    min: s.minWords,
  });
}

/** Why an index with the stored layout cannot serve this run. */
function mismatch(file: string, stored: unknown): string {
  let format: unknown = null;
  try {
    format = (JSON.parse(String(stored)) as { v?: unknown }).v;
  } catch {}
  if (format !== FINGERPRINT_FORMAT)
    return `index ${file} holds fingerprints of another format (${String(format)}; this kliping makes ${FINGERPRINT_FORMAT}): build it again from its input files, into a new file`;
  return `index ${file} was built with other fingerprint settings (${String(stored)})`;
}

function blobOf(values: Uint32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

function arrayOf(blob: unknown): Uint32Array {
  const buf = blob as Buffer;
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer, 0, buf.byteLength >>> 2);
}

/** An article as written to the index. */
export interface IndexedArticle {
  readonly seq: number;
  readonly id: string;
  readonly cluster: string;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly similarity: number | null;
  readonly fingerprint: Fingerprint;
}

/** A dedup index in one SQLite file. Open it, `begin`, run the engine, `commit` the run's articles. */
export class SqliteStore implements DedupStore {
  private readonly db: Database;
  private readonly cache = new Map<number, StoredArticle>();
  private readonly statements: Record<string, Statement>;
  private next = 0;

  constructor(file: string, settings: DedupSettings, busyTimeoutMs = 60000) {
    let open: new (f: string, o: { timeout: number }) => Database;
    try {
      open = createRequire(import.meta.url)('better-sqlite3');
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`--index needs the better-sqlite3 package (version 12), which did not load: ${why}`);
    }
    this.db = new open(file, { timeout: busyTimeoutMs });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    const q = (sql: string) => this.db.prepare(sql);
    this.statements = {
      meta: q('SELECT value FROM meta WHERE key = ?'),
      setMeta: q('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)'),
      maxSeq: q('SELECT COALESCE(MAX(seq), -1) AS m FROM articles'),
      byUrl: q('SELECT seq FROM articles WHERE url = ? LIMIT 256'),
      byKey: q('SELECT seq FROM keys WHERE key = ? LIMIT 256'),
      article: q('SELECT * FROM articles WHERE seq = ?'),
      known: q(
        'SELECT a.cluster AS cluster, a.similarity AS similarity, c.kept_id AS kept FROM articles a JOIN clusters c ON c.label = a.cluster WHERE a.id = ?',
      ),
      cluster: q('SELECT * FROM clusters WHERE label = ?'),
      insertArticle: q(
        'INSERT INTO articles (seq, id, cluster, url, words, exact_a, exact_b, published, similarity, shingles, numbers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertKey: q('INSERT OR IGNORE INTO keys (key, seq) VALUES (?, ?)'),
      relabel: q('UPDATE articles SET cluster = ? WHERE cluster = ?'),
      dropCluster: q('DELETE FROM clusters WHERE label = ?'),
      putCluster: q(
        'INSERT OR REPLACE INTO clusters (label, first_seq, kept_seq, kept_id, kept_length, kept_date) VALUES (?, ?, ?, ?, ?, ?)',
      ),
    } as Record<string, Statement>;
    const layout = layoutOf(settings);
    this.run('setMeta', 'layout', layout);
    const stored = this.statements.meta?.get('layout')?.value;
    if (stored !== layout) {
      this.db.close();
      throw new Error(mismatch(file, stored));
    }
  }

  private run(name: string, ...params: unknown[]): void {
    this.statements[name]?.run(...params);
  }

  /** Starts the run's write transaction (waits for another process's run to end). */
  begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
    this.next = Number(this.statements.maxSeq?.get()?.m ?? -1) + 1;
  }

  /** Writes the run's new articles and cluster changes, then commits. */
  commit(
    articles: readonly IndexedArticle[],
    clusters: readonly ClusterChange[],
    beforeCommit?: () => void,
  ): void {
    try {
      for (const a of articles) {
        const f = a.fingerprint;
        this.run(
          'insertArticle',
          a.seq,
          a.id,
          a.cluster,
          a.url,
          f.words,
          f.exact[0],
          f.exact[1],
          a.publishedAt,
          a.similarity,
          blobOf(f.shingles),
          blobOf(f.numbers),
        );
        for (const key of f.keys) this.run('insertKey', key, a.seq);
      }
      for (const { cluster, merged } of clusters) {
        for (const label of merged) {
          this.run('relabel', cluster.label, label);
          this.run('dropCluster', label);
        }
        this.run(
          'putCluster',
          cluster.label,
          cluster.firstSeq,
          cluster.keptSeq,
          cluster.keptId,
          cluster.keptLength,
          cluster.keptDate,
        );
      }
      beforeCommit?.();
      this.db.exec('COMMIT');
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Abandons the run's transaction, if one is open. */
  rollback(): void {
    try {
      this.db.exec('ROLLBACK');
    } catch {
      // no transaction open
    }
  }

  /** Closes the file. */
  close(): void {
    this.db.close();
  }

  get nextSeq(): number {
    return this.next;
  }

  candidates(keys: Uint32Array, url: string | null): readonly StoredArticle[] {
    const seqs = new Set<number>();
    for (const key of keys)
      for (const row of this.statements.byKey?.all(key) ?? []) seqs.add(Number(row.seq));
    if (url !== null) for (const row of this.statements.byUrl?.all(url) ?? []) seqs.add(Number(row.seq));
    const out: StoredArticle[] = [];
    for (const seq of [...seqs].sort((a, b) => a - b)) {
      const article = this.article(seq);
      if (article) out.push(article);
    }
    return out;
  }

  article(seq: number): StoredArticle | null {
    const cached = this.cache.get(seq);
    if (cached) return cached;
    const row = this.statements.article?.get(seq);
    if (!row) return null;
    const fingerprint: Fingerprint = {
      words: Number(row.words),
      exact: [Number(row.exact_a), Number(row.exact_b)],
      shingles: arrayOf(row.shingles),
      numbers: arrayOf(row.numbers),
      keys: new Uint32Array(0),
    };
    const entry: DedupEntry = { fingerprint, url: (row.url as string | null) ?? null };
    const article: StoredArticle = { seq, id: String(row.id), cluster: String(row.cluster), entry };
    if (this.cache.size > 100000) this.cache.clear();
    this.cache.set(seq, article);
    return article;
  }

  cluster(label: string): StoredCluster | null {
    const row = this.statements.cluster?.get(label);
    if (!row) return null;
    return {
      label,
      firstSeq: Number(row.first_seq),
      keptSeq: Number(row.kept_seq),
      keptId: String(row.kept_id),
      keptLength: Number(row.kept_length),
      keptDate: (row.kept_date as string | null) ?? null,
    };
  }

  known(id: string): KnownArticle | null {
    const row = this.statements.known?.get(id);
    if (!row) return null;
    const kept = String(row.kept);
    return {
      cluster: String(row.cluster),
      duplicateOf: kept === id ? null : kept,
      similarity: kept === id ? null : ((row.similarity as number | null) ?? null),
    };
  }
}
