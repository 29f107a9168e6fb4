/**
 * A corpus being deduplicated: clean bodies come in one by one, fingerprints and recurring-paragraph counts
 * are kept compactly, and `finish` clusters everything (optionally against an index of earlier runs).
 */

import { type ClusterChange, DedupEngine, type DedupItem, type DedupResult } from './engine.js';
import { type Fingerprint, makeFingerprinter } from './fingerprint.js';
import { combine32 } from './hash.js';
import type { DedupSettings } from './options.js';
import { RecurringCounter, type RecurringParagraph } from './recurring.js';
import type { DedupStore } from './store.js';

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
  /** Canonical URL, or null. */
  readonly url: string | null;
  /** Site for recurring-paragraph counts (see siteOf). */
  readonly site: string;
  readonly publishedAt: string | null;
}

/**
 * The outcome for one article of the corpus, in input order: the engine's result, with `keptIndex` the kept
 * article's position in this corpus (null when it was kept in an earlier run).
 */
export interface CorpusResult extends DedupResult {
  /** True when an earlier run already indexed this id (its record is the stored one). */
  readonly known: boolean;
}

/** Collects a corpus and clusters it. */
export class Corpus {
  private readonly fingerprinter;
  // One column per field, no object per article: ids, canonical URLs, sites, dates, fingerprints, and
  // (stripping only) the paragraphs and (counting only) the paragraph keys.
  private readonly ids: string[] = [];
  private readonly urls: (string | null)[] = [];
  private readonly sites: string[] = [];
  private readonly dates: (string | null)[] = [];
  private readonly fingerprints: Fingerprint[] = [];
  private readonly paragraphs: (readonly string[])[] = [];
  private readonly paragraphKeys: Uint32Array[] = [];
  private readonly recurring: RecurringCounter | null;
  private readonly seenBodies = new Set<string>();
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
    return this.ids.length;
  }

  /** Adds one clean article; returns its position. */
  add(input: CorpusInput): number {
    let keys: Uint32Array | null = null;
    if (this.recurring) {
      keys = Uint32Array.from(input.paragraphs, (p) => this.fingerprinter.paragraphKey(p));
      let body = 0;
      for (const k of keys) body = combine32(body, k);
      // Exact copies count once here; near copies are told apart by the clusters in `finish`.
      const bodyKey = `${input.site}\t${body}\t${keys.length}`;
      if (!this.seenBodies.has(bodyKey)) {
        this.seenBodies.add(bodyKey);
        this.recurring.addArticle(input.site, input.paragraphs, keys);
      }
    }
    this.fingerprints.push(this.fingerprinter.fingerprint(input.paragraphs));
    this.ids.push(input.id);
    this.urls.push(input.url);
    this.sites.push(input.site);
    this.dates.push(input.publishedAt);
    if (this.options.stripRecurring) this.paragraphs.push(input.paragraphs);
    if (keys) this.paragraphKeys.push(keys);
    return this.ids.length - 1;
  }

  /** The fingerprint of an added article (after stripping, once `finish` ran). */
  fingerprintOf(index: number): Fingerprint | null {
    return this.fingerprints[index] ?? null;
  }

  /** The input of an added article (its paragraphs are dropped unless stripping needs them). */
  inputOf(index: number): CorpusInput {
    const id = this.ids[index];
    if (id === undefined) throw new RangeError(`no article at ${index}`);
    return {
      id,
      paragraphs: this.paragraphs[index] ?? [],
      url: this.urls[index] ?? null,
      site: this.sites[index] as string,
      publishedAt: this.dates[index] ?? null,
    };
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
   * fingerprints are then made again without the recurring paragraphs and clustered again.
   */
  finish(store: DedupStore | null = null): { results: CorpusResult[]; clusters: ClusterChange[] } {
    if (!this.recurring) return this.cluster(store);
    const first = this.cluster(null);
    this.final = this.countPerCluster(first.results);
    if (this.options.stripRecurring) {
      const recurring = this.recurring;
      const final = this.final;
      for (let a = 0; a < this.ids.length; a++) {
        const paragraphs = this.paragraphs[a] ?? [];
        const keys = this.paragraphKeys[a] ?? new Uint32Array(0);
        const site = this.sites[a] as string;
        const body = paragraphs.filter((_p, i) => !final.has(recurring.keyOf(site, keys[i] ?? 0)));
        if (body.length !== paragraphs.length) this.fingerprints[a] = this.fingerprinter.fingerprint(body);
      }
      return this.cluster(store);
    }
    return store ? this.cluster(store) : first;
  }

  /** Counts the candidate recurring paragraphs once per cluster and site; keeps those still frequent. */
  private countPerCluster(results: readonly CorpusResult[]): Map<number, RecurringParagraph> {
    const recurring = this.recurring as RecurringCounter;
    const candidates = new Map<number, { site: string; text: string; clusters: Set<string> }>();
    for (const c of recurring.list())
      candidates.set(recurring.keyOf(c.site, c.key), { ...c, clusters: new Set() });
    for (let i = 0; i < this.ids.length; i++) {
      const keys = this.paragraphKeys[i] ?? new Uint32Array(0);
      const cluster = results[i]?.cluster ?? String(i);
      const site = this.sites[i] as string;
      for (const k of keys) candidates.get(recurring.keyOf(site, k))?.clusters.add(cluster);
    }
    const out = new Map<number, RecurringParagraph>();
    for (const [key, c] of candidates) {
      if (c.clusters.size >= recurring.minCount)
        out.set(key, { site: c.site, text: c.text, count: c.clusters.size });
    }
    return out;
  }

  private cluster(store: DedupStore | null): { results: CorpusResult[]; clusters: ClusterChange[] } {
    const engine = new DedupEngine(this.settings, store, this.ids.length);
    const positions: number[] = [];
    const out: (CorpusResult | null)[] = [];
    for (let a = 0; a < this.ids.length; a++) {
      const id = this.ids[a] as string;
      const known = store?.known(id) ?? null;
      if (known) {
        out.push({ id, ...known, reason: null, keptIndex: null, known: true });
        continue;
      }
      const fingerprint = this.fingerprints[a] as Fingerprint;
      const dedupItem: DedupItem = {
        id,
        url: this.urls[a] ?? null,
        fingerprint,
        length: fingerprint.words,
        publishedAt: this.dates[a] ?? null,
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
    return { results: out as CorpusResult[], clusters };
  }
}
