/**
 * A corpus being deduplicated: clean bodies come in one by one, fingerprints and recurring-paragraph counts
 * are kept compactly, and `finish` clusters everything (optionally against an index of earlier runs).
 */

import { TempTexts } from '../io/temp-file.js';
import { type ColumnResults, clusterColumns } from './column-engine.js';
import { type ClusterChange, DedupEngine, type DedupItem } from './engine.js';
import { type Fingerprint, makeFingerprinter } from './fingerprint.js';
import { FingerprintFile } from './fingerprint-file.js';
import { combine32 } from './hash.js';
import type { DedupSettings } from './options.js';
import { RecurringCounter, type RecurringParagraph } from './recurring.js';
import { ArrayResults, type CorpusResult, type CorpusResults } from './results.js';
import type { DedupStore } from './store.js';

export type { CorpusResult, CorpusResults } from './results.js';

/** How a corpus is collected. */
export interface CorpusOptions {
  /** Count recurring paragraphs per site (for a report or stripping). Default false. */
  readonly countRecurring?: boolean;
  /** Leave recurring paragraphs out of the fingerprints. Default false. */
  readonly stripRecurring?: boolean;
  /** A paragraph recurs when this many distinct articles of one site carry it. Default 5. */
  readonly recurringMin?: number;
}

/** One clean article as dedup sees it. */
export interface CorpusInput {
  readonly id: string;
  readonly paragraphs: readonly string[];
  /**
   * The word hashes of `paragraphs` end to end, as `wordHashesInto` (src/text/word-hashes.ts) gives them, when
   * known (the duplicate-blocks stage keeps them); computed from the paragraphs otherwise.
   */
  readonly words?: Uint32Array;
  /** Canonical URL, or null. */
  readonly url: string | null;
  /** Site for recurring-paragraph counts (see siteOf). */
  readonly site: string;
  readonly publishedAt: string | null;
}

/**
 * Collects a corpus and clusters it. Each article costs about 180 bytes of memory (typed columns, a shingle
 * bitmap); its shingles, figures, keys, id and URL wait in temporary files (src/dedup/fingerprint-file.ts) until
 * `remove` (or the end of the process). Counting and stripping recurring paragraphs keep more (paragraph keys, and
 * for stripping the paragraphs), as does a run against an index (every fingerprint of the run).
 */
export class Corpus {
  private readonly fingerprinter;
  private readonly file = new FingerprintFile();
  // Interned sites; (counting only) the paragraph keys and (stripping only) the paragraphs.
  private siteOf = new Int32Array(1024);
  private readonly sites: string[] = [];
  private readonly siteCodes = new Map<string, number>();
  private readonly paragraphs = new TempTexts('paragraphs.jsonl');
  /** Paragraph keys of every article, one after the other; article a's are [keyStart[a], keyStart[a + 1]). */
  private keyValues = new Uint32Array(0);
  private keyStart = new Float64Array(1);
  private readonly recurring: RecurringCounter | null;
  private readonly seenBodies = new TripleSet();
  /** Final recurring (site, paragraph) keys, known once `finish` ran. */
  private final: Map<number, RecurringParagraph> | null = null;

  constructor(
    private readonly settings: DedupSettings,
    private readonly options: CorpusOptions = {},
  ) {
    this.fingerprinter = makeFingerprinter(settings);
    const count = options.countRecurring || options.stripRecurring;
    this.recurring = count ? new RecurringCounter(options.recurringMin ?? 5) : null;
  }

  /** Number of articles added. */
  get size(): number {
    return this.file.size;
  }

  /** Bytes of memory held by the columns (not the temporary files). */
  get bytes(): number {
    return this.file.bytes + this.siteOf.byteLength;
  }

  /** Adds one clean article; returns its position. */
  add(input: CorpusInput): number {
    let keys: Uint32Array | null = null;
    if (this.recurring) {
      keys = Uint32Array.from(input.paragraphs, (p) => this.fingerprinter.paragraphKey(p));
      let body = 0;
      for (const k of keys) body = combine32(body, k);
      // Exact copies count once here; near copies are told apart by the clusters in `finish`.
      if (this.seenBodies.add(this.siteCode(input.site), body, keys.length))
        this.recurring.addArticle(input.site, input.paragraphs, keys);
    }
    const fingerprint = this.fingerprinter.scratch(input.paragraphs, input.words);
    const position = this.file.add(input.id, input.url, input.publishedAt, fingerprint);
    if (position === this.siteOf.length) {
      const next = new Int32Array(Math.ceil(position * 1.5));
      next.set(this.siteOf);
      this.siteOf = next;
    }
    this.siteOf[position] = this.siteCode(input.site);
    if (this.options.stripRecurring) this.paragraphs.push(JSON.stringify(input.paragraphs));
    if (keys) this.pushKeys(position, keys);
    return position;
  }

  private siteCode(site: string): number {
    let code = this.siteCodes.get(site);
    if (code === undefined) {
      code = this.sites.length;
      this.sites.push(site);
      this.siteCodes.set(site, code);
    }
    return code;
  }

  private pushKeys(position: number, keys: Uint32Array): void {
    if (position + 2 > this.keyStart.length) {
      const next = new Float64Array(Math.max(1024, Math.ceil((position + 2) * 1.5)));
      next.set(this.keyStart);
      this.keyStart = next;
    }
    const start = this.keyStart[position] as number;
    const end = start + keys.length;
    if (end > this.keyValues.length) {
      const next = new Uint32Array(Math.max(4096, Math.ceil(end * 1.5)));
      next.set(this.keyValues);
      this.keyValues = next;
    }
    this.keyValues.set(keys, start);
    this.keyStart[position + 1] = end;
  }

  /** Paragraph keys of an article (counting only). */
  private keysOf(position: number): Uint32Array {
    if (position + 1 >= this.keyStart.length) return new Uint32Array(0);
    return this.keyValues.subarray(this.keyStart[position] as number, this.keyStart[position + 1] as number);
  }

  /** The paragraphs of an article (stripping only; else empty). */
  private paragraphsOf(position: number): readonly string[] {
    const json = this.paragraphs.get(position);
    return json === undefined ? [] : (JSON.parse(json) as string[]);
  }

  /** The fingerprint of an added article (after stripping, once `finish` ran): a copy read back. */
  fingerprintOf(index: number): Fingerprint | null {
    if (!(index >= 0 && index < this.file.size)) return null;
    return this.file.fingerprintOf(index);
  }

  /** The input of an added article (its paragraphs are dropped unless stripping needs them). */
  inputOf(index: number): CorpusInput {
    if (!(index >= 0 && index < this.file.size)) throw new RangeError(`no article at ${index}`);
    return {
      id: this.file.id(index),
      paragraphs: this.paragraphsOf(index),
      url: this.file.url(index),
      site: this.sites[this.siteOf[index] as number] as string,
      publishedAt: this.file.publishedAt(index),
    };
  }

  /** The site of an added article. */
  siteAt(index: number): string {
    return this.sites[this.siteOf[index] as number] as string;
  }

  /** Whether a paragraph of an article of `site` is recurring template text (known once `finish` ran). */
  isRecurring(site: string, paragraph: string): boolean {
    if (!this.final || !this.recurring) return false;
    return this.final.has(this.recurring.keyOf(site, this.fingerprinter.paragraphKey(paragraph)));
  }

  /** Recurring paragraphs, most frequent first (empty unless counting; known once `finish` ran). */
  recurringParagraphs(): RecurringParagraph[] {
    return [...(this.final?.values() ?? [])].sort(
      (a, b) => b.count - a.count || a.site.localeCompare(b.site) || a.text.localeCompare(b.text),
    );
  }

  /**
   * Clusters the corpus, against `store` when given; one result per article, in input order. When counting
   * recurring paragraphs, a first clustering makes each story count once per site; with stripping, the
   * fingerprints are then made again without the recurring paragraphs and clustered again. The cluster
   * changes are listed only against a store (what the index records).
   */
  finish(store: DedupStore | null = null): { results: CorpusResults; clusters: ClusterChange[] } {
    if (!this.recurring) return this.cluster(store);
    const first = clusterColumns(this.file, this.settings);
    this.final = this.countPerCluster(first);
    if (this.options.stripRecurring) {
      const recurring = this.recurring;
      const final = this.final;
      let changed = false;
      for (let a = 0; a < this.file.size; a++) {
        const keys = this.keysOf(a);
        const site = this.siteAt(a);
        let strip = false;
        for (const k of keys) if (final.has(recurring.keyOf(site, k))) strip = true;
        if (!strip) continue;
        const paragraphs = this.paragraphsOf(a);
        const body = paragraphs.filter((_p, i) => !final.has(recurring.keyOf(site, keys[i] ?? 0)));
        if (body.length === paragraphs.length) continue;
        this.file.replace(a, this.fingerprinter.scratch(body));
        changed = true;
      }
      if (changed) this.file.rewriteKeys();
      return this.cluster(store);
    }
    return store ? this.cluster(store) : { results: first, clusters: [] };
  }

  /** Removes the temporary files; the corpus can no longer be read or clustered. */
  remove(): void {
    this.file.remove();
    this.paragraphs.remove();
  }

  /** Counts the candidate recurring paragraphs once per cluster and site; keeps those still frequent. */
  private countPerCluster(results: ColumnResults): Map<number, RecurringParagraph> {
    const recurring = this.recurring as RecurringCounter;
    const candidates = new Map<number, { site: string; text: string; clusters: Set<number> }>();
    for (const c of recurring.list())
      candidates.set(recurring.keyOf(c.site, c.key), { ...c, clusters: new Set() });
    for (let i = 0; i < this.file.size; i++) {
      const keys = this.keysOf(i);
      const cluster = results.root(i);
      const site = this.siteAt(i);
      for (const k of keys) candidates.get(recurring.keyOf(site, k))?.clusters.add(cluster);
    }
    const out = new Map<number, RecurringParagraph>();
    for (const [key, c] of candidates) {
      if (c.clusters.size >= recurring.minCount)
        out.set(key, { site: c.site, text: c.text, count: c.clusters.size });
    }
    return out;
  }

  private cluster(store: DedupStore | null): { results: CorpusResults; clusters: ClusterChange[] } {
    if (!store) return { results: clusterColumns(this.file, this.settings), clusters: [] };
    // Against an index: DedupEngine over the fingerprints read back (this run's fingerprints in memory).
    const engine = new DedupEngine(this.settings, store, this.file.size);
    const positions: number[] = [];
    const out: (CorpusResult | null)[] = [];
    for (let a = 0; a < this.file.size; a++) {
      const id = this.file.id(a);
      const known = store.known(id);
      if (known) {
        out.push({ id, ...known, reason: null, keptIndex: null, known: true });
        continue;
      }
      const fingerprint = this.file.fingerprintOf(a);
      const dedupItem: DedupItem = {
        id,
        url: this.file.url(a),
        fingerprint,
        length: fingerprint.words,
        publishedAt: this.file.publishedAt(a),
      };
      positions.push(out.length);
      out.push(null);
      engine.add(dedupItem);
    }
    const { results, clusters } = engine.finish();
    results.forEach((r, k) => {
      const keptIndex = r.keptIndex === null ? null : (positions[r.keptIndex] as number);
      out[positions[k] as number] = {
        id: r.id,
        cluster: r.cluster,
        duplicateOf: r.duplicateOf,
        similarity: r.similarity,
        reason: r.reason,
        keptIndex,
        known: false,
      };
    });
    return { results: new ArrayResults(out as CorpusResult[]), clusters };
  }
}

/** A set of (site, body hash, paragraph count) triples in one typed open-addressing table. */
class TripleSet {
  private table = new Uint32Array(3 * 1024);
  private used = 0;

  /** Adds a triple; false when it was there already. */
  add(site: number, body: number, count: number): boolean {
    if ((this.used + 1) * 2 > this.table.length / 3) this.grow();
    const table = this.table;
    const mask = table.length / 3 - 1;
    // Stored as value + 1 in the first field, so that an empty slot is 0.
    const a = site + 1;
    const b = body >>> 0;
    const c = count >>> 0;
    let slot = (Math.imul(b ^ Math.imul(a, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b), 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const at = 3 * slot;
      if (table[at] === 0) {
        table[at] = a;
        table[at + 1] = b;
        table[at + 2] = c;
        this.used++;
        return true;
      }
      if (table[at] === a && table[at + 1] === b && table[at + 2] === c) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.used = 0;
    for (let at = 0; at < old.length; at += 3)
      if (old[at] !== 0) this.add((old[at] as number) - 1, old[at + 1] as number, old[at + 2] as number);
  }
}
