/**
 * Gathers a dataset's health from its observations: counts, languages, exact and near duplicates (through the
 * dedup engine), boilerplate share, empty and short bodies, missing titles and dates, repaired encodings,
 * failures, and the samples the HTML report shows. Memory: a fingerprint per article, bounded samples.
 */
import { DedupEngine, type DedupResult } from '../dedup/engine.js';
import { dedupSettings } from '../dedup/options.js';
import type { Observation, RemovedSample } from './observe.js';

/** Bodies with fewer words than this count as too short, by default. */
export const DEFAULT_MIN_WORDS = 40;

/** Upper bounds (characters) of the body length histogram's bins; the last bin is open. */
export const LENGTH_BINS = [1, 250, 500, 1000, 2000, 3000, 5000, 8000, 12000, 20000];

/** Diagnostic rules that mean the input's encoding was repaired. */
export const ENCODING_RULES = ['mojibake-repaired', 'decoded-windows-1252'];

/** A failed record: where and why. */
export interface Failure {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;
}

/** A cluster of duplicate articles (two or more). */
export interface Cluster {
  readonly size: number;
  readonly ids: readonly string[];
  readonly title: string | null;
}

/** Removals of one rule. */
export interface RuleCount {
  readonly reason: string;
  readonly rule: string;
  readonly count: number;
  readonly chars: number;
}

/** A dataset's health, as `check` and `stats` report it. */
export interface DatasetStats {
  readonly files: readonly string[];
  /** Input records, failed ones included. */
  readonly records: number;
  /** Records that were processed (the denominator of every share). */
  readonly articles: number;
  /** Records set aside by a language filter (`--languages`): read, not measured. */
  readonly setAside: number;
  readonly failed: number;
  readonly unreadableFiles: readonly string[];
  readonly languages: Readonly<Record<string, number>>;
  readonly exactDuplicates: number;
  readonly nearDuplicates: number;
  readonly clusters: readonly Cluster[];
  readonly clusterCount: number;
  readonly bodyChars: number;
  readonly boilerplateChars: number;
  readonly removedChars: number;
  readonly articlesWithBoilerplate: number;
  readonly empty: number;
  readonly short: number;
  readonly minWords: number;
  readonly missingTitles: number;
  readonly missingDates: number;
  /** Records per diagnostic rule. */
  readonly diagnostics: Readonly<Record<string, number>>;
  /** Records whose encoding was repaired. */
  readonly repaired: number;
  readonly rules: readonly RuleCount[];
  readonly lengthBins: readonly number[];
  readonly lengthCounts: readonly number[];
  readonly removedSample: readonly (RemovedSample & { readonly id: string })[];
  readonly failures: readonly Failure[];
}

const MAX_FAILURES = 200;
const SAMPLE_PER_RULE = 3;
const MAX_SAMPLE = 60;
const MAX_CLUSTERS = 25;

/** Accumulates observations one by one. */
export class Collector {
  private readonly engine = new DedupEngine(dedupSettings());
  private readonly ids: string[] = [];
  private readonly titles: (string | null)[] = [];
  private records = 0;
  private failed = 0;
  private readonly unreadable = new Set<string>();
  private readonly languages = new Map<string, number>();
  private bodyChars = 0;
  private boilerplateChars = 0;
  private removedChars = 0;
  private withBoilerplate = 0;
  private empty = 0;
  private short = 0;
  private missingTitles = 0;
  private missingDates = 0;
  private repaired = 0;
  private readonly diagnostics = new Map<string, number>();
  private readonly rules = new Map<string, { reason: string; rule: string; count: number; chars: number }>();
  private readonly lengthCounts = new Array<number>(LENGTH_BINS.length + 1).fill(0);
  private readonly sample: (RemovedSample & { id: string })[] = [];
  private readonly sampledPerRule = new Map<string, number>();
  private readonly failures: Failure[] = [];
  private readonly files = new Set<string>();

  constructor(private readonly minWords = DEFAULT_MIN_WORDS) {}

  /** Adds one record's observation. */
  add(o: Observation): void {
    this.records++;
    this.files.add(o.file);
    if (o.error !== undefined || !o.fingerprint) {
      this.failed++;
      if (o.unreadable) this.unreadable.add(o.file);
      if (this.failures.length < MAX_FAILURES)
        this.failures.push({ file: o.file, line: o.line, reason: o.error ?? 'failed' });
      return;
    }
    this.engine.add({
      id: o.id,
      fingerprint: o.fingerprint,
      url: o.url,
      length: o.bodyChars,
      publishedAt: null,
    });
    this.ids.push(o.id);
    this.titles.push(o.title);
    this.languages.set(o.language, (this.languages.get(o.language) ?? 0) + 1);
    this.bodyChars += o.bodyChars;
    this.boilerplateChars += o.boilerplateChars;
    this.removedChars += o.removedChars;
    if (o.boilerplateChars > 0) this.withBoilerplate++;
    if (o.bodyChars === 0) this.empty++;
    else if (o.bodyWords < this.minWords) this.short++;
    if (!o.title) this.missingTitles++;
    if (!o.hasDate) this.missingDates++;
    const seen = new Set(o.diagnostics);
    for (const rule of seen) this.diagnostics.set(rule, (this.diagnostics.get(rule) ?? 0) + 1);
    if (ENCODING_RULES.some((rule) => seen.has(rule))) this.repaired++;
    let bin = 0;
    while (bin < LENGTH_BINS.length && o.bodyChars >= (LENGTH_BINS[bin] as number)) bin++;
    this.lengthCounts[bin] = (this.lengthCounts[bin] as number) + 1;
    for (const r of o.removed) {
      const key = `${r.reason}\u0000${r.rule}`;
      const entry = this.rules.get(key) ?? { reason: r.reason, rule: r.rule, count: 0, chars: 0 };
      entry.count++;
      entry.chars += r.chars;
      this.rules.set(key, entry);
      const sampled = this.sampledPerRule.get(key) ?? 0;
      if (sampled < SAMPLE_PER_RULE && this.sample.length < MAX_SAMPLE && r.text.trim()) {
        this.sampledPerRule.set(key, sampled + 1);
        this.sample.push({ ...r, id: o.id });
      }
    }
  }

  /** The dataset's figures. */
  finish(setAside = 0): DatasetStats {
    const { results } = this.engine.finish();
    let exact = 0;
    let near = 0;
    const members = new Map<string, number[]>();
    results.forEach((r: DedupResult, i) => {
      if (r.duplicateOf !== null) {
        if (r.reason === 'exact') exact++;
        else near++;
      }
      const list = members.get(r.cluster);
      if (list) list.push(i);
      else members.set(r.cluster, [i]);
    });
    const groups = [...members.values()].filter((m) => m.length > 1);
    const clusters = groups
      .sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number))
      .slice(0, MAX_CLUSTERS)
      .map((m) => ({
        size: m.length,
        ids: m.slice(0, 8).map((i) => this.ids[i] as string),
        title: this.titles[m[0] as number] ?? null,
      }));
    const sortedEntries = (map: Map<string, number>) =>
      Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    return {
      files: [...this.files],
      records: this.records + setAside,
      articles: this.records - this.failed,
      setAside,
      failed: this.failed,
      unreadableFiles: [...this.unreadable],
      languages: sortedEntries(this.languages),
      exactDuplicates: exact,
      nearDuplicates: near,
      clusters,
      clusterCount: groups.length,
      bodyChars: this.bodyChars,
      boilerplateChars: this.boilerplateChars,
      removedChars: this.removedChars,
      articlesWithBoilerplate: this.withBoilerplate,
      empty: this.empty,
      short: this.short,
      minWords: this.minWords,
      missingTitles: this.missingTitles,
      missingDates: this.missingDates,
      diagnostics: sortedEntries(this.diagnostics),
      repaired: this.repaired,
      rules: [...this.rules.values()].sort((a, b) => b.count - a.count || b.chars - a.chars),
      lengthBins: LENGTH_BINS,
      lengthCounts: this.lengthCounts,
      removedSample: this.sample,
      failures: this.failures,
    };
  }
}

/** A share in 0..1 (0 for an empty dataset). */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
