/**
 * Recurring template text: paragraphs that come back in many articles of one site (closing lines, promos,
 * disclaimers), found by counting each normalised paragraph once per distinct body and site.
 */
import { combine32, mix32 } from './hash.js';

/** A paragraph found in at least `minCount` distinct articles of one site. */
export interface RecurringParagraph {
  readonly site: string;
  /** The paragraph as first seen. */
  readonly text: string;
  /** Distinct articles of the site that carry it. */
  readonly count: number;
}

/** The site of an article for counting: its registrable domain (`kompas.com`, `kontan.co.id`), else a fallback. */
export function siteOf(canonicalUrl: string | null, fallback: string): string {
  if (!canonicalUrl) return fallback;
  let end = canonicalUrl.length;
  for (let i = 0; i < end; i++) {
    const c = canonicalUrl.charCodeAt(i);
    if (c === 47 || c === 63) end = i; // `/` or `?`
  }
  // The last two labels of the host, three under a two-letter country domain with a second-level label (the
  // dots found from the end: no list of labels made).
  const last = dotBefore(canonicalUrl, end);
  const second = dotBefore(canonicalUrl, last);
  let from = second;
  if (second >= 0 && end - last - 1 === 2 && SECOND_LEVEL.test(canonicalUrl.slice(second + 1, last)))
    from = dotBefore(canonicalUrl, second);
  return canonicalUrl.slice(from + 1, end);
}

/** The last `.` of `text` before `end`, or -1 (also when `end` is -1 or 0). */
function dotBefore(text: string, end: number): number {
  return end <= 0 ? -1 : text.lastIndexOf('.', end - 1);
}

/** Second-level labels under a two-letter country domain (`kontan.co.id`, `x.com.my`). */
const SECOND_LEVEL = /^(?:co|com|ac|or|go|net|web|my|sch|gov|org|edu|mil|biz)$/;

/** Counts paragraphs per site in typed arrays (open addressing); keeps the text of those that recur. */
export class RecurringCounter {
  private keys = new Uint32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  private used = 0;
  private readonly texts = new Map<number, { site: string; text: string; key: number }>();

  constructor(readonly minCount: number) {}

  /** Hash of (site, paragraph key). */
  keyOf(site: string, paragraphKey: number): number {
    let h = 0x2545f491;
    for (let i = 0; i < site.length; i++) h = combine32(h, site.charCodeAt(i));
    return mix32(combine32(h, paragraphKey)) || 1;
  }

  /** Counts one article's distinct paragraphs (keys from Fingerprinter.paragraphKey, 0 = no words). */
  addArticle(site: string, paragraphs: readonly string[], paragraphKeys: ArrayLike<number>): void {
    const seen = new Set<number>();
    for (let p = 0; p < paragraphs.length; p++) {
      const pk = paragraphKeys[p] ?? 0;
      if (pk === 0) continue;
      const key = this.keyOf(site, pk);
      if (seen.has(key)) continue;
      seen.add(key);
      const count = this.increment(key);
      if (count === this.minCount) this.texts.set(key, { site, text: paragraphs[p] as string, key: pk });
    }
  }

  /** Whether the paragraph recurs in its site. */
  isRecurring(site: string, paragraphKey: number): boolean {
    if (paragraphKey === 0) return false;
    return this.count(this.keyOf(site, paragraphKey)) >= this.minCount;
  }

  /** Every recurring paragraph (with its paragraph key), most frequent first. */
  list(): (RecurringParagraph & { readonly key: number })[] {
    const out: (RecurringParagraph & { key: number })[] = [];
    for (const [k, { site, text, key }] of this.texts) out.push({ site, text, key, count: this.count(k) });
    return out.sort(
      (a, b) => b.count - a.count || a.site.localeCompare(b.site) || a.text.localeCompare(b.text),
    );
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0;
    s &= mask;
    while (this.keys[s] !== 0 && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  private count(key: number): number {
    return this.counts[this.slot(key)] as number;
  }

  private increment(key: number): number {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash();
    const s = this.slot(key);
    if (this.keys[s] === 0) {
      this.keys[s] = key;
      this.used++;
    }
    const count = (this.counts[s] as number) + 1;
    this.counts[s] = count;
    return count;
  }

  private rehash(): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const s = this.slot(keys[i] as number);
      this.keys[s] = keys[i] as number;
      this.counts[s] = counts[i] as number;
    }
  }
}
