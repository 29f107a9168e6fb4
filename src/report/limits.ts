/** The limits `kliping check` holds a dataset to, and their verdicts. */
import { type DatasetStats, share } from './collect.js';

/** Limits given as flags or in the config file; each is optional. */
export interface Limits {
  /** Largest share of duplicates (exact and near). */
  readonly maxDuplicates?: number;
  /** Smallest share per language code (`ind` → 0.9). */
  readonly minLanguage?: Readonly<Record<string, number>>;
  /** Largest share of empty or too-short bodies. */
  readonly maxEmpty?: number;
  /** Most failed records. */
  readonly maxFailed?: number;
  /** Largest share of body characters removed as boilerplate. */
  readonly maxBoilerplate?: number;
  /** Largest share of articles without a title. */
  readonly maxMissingTitles?: number;
  /** Largest share of articles without a publication date. */
  readonly maxMissingDates?: number;
  /** Largest share of articles whose encoding was repaired. */
  readonly maxRepaired?: number;
  /** Fewest articles. */
  readonly minArticles?: number;
}

/** One limit's verdict. */
export interface Verdict {
  /** The flag's name, e.g. `max-duplicates` or `min-language ind`. */
  readonly name: string;
  readonly op: '<=' | '>=';
  readonly limit: number;
  readonly value: number;
  /** Whether the limit is a share (printed as a percentage). */
  readonly ratio: boolean;
  readonly ok: boolean;
  /** A sentence for people: `duplicates 12.0% > 5.0%`. */
  readonly message: string;
}

/** Formats a number the way the reports print it (a share as a percentage). */
export function formatValue(value: number, ratio: boolean): string {
  return ratio ? `${(value * 100).toFixed(1)}%` : String(value);
}

/** Tests every given limit against the dataset's figures, in a fixed order. */
export function evaluateLimits(stats: DatasetStats, limits: Limits): Verdict[] {
  const out: Verdict[] = [];
  const n = stats.articles;
  const test = (
    name: string,
    label: string,
    op: '<=' | '>=',
    limit: number | undefined,
    value: number,
    ratio = true,
  ) => {
    if (limit === undefined || Number.isNaN(limit)) return;
    const ok = op === '<=' ? value <= limit : value >= limit;
    const shown = `${label} ${formatValue(value, ratio)}`;
    const bound = formatValue(limit, ratio);
    const message = ok
      ? `${shown} (limit ${op === '<=' ? '≤' : '≥'} ${bound})`
      : `${shown} ${op === '<=' ? '>' : '<'} ${bound} (${name})`;
    out.push({ name, op, limit, value, ratio, ok, message });
  };
  test('min-articles', 'articles', '>=', limits.minArticles, n, false);
  test('max-failed', 'failed records', '<=', limits.maxFailed, stats.failed, false);
  test(
    'max-duplicates',
    'duplicates',
    '<=',
    limits.maxDuplicates,
    share(stats.exactDuplicates + stats.nearDuplicates, n),
  );
  for (const [code, limit] of Object.entries(limits.minLanguage ?? {}))
    test(`min-language ${code}`, `language ${code}`, '>=', limit, share(stats.languages[code] ?? 0, n));
  test('max-empty', 'empty or short bodies', '<=', limits.maxEmpty, share(stats.empty + stats.short, n));
  test(
    'max-boilerplate',
    'boilerplate',
    '<=',
    limits.maxBoilerplate,
    share(stats.boilerplateChars, stats.bodyChars + stats.removedChars),
  );
  test('max-missing-titles', 'missing titles', '<=', limits.maxMissingTitles, share(stats.missingTitles, n));
  test('max-missing-dates', 'missing dates', '<=', limits.maxMissingDates, share(stats.missingDates, n));
  test('max-repaired', 'repaired encodings', '<=', limits.maxRepaired, share(stats.repaired, n));
  return out;
}

/** Reads `CODE=RATIO` pairs (from repeated flags, or an object or list from the config file). */
export function parseLanguageLimits(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (pair: string) => {
    const match = /^\s*([a-z]{2,8}|und)\s*=\s*([0-9.]+%?)\s*$/i.exec(pair);
    if (!match) throw new Error(`--min-language expects CODE=RATIO (e.g. ind=0.9), not "${pair}"`);
    out[(match[1] as string).toLowerCase()] = parseRatio(match[2] as string, '--min-language');
  };
  if (value === undefined || value === null) return out;
  if (typeof value === 'string') add(value);
  else if (Array.isArray(value)) for (const v of value) add(String(v));
  else if (typeof value === 'object')
    for (const [code, ratio] of Object.entries(value)) add(`${code}=${String(ratio)}`);
  return out;
}

/** Reads a share: `0.05` or `5%`; throws outside 0..1. */
export function parseRatio(value: unknown, flag: string): number {
  const text = String(value).trim();
  const ratio = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (!text || !Number.isFinite(ratio) || ratio < 0 || ratio > 1)
    throw new Error(`${flag} expects a ratio between 0 and 1 (or a percentage), not "${text}"`);
  return ratio;
}

/** Reads a count: a non-negative integer. */
export function parseCount(value: unknown, flag: string): number {
  const n = Number(String(value).trim());
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${flag} expects a whole number, not "${String(value)}"`);
  return n;
}
