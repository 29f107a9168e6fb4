/**
 * The duplicate decision for one candidate pair: the actual shingle similarity (Jaccard and containment),
 * the figures-and-dates test that keeps templated reports apart, and the canonical URL.
 */
import { sortedIntersectionSize } from '../text/similarity.js';
import type { Fingerprint } from './fingerprint.js';
import type { DedupSettings } from './options.js';

/** What dedup knows of one article when comparing. */
export interface DedupEntry {
  readonly fingerprint: Fingerprint;
  /** Canonical URL (see canonicalUrl), or null. */
  readonly url: string | null;
}

/** Why two articles were judged duplicates. */
export type MatchReason = 'url' | 'exact' | 'near' | 'contained';

/** The verdict on a pair, with the measured similarities. */
export interface Verdict {
  readonly reason: MatchReason | null;
  readonly jaccard: number;
  readonly containment: number;
}

/** Compares two articles' fingerprints and URLs; `reason` is null when they are distinct. */
export function compareEntries(a: DedupEntry, b: DedupEntry, settings: DedupSettings): Verdict {
  const fa = a.fingerprint;
  const fb = b.fingerprint;
  const sameUrl = settings.byUrl && a.url !== null && a.url === b.url;
  const judged = fa.words >= settings.minWords && fb.words >= settings.minWords;
  // Exact copies need no shingle comparison (unless the URL decides, whose verdict reports the measures).
  if (!sameUrl && judged && fa.words === fb.words) {
    const ea = fa.exact;
    const eb = fb.exact;
    if (ea[0] === eb[0] && ea[1] === eb[1]) return { reason: 'exact', jaccard: 1, containment: 1 };
  }
  const sa = fa.shingles;
  const sb = fb.shingles;
  const inter = sortedIntersectionSize(sa, sb);
  const union = sa.length + sb.length - inter;
  const jaccard = union === 0 ? 0 : inter / union;
  const shorter = Math.min(sa.length, sb.length);
  const containment = shorter === 0 ? 0 : inter / shorter;
  if (sameUrl) return { reason: 'url', jaccard, containment };
  if (!judged) return { reason: null, jaccard, containment };
  let reason: MatchReason | null = null;
  if (jaccard >= settings.jaccard) reason = 'near';
  else if (containment >= settings.containment && shorter >= settings.containmentMinShingles)
    reason = 'contained';
  if (reason !== null && !figuresAgree(fa.numbers, fb.numbers, settings)) reason = null;
  return { reason, jaccard, containment };
}

/**
 * Whether the shorter list of figures and dates is (mostly) found in the other: templated reports fail.
 * One figure may differ once there are five (a corrected figure, a number split by a scrape).
 */
export function figuresAgree(a: Uint32Array, b: Uint32Array, settings: DedupSettings): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < settings.numbersMin) return true;
  const missing = shorter - sortedIntersectionSize(a, b);
  return missing <= Math.max(shorter * (1 - settings.numbers), shorter >= 5 ? 1 : 0);
}
