/**
 * The dedup engine: LSH candidates, each verified by its actual similarity, joined into clusters as the
 * connected components of the verified pairs. The partition does not depend on the order of the input;
 * labels and kept members follow the input order (and earlier runs, through a DedupStore).
 */
import { compareEntries, type DedupEntry, type MatchReason } from './compare.js';
import { KeyTable } from './key-table.js';
import type { DedupSettings } from './options.js';
import type { DedupStore, StoredCluster } from './store.js';
import { findRoot, unionRoots } from './union-find.js';

/** One article to deduplicate. */
export interface DedupItem extends DedupEntry {
  readonly id: string;
  /** Characters of clean body (for `--keep longest`). */
  readonly length: number;
  /** Publication date, ISO (for `--keep earliest`), or null. */
  readonly publishedAt: string | null;
}

/** How a duplicate relates to its kept article. */
export type ClusterReason = MatchReason | 'linked';

/** The dedup record of one article (the CLI prints id, cluster, duplicateOf, similarity). */
export interface DedupResult {
  readonly id: string;
  readonly cluster: string;
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
  /** How it matches the kept one (`linked`: only through other members; null for the kept one). */
  readonly reason: ClusterReason | null;
  /** Input position of the kept article when it is in this run, else null. */
  readonly keptIndex: number | null;
}

/** A cluster this run touched, as an index stores it, with the labels of earlier runs merged into it. */
export interface ClusterChange {
  readonly cluster: StoredCluster;
  /** Labels of earlier runs now merged into `cluster.label`. */
  readonly merged: readonly string[];
}

/** Most candidates visited per key: bounds the work when thousands of articles share a template. */
const MAX_PER_KEY = 256;

interface Member {
  order: number;
  id: string;
  length: number;
  date: string | null;
  index: number | null;
  entry: DedupEntry | null;
  seq: number | null;
}

/** Deduplicates articles added one by one; `finish` returns one result per added article, in order. */
export class DedupEngine {
  private readonly items: DedupItem[] = [];
  private readonly keys: KeyTable;
  private readonly urls = new Map<string, number>();
  private parent: Int32Array;
  private stamp: Int32Array;
  private readonly reasons: (MatchReason | null)[] = [];
  // Verified links to clusters of earlier runs: [label, article]; two articles linked to one label are joined.
  private readonly storedLinks: [string, number][] = [];
  private readonly firstLinked = new Map<string, number>();

  /** `expected`: how many articles will be added (sizes the tables once; they grow anyway). */
  constructor(
    private readonly settings: DedupSettings,
    private readonly store: DedupStore | null = null,
    expected = 1024,
  ) {
    this.keys = new KeyTable(Math.max(1024, expected * (settings.bands + 1)));
    this.parent = new Int32Array(Math.max(1024, expected));
    this.stamp = new Int32Array(Math.max(1024, expected));
  }

  /** Adds an article and verifies it against every earlier candidate. */
  add(item: DedupItem): void {
    const i = this.items.length;
    this.items.push(item);
    this.reasons.push(null);
    if (i === this.parent.length) this.grow();
    this.parent[i] = i;
    this.stamp[i] = -1;
    const { keys } = item.fingerprint;
    const consider = (j: number) => this.consider(i, j);
    // Each key's earlier articles are verified, then i joins the key (meeting itself there is a no-op).
    for (let k = 0; k < keys.length; k++) this.keys.visitThenAdd(keys[k] as number, i, consider, MAX_PER_KEY);
    if (item.url !== null && this.settings.byUrl) {
      const j = this.urls.get(item.url);
      if (j === undefined) this.urls.set(item.url, i);
      else this.consider(i, j);
    }
    if (this.store) {
      for (const stored of this.store.candidates(keys, item.url)) {
        const verdict = compareEntries(item, stored.entry, this.settings);
        if (verdict.reason === null) continue;
        this.reasons[i] ??= verdict.reason;
        this.storedLinks.push([stored.cluster, i]);
        const j = this.firstLinked.get(stored.cluster);
        if (j === undefined) this.firstLinked.set(stored.cluster, i);
        else this.union(i, j);
      }
    }
  }

  private consider(i: number, j: number): void {
    if (this.stamp[j] === i) return;
    this.stamp[j] = i;
    if (this.find(i) === this.find(j)) return;
    const a = this.items[i] as DedupItem;
    const b = this.items[j] as DedupItem;
    const verdict = compareEntries(a, b, this.settings);
    if (verdict.reason === null) return;
    this.reasons[i] ??= verdict.reason;
    this.union(i, j);
  }

  private find(i: number): number {
    return findRoot(this.parent, i);
  }

  private union(a: number, b: number): void {
    unionRoots(this.parent, a, b);
  }

  private grow(): void {
    const parent = new Int32Array(this.parent.length * 2);
    parent.set(this.parent);
    this.parent = parent;
    const stamp = new Int32Array(this.stamp.length * 2);
    stamp.set(this.stamp);
    this.stamp = stamp;
  }

  /**
   * The clusters: one result per added article, in order, and every cluster this run touched. Kept articles
   * are tracked by position in typed arrays; an object per cluster only where earlier runs are involved.
   */
  finish(): { results: DedupResult[]; clusters: ClusterChange[] } {
    const n = this.items.length;
    const items = this.items;
    const base = this.store?.nextSeq ?? 0;
    const storedByRoot = new Map<number, Set<string>>();
    for (const [label, i] of this.storedLinks) {
      const root = this.find(i);
      const set = storedByRoot.get(root) ?? new Set<string>();
      storedByRoot.set(root, set);
      set.add(label);
    }
    const roots = new Int32Array(n);
    // By root: the kept article's position, unless an earlier run's kept article is kept (`storedKept`).
    const kept = new Int32Array(n);
    const storedKept = new Map<number, Member>();
    const changeByRoot = new Map<number, { label: string; firstSeq: number; merged: string[] }>();
    for (let i = 0; i < n; i++) {
      const root = this.find(i);
      roots[i] = root;
      if (root !== i) {
        const stored = storedKept.size > 0 ? storedKept.get(root) : undefined;
        if (stored) {
          if (this.better(this.memberOf(i, base), stored)) {
            storedKept.delete(root);
            kept[root] = i;
          }
        } else if (this.betterAt(i, kept[root] as number)) kept[root] = i;
        continue;
      }
      // i is the component's first article of this run (roots are the lowest positions).
      kept[root] = i;
      const labels = storedByRoot.get(root);
      if (!labels) continue;
      let best = this.memberOf(i, base);
      const change = { label: best.id, firstSeq: base + i, merged: [] as string[] };
      const stored = [...labels]
        .map((label) => this.store?.cluster(label))
        .filter((c): c is StoredCluster => !!c)
        .sort((a, b) => a.firstSeq - b.firstSeq);
      for (const c of stored) {
        const keptOfC: Member = {
          order: c.keptSeq,
          id: c.keptId,
          length: c.keptLength,
          date: c.keptDate,
          index: null,
          entry: null,
          seq: c.keptSeq,
        };
        if (this.better(keptOfC, best)) best = keptOfC;
        change.merged.push(c.label);
      }
      const first = stored[0];
      if (first) {
        change.label = first.label;
        change.firstSeq = first.firstSeq;
        change.merged.shift();
      }
      if (best.index === null) storedKept.set(root, best);
      changeByRoot.set(root, change);
    }
    const results: DedupResult[] = [];
    for (let i = 0; i < n; i++) {
      const item = items[i] as DedupItem;
      const root = roots[i] as number;
      const stored = storedKept.size > 0 ? storedKept.get(root) : undefined;
      const cluster = changeByRoot.get(root)?.label ?? (items[root] as DedupItem).id;
      const keptAt = kept[root] as number;
      if (!stored && keptAt === i) {
        results.push({
          id: item.id,
          cluster,
          duplicateOf: null,
          similarity: null,
          reason: null,
          keptIndex: i,
        });
        continue;
      }
      const keptEntry = stored
        ? stored.seq !== null
          ? this.store?.article(stored.seq)?.entry
          : undefined
        : (items[keptAt] as DedupItem);
      let similarity: number | null = null;
      let reason: ClusterReason = this.reasons[i] ?? 'linked';
      if (keptEntry) {
        const verdict = compareEntries(item, keptEntry, this.settings);
        // The verdict's Jaccard, except for two empty bodies (joined by their URL), which are alike.
        const empty = item.fingerprint.words === 0 && keptEntry.fingerprint.words === 0;
        similarity = round(empty ? 1 : verdict.jaccard);
        reason = verdict.reason ?? 'linked';
      }
      const duplicateOf = stored ? stored.id : (items[keptAt] as DedupItem).id;
      results.push({
        id: item.id,
        cluster,
        duplicateOf,
        similarity,
        reason,
        keptIndex: stored ? null : keptAt,
      });
    }
    const clusters: ClusterChange[] = [];
    for (let root = 0; root < n; root++) {
      if (roots[root] !== root) continue;
      const change = changeByRoot.get(root);
      const stored = storedKept.size > 0 ? storedKept.get(root) : undefined;
      const keptItem = items[kept[root] as number] as DedupItem;
      const cluster: StoredCluster = {
        label: change?.label ?? (items[root] as DedupItem).id,
        firstSeq: change?.firstSeq ?? base + root,
        keptSeq: stored ? (stored.seq as number) : base + (kept[root] as number),
        keptId: stored ? stored.id : keptItem.id,
        keptLength: stored ? stored.length : keptItem.length,
        keptDate: stored ? stored.date : keptItem.publishedAt,
      };
      clusters.push({ cluster, merged: change?.merged ?? [] });
    }
    return { results, clusters };
  }

  /** Whether this run's article `a` is a better one to keep than its article `b` (as `better`). */
  private betterAt(a: number, b: number): boolean {
    const x = this.items[a] as DedupItem;
    const y = this.items[b] as DedupItem;
    const rule = this.settings.keep;
    if (rule === 'longest' && x.length !== y.length) return x.length > y.length;
    if (rule === 'earliest' && x.publishedAt !== y.publishedAt) {
      if (x.publishedAt === null) return false;
      if (y.publishedAt === null) return true;
      return x.publishedAt < y.publishedAt;
    }
    return a < b;
  }

  private memberOf(i: number, base: number): Member {
    const item = this.items[i] as DedupItem;
    return {
      order: base + i,
      id: item.id,
      length: item.length,
      date: item.publishedAt,
      index: i,
      entry: item,
      seq: null,
    };
  }

  private better(a: Member, b: Member): boolean {
    const rule = this.settings.keep;
    if (rule === 'longest' && a.length !== b.length) return a.length > b.length;
    if (rule === 'earliest' && a.date !== b.date) {
      if (a.date === null) return false;
      if (b.date === null) return true;
      return a.date < b.date;
    }
    return a.order < b.order;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
