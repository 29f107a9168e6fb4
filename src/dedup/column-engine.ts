/**
 * Clustering a whole corpus from its FingerprintFile with a few bytes an article in memory. Same partition,
 * kept members, similarities and reasons as DedupEngine (src/dedup/engine.ts) without an index; the work is
 * done once every article is in:
 *
 * 1. Same canonical URL: articles sorted by their 64-bit URL hash; equal hashes are confirmed on the URLs
 *    read back, and joined.
 * 2. Candidates: the key stream is read in key ranges small enough to sort in memory (about 2M keys a
 *    range); within a key, each article meets the 256 articles before it that carry the key (what
 *    DedupEngine's key table visits). The pairs are sorted and verified once each, on shingles read back
 *    from the file, unless the two are already in one cluster. The clusters are the connected components of
 *    the verified pairs, which do not depend on the order in which pairs are verified.
 * 3. Kept member and similarity per cluster, in typed columns (`ColumnResults`).
 */

import { sortedIntersectionSize } from '../text/similarity.js';
import { grown } from '../typed-arrays.js';
import { figuresAgree } from './compare.js';
import type { ClusterReason } from './engine.js';
import type { FingerprintFile, StoredParts } from './fingerprint-file.js';
import type { DedupSettings } from './options.js';
import type { CorpusResult, CorpusResults } from './results.js';
import { findRoot, unionRoots } from './union-find.js';

/** Most earlier articles met per key (DedupEngine's MAX_PER_KEY). */
const MAX_PER_KEY = 256;
/** Keys sorted at once. */
const RANGE_KEYS = 1 << 21;
/** Candidate pairs gathered before they are sorted and verified. */
const PAIR_BUFFER = 1 << 21;
/** Entries of the cache of parts read back (a power of two), and the most values an entry keeps. */
const CACHE = 2048;
const CACHE_VALUES = 4096;
const NO_KEYS = new Uint32Array(0);
/** Distinct pairs remembered, so that pairs met in several batches are verified once. */
const REJECTED = 1 << 20;

const NONE = 0;
const URL = 1;
const EXACT = 2;
const NEAR = 3;
const CONTAINED = 4;
const LINKED = 5;
const REASONS: (ClusterReason | null)[] = [null, 'url', 'exact', 'near', 'contained', 'linked'];

/** The clusters of a corpus as columns: one result per article, made on demand. */
export class ColumnResults implements CorpusResults {
  constructor(
    private readonly file: FingerprintFile,
    /** Each article's cluster root (its first article). */
    private readonly roots: Int32Array,
    /** By root: the kept article. */
    private readonly kept: Int32Array,
    /** Similarity to the kept article in thousandths, −1 for a kept article. */
    private readonly similarity: Int16Array,
    private readonly reasons: Uint8Array,
  ) {}

  get size(): number {
    return this.roots.length;
  }

  /** The first article of the cluster of the article at `position`. */
  root(position: number): number {
    return this.roots[position] as number;
  }

  get(position: number): CorpusResult {
    if (!(position >= 0 && position < this.roots.length)) throw new RangeError(`no article at ${position}`);
    // Results are asked in input order: ids are read block by block.
    const id = this.file.idInOrder(position);
    const root = this.roots[position] as number;
    const cluster = root === position ? id : this.file.id(root);
    const keptAt = this.kept[root] as number;
    if (keptAt === position)
      return {
        id,
        cluster,
        duplicateOf: null,
        similarity: null,
        reason: null,
        keptIndex: position,
        known: false,
      };
    return {
      id,
      cluster,
      duplicateOf: keptAt === root ? cluster : this.file.id(keptAt),
      similarity: (this.similarity[position] as number) / 1000,
      reason: REASONS[this.reasons[position] as number] ?? 'linked',
      keptIndex: keptAt,
      known: false,
    };
  }

  isDuplicate(position: number): boolean {
    return this.kept[this.roots[position] as number] !== position;
  }

  *[Symbol.iterator](): Iterator<CorpusResult> {
    for (let i = 0; i < this.roots.length; i++) yield this.get(i);
  }

  clusterCount(): number {
    let count = 0;
    for (let i = 0; i < this.roots.length; i++) if (this.roots[i] === i) count++;
    return count;
  }
}

/** Sizes of the work buffers (tests make them small to exercise several key ranges and pair batches). */
export interface ColumnLimits {
  /** Keys sorted at once (a power of two of key ranges is read). Default 2M. */
  readonly rangeKeys?: number;
  /** Candidate pairs gathered before they are sorted and verified. Default 2M. */
  readonly pairBuffer?: number;
}

/** Clusters every article of `file` (see the module comment). */
export function clusterColumns(
  file: FingerprintFile,
  settings: DedupSettings,
  limits: ColumnLimits = {},
): ColumnResults {
  return new ColumnClusterer(file, settings, limits).run();
}

class ColumnClusterer {
  private readonly n: number;
  private readonly parent: Int32Array;
  private readonly reasons: Uint8Array;
  /** Per article, the first article with the same canonical URL (−1: none, or URLs do not count). */
  private urlGroup: Int32Array | null = null;
  // A direct-mapped cache of parts read back (by article number): the candidates of a shared key are the
  // 256 articles before, met again by each next article that carries it.
  private readonly cacheOwner = new Int32Array(CACHE).fill(-1);
  private readonly cacheBuffer: (Uint32Array | null)[] = new Array(CACHE).fill(null);
  private readonly cacheParts: (StoredParts | null)[] = new Array(CACHE).fill(null);
  /** Cache entry holding the first article of the current comparison (not to be replaced by the second). */
  private pinned = -1;
  /** Pairs verified distinct (the most recent ones). */
  private readonly rejected = new CodeSet(REJECTED);
  /** The Jaccard index measured by the last `compare`. */
  private jaccard = 0;

  constructor(
    private readonly file: FingerprintFile,
    private readonly settings: DedupSettings,
    private readonly limits: ColumnLimits,
  ) {
    this.n = file.size;
    // A pair is coded as i · n + j in a double: exact while n² < 2^53.
    if (this.n > 90_000_000) throw new RangeError('dedup handles at most 90 million articles per run');
    this.parent = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) this.parent[i] = i;
    this.reasons = new Uint8Array(this.n);
  }

  run(): ColumnResults {
    if (this.settings.byUrl) this.joinUrls();
    this.joinCandidates();
    return this.results();
  }

  /** Joins articles with the same canonical URL (hashes sorted, equal ones confirmed on the URL). */
  private joinUrls(): void {
    const { file, n } = this;
    let count = 0;
    for (let i = 0; i < n; i++) if (file.urlA[i] !== 0 || file.urlB[i] !== 0) count++;
    const group = new Int32Array(n).fill(-1);
    this.urlGroup = group;
    if (count < 2) {
      for (let i = 0; i < n; i++) if (file.urlA[i] !== 0 || file.urlB[i] !== 0) group[i] = i;
      return;
    }
    let order: Int32Array = new Int32Array(count);
    count = 0;
    for (let i = 0; i < n; i++) if (file.urlA[i] !== 0 || file.urlB[i] !== 0) order[count++] = i;
    // Stable: by the low word, then the high word; equal hashes stay in input order.
    order = sortIndices(order, file.urlA);
    order = sortIndices(order, file.urlB);
    let start = 0;
    while (start < count) {
      const first = order[start] as number;
      let end = start + 1;
      while (
        end < count &&
        file.urlA[order[end] as number] === file.urlA[first] &&
        file.urlB[order[end] as number] === file.urlB[first]
      )
        end++;
      group[first] = first;
      if (end - start > 1) {
        // Distinct URLs with one hash (never seen, but possible) each keep their own first article.
        const firsts = [first];
        const urls = [file.url(first)];
        for (let t = start + 1; t < end; t++) {
          const i = order[t] as number;
          const url = file.url(i);
          let k = urls.indexOf(url);
          if (k < 0) {
            k = urls.length;
            urls.push(url);
            firsts.push(i);
          }
          const j = firsts[k] as number;
          group[i] = j;
          if (j !== i) this.union(i, j);
        }
      }
      start = end;
    }
  }

  /** Lists the candidate pairs key range by key range and verifies them. */
  private joinCandidates(): void {
    const { file, n } = this;
    let total = 0;
    for (let i = 0; i < n; i++) total += file.keyCount[i] as number;
    if (total === 0) return;
    let bits = 0;
    while (bits < 16 && total / 2 ** bits > (this.limits.rangeKeys ?? RANGE_KEYS)) bits++;
    const shift = 32 - bits;
    const chunk = new Uint32Array(Math.min(total, 1 << 20));
    let keys: Uint32Array = new Uint32Array(Math.min(total, Math.ceil((total / 2 ** bits) * 1.25) + 1024));
    let articles: Int32Array = new Int32Array(keys.length);
    const limit = this.limits.pairBuffer ?? PAIR_BUFFER;
    let pairs = new Float64Array(Math.min(limit, 1 << 16));
    let pairCount = 0;
    const sorter = new PairSorter();
    for (let range = 0; range < 2 ** bits; range++) {
      // The range's (key, article) entries, in the order DedupEngine adds them.
      let m = 0;
      let article = 0;
      let left = file.keyCount[0] as number;
      for (let at = 0; at < total; at += chunk.length) {
        const count = Math.min(chunk.length, total - at);
        file.readKeys(at, count, chunk);
        for (let t = 0; t < count; t++) {
          while (left === 0) left = file.keyCount[++article] as number;
          left--;
          const key = chunk[t] as number;
          if (bits !== 0 && key >>> shift !== range) continue;
          if (m === keys.length) {
            keys = grown(keys);
            articles = grown(articles);
          }
          keys[m] = key;
          articles[m] = article;
          m++;
        }
      }
      sorter.sort(keys, articles, m);
      // Keys carried by the same articles give the same pairs: a template shared by many articles has most
      // of its band keys in common, so each such group of 8 or more is listed once.
      const groups = new Map<number, number[]>();
      let start = 0;
      while (start < m) {
        const key = keys[start] as number;
        let end = start + 1;
        while (end < m && keys[end] === key) end++;
        if (end - start >= 8 && this.seenGroup(groups, articles, start, end)) {
          start = end;
          continue;
        }
        for (let t = start + 1; t < end; t++) {
          const i = articles[t] as number;
          const from = Math.max(start, t - MAX_PER_KEY);
          for (let s = t - 1; s >= from; s--) {
            const j = articles[s] as number;
            if (j === i || this.find(i) === this.find(j)) continue;
            if (pairCount === pairs.length) {
              if (pairs.length < limit) {
                const next = new Float64Array(Math.min(limit, pairs.length * 2));
                next.set(pairs);
                pairs = next;
              } else {
                this.verify(pairs, pairCount);
                pairCount = 0;
              }
            }
            pairs[pairCount++] = i * n + j;
          }
        }
        start = end;
      }
    }
    this.verify(pairs, pairCount);
  }

  /** Whether `articles[start, end)` equals a group met before in this range (else it is remembered). */
  private seenGroup(
    groups: Map<number, number[]>,
    articles: Int32Array,
    start: number,
    end: number,
  ): boolean {
    let h = end - start;
    for (let t = start; t < end; t++)
      h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + (articles[t] as number)) | 0;
    // Starts of the earlier groups with this hash and this length.
    const starts = groups.get(h);
    if (starts) {
      for (let g = 0; g < starts.length; g += 2) {
        if (starts[g + 1] !== end - start) continue;
        const other = starts[g] as number;
        let same = true;
        for (let t = 0; t < end - start && same; t++) same = articles[other + t] === articles[start + t];
        if (same) return true;
      }
      starts.push(start, end - start);
    } else groups.set(h, [start, end - start]);
    return false;
  }

  /** Verifies each distinct pair `i · n + j` once (in order of i, then j), joining duplicates. */
  private verify(pairs: Float64Array, count: number): void {
    const sorted = pairs.subarray(0, count).sort();
    const n = this.n;
    let previous = -1;
    for (let t = 0; t < count; t++) {
      const code = sorted[t] as number;
      if (code === previous) continue;
      previous = code;
      const i = Math.floor(code / n);
      const j = code - i * n;
      if (this.find(i) === this.find(j) || this.rejected.has(code)) continue;
      if (!this.duplicates(i, j)) {
        // A pair met again in a later batch (it shares keys of several ranges) is not verified again.
        this.rejected.add(code);
        continue;
      }
      this.union(i, j);
    }
  }

  /**
   * Whether compareEntries (src/dedup/compare.ts) finds two stored articles duplicates, decided with the least
   * work: URL and exact hashes first; then the intersection of shingles the verdict needs (`needed`), sought
   * in b's bitmap (an upper bound, without reading b) and then in b's shingles, each count stopping as soon as
   * the answer is known. The Jaccard index is not measured (`results` measures it for the printed pairs).
   */
  private duplicates(a: number, b: number): boolean {
    const { file, settings } = this;
    const group = this.urlGroup;
    if (group !== null && (group[a] as number) >= 0 && group[a] === group[b]) return true;
    const wa = file.words[a] as number;
    const wb = file.words[b] as number;
    if (wa < settings.minWords || wb < settings.minWords) return false;
    if (wa === wb && file.exactA[a] === file.exactA[b] && file.exactB[a] === file.exactB[b]) return true;
    const pa = this.parts(a, 0);
    const need = this.needed(pa.shingles.length, file.shingleCount[b] as number);
    if (need < 0 || !file.bitmapReaches(b, pa.shingles, need)) return false;
    const pb = this.parts(b, 1);
    return (
      intersectionReaches(pa.shingles, pb.shingles, need) && figuresAgree(pa.numbers, pb.numbers, settings)
    );
  }

  /**
   * The smallest shingle intersection that makes two bodies of `na` and `nb` distinct shingles near or
   * contained duplicates by compare's own arithmetic, or −1 when none does. Both measures grow with the
   * intersection, so a binary search over [0, min(na, nb)] finds it.
   */
  private needed(na: number, nb: number): number {
    let low = 0;
    let high = Math.min(na, nb);
    if (!this.passes(high, na, nb)) return -1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.passes(mid, na, nb)) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** Whether an intersection of `inter` shingles makes a near or contained pair (compare's tests). */
  private passes(inter: number, na: number, nb: number): boolean {
    const { settings } = this;
    const union = na + nb - inter;
    const jaccard = union === 0 ? 0 : inter / union;
    if (jaccard >= settings.jaccard) return true;
    const shorter = Math.min(na, nb);
    const containment = shorter === 0 ? 0 : inter / shorter;
    return containment >= settings.containment && shorter >= settings.containmentMinShingles;
  }

  /**
   * compareEntries (src/dedup/compare.ts) on two stored articles: the reason (NONE when distinct), with the
   * Jaccard index in `this.jaccard`. Shingles are read only when the URL or exact hashes do not decide.
   */
  private compare(a: number, b: number): number {
    const { file, settings } = this;
    const group = this.urlGroup;
    const sameUrl = group !== null && (group[a] as number) >= 0 && group[a] === group[b];
    const wa = file.words[a] as number;
    const wb = file.words[b] as number;
    const judged = wa >= settings.minWords && wb >= settings.minWords;
    if (
      !sameUrl &&
      judged &&
      wa === wb &&
      file.exactA[a] === file.exactA[b] &&
      file.exactB[a] === file.exactB[b]
    ) {
      this.jaccard = 1;
      return EXACT;
    }
    const pa = this.parts(a, 0);
    const pb = this.parts(b, 1);
    const sa = pa.shingles;
    const sb = pb.shingles;
    const inter = sortedIntersectionSize(sa, sb);
    const union = sa.length + sb.length - inter;
    const jaccard = union === 0 ? 0 : inter / union;
    this.jaccard = jaccard;
    if (sameUrl) return URL;
    if (!judged) return NONE;
    const shorter = Math.min(sa.length, sb.length);
    const containment = shorter === 0 ? 0 : inter / shorter;
    let reason = NONE;
    if (jaccard >= settings.jaccard) reason = NEAR;
    else if (containment >= settings.containment && shorter >= settings.containmentMinShingles)
      reason = CONTAINED;
    if (reason !== NONE && !figuresAgree(pa.numbers, pb.numbers, settings)) reason = NONE;
    return reason;
  }

  /** An article's stored parts (read into read slot `slot` unless cached). */
  private parts(i: number, slot: number): StoredParts {
    const c = i & (CACHE - 1);
    if (this.cacheOwner[c] === i) {
      if (slot === 0) this.pinned = c;
      return this.cacheParts[c] as StoredParts;
    }
    const parts = this.file.read(i, slot);
    const s = parts.shingles.length;
    const n = parts.numbers.length;
    // Comparisons need no keys: the cache keeps shingles and figures.
    const size = s + n;
    if (slot === 0) this.pinned = -1;
    if (size > CACHE_VALUES || (slot === 1 && c === this.pinned)) return parts;
    let buffer = this.cacheBuffer[c];
    if (!buffer || buffer.length < size) {
      buffer = new Uint32Array(Math.max(size, 512));
      this.cacheBuffer[c] = buffer;
    }
    buffer.set(parts.shingles, 0);
    buffer.set(parts.numbers, s);
    const cached = { shingles: buffer.subarray(0, s), numbers: buffer.subarray(s, size), keys: NO_KEYS };
    this.cacheOwner[c] = i;
    this.cacheParts[c] = cached;
    if (slot === 0) this.pinned = c;
    return cached;
  }

  private results(): ColumnResults {
    const { n, file, parent } = this;
    for (let i = 0; i < n; i++) parent[i] = this.find(i);
    const kept = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const root = parent[i] as number;
      if (root === i) kept[i] = i;
      else if (this.betterAt(i, kept[root] as number)) kept[root] = i;
    }
    const similarity = new Int16Array(n);
    const reasons = this.reasons;
    for (let i = 0; i < n; i++) {
      const keptAt = kept[parent[i] as number] as number;
      if (keptAt === i) {
        similarity[i] = -1;
        reasons[i] = NONE;
        continue;
      }
      const reason = this.compare(i, keptAt);
      // The verdict's Jaccard, except for two empty bodies (joined by their URL), which are alike.
      const empty = file.words[i] === 0 && file.words[keptAt] === 0;
      similarity[i] = Math.round((empty ? 1 : this.jaccard) * 1000);
      reasons[i] = reason === NONE ? LINKED : reason;
    }
    return new ColumnResults(file, parent, kept, similarity, reasons);
  }

  /** Whether article `a` is a better one to keep than article `b` (DedupEngine's rule). */
  private betterAt(a: number, b: number): boolean {
    const { file } = this;
    const rule = this.settings.keep;
    if (rule === 'longest' && file.words[a] !== file.words[b])
      return (file.words[a] as number) > (file.words[b] as number);
    if (rule === 'earliest') {
      const order = file.compareDates(a, b);
      if (order !== 0) {
        if (!file.hasDate(a)) return false;
        if (!file.hasDate(b)) return true;
        return order < 0;
      }
    }
    return a < b;
  }

  private find(i: number): number {
    return findRoot(this.parent, i);
  }

  private union(a: number, b: number): void {
    unionRoots(this.parent, a, b);
  }
}

/** `order` stably sorted by `key[order[t]]` (two 16-bit counting passes). */
function sortIndices(order: Int32Array, key: Uint32Array): Int32Array {
  let from: Int32Array = order;
  let to: Int32Array = new Int32Array(order.length);
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let t = 0; t < from.length; t++)
      (counts[(((key[from[t] as number] as number) >>> shift) & 0xffff) + 1] as number)++;
    for (let k = 1; k < counts.length; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
    for (let t = 0; t < from.length; t++) {
      const i = from[t] as number;
      const d = ((key[i] as number) >>> shift) & 0xffff;
      to[counts[d] as number] = i;
      counts[d] = (counts[d] as number) + 1;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

/** Stable sort of (key, article) entries by key, two 16-bit counting passes through reused buffers. */
class PairSorter {
  private keys = new Uint32Array(0);
  private articles = new Int32Array(0);
  private readonly counts = new Uint32Array(65537);

  sort(keys: Uint32Array, articles: Int32Array, m: number): void {
    if (this.keys.length < m) {
      this.keys = new Uint32Array(keys.length);
      this.articles = new Int32Array(keys.length);
    }
    const counts = this.counts;
    // Low half: data → buffers; high half: buffers → data.
    for (const [shift, fromKeys, fromArticles, toKeys, toArticles] of [
      [0, keys, articles, this.keys, this.articles],
      [16, this.keys, this.articles, keys, articles],
    ] as const) {
      counts.fill(0);
      for (let t = 0; t < m; t++) (counts[(((fromKeys[t] as number) >>> shift) & 0xffff) + 1] as number)++;
      for (let k = 1; k < counts.length; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
      for (let t = 0; t < m; t++) {
        const key = fromKeys[t] as number;
        const d = (key >>> shift) & 0xffff;
        const at = counts[d] as number;
        counts[d] = at + 1;
        toKeys[at] = key;
        toArticles[at] = fromArticles[t] as number;
      }
    }
  }
}

/**
 * A set of pair codes (non-negative integers below 2^53) in an open-addressing Float64Array; once it holds
 * `capacity` codes it is emptied and starts again (it remembers recent pairs, a cache).
 */
class CodeSet {
  private table = new Float64Array(1024).fill(-1);
  private used = 0;

  constructor(private readonly capacity: number) {}

  has(code: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    let slot = CodeSet.hash(code) & mask;
    for (;;) {
      const v = table[slot] as number;
      if (v === code) return true;
      if (v === -1) return false;
      slot = (slot + 1) & mask;
    }
  }

  add(code: number): void {
    if (this.used >= this.capacity) {
      this.table.fill(-1);
      this.used = 0;
    }
    if ((this.used + 1) * 2 > this.table.length) this.grow();
    const table = this.table;
    const mask = table.length - 1;
    let slot = CodeSet.hash(code) & mask;
    for (;;) {
      const v = table[slot] as number;
      if (v === code) return;
      if (v === -1) break;
      slot = (slot + 1) & mask;
    }
    table[slot] = code;
    this.used++;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.used = 0;
    for (const v of old) if (v !== -1) this.add(v);
  }

  private static hash(code: number): number {
    const low = code % 4294967296;
    const high = (code - low) / 4294967296;
    const x = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
    return (x ^ (x >>> 16)) >>> 0;
  }
}

/**
 * Whether two ascending, duplicate-free arrays share at least `need` values: a merge that stops once they do,
 * or once the values left in either array cannot make up the difference.
 */
export function intersectionReaches(a: Uint32Array, b: Uint32Array, need: number): boolean {
  if (need <= 0) return true;
  const na = a.length;
  const nb = b.length;
  // Values of each array that may still be missing from the other.
  let slackA = na - need;
  let slackB = nb - need;
  if (slackA < 0 || slackB < 0) return false;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < na && j < nb) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      if (++n === need) return true;
      i++;
      j++;
    } else if (x < y) {
      if (--slackA < 0) return false;
      i++;
    } else {
      if (--slackB < 0) return false;
      j++;
    }
  }
  return false;
}
