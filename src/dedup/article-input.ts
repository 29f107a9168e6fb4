/**
 * What dedup takes from a parsed article: its clean body, canonical URL, site and publication date.
 */
import type { Article } from '../model.js';
import { keptWordHashes } from '../text/word-hashes.js';
import { canonicalUrl } from './canonical-url.js';
import type { CorpusInput } from './corpus.js';
import { siteOf } from './recurring.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A comparable ISO date (`2019-01-21`) from a given date string, or null. */
export function isoDateOf(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const iso = ISO_DATE.exec(s);
  if (iso) return iso[0];
  const parsed = Date.parse(
    s
      .replace(/\+/g, ' ')
      .replace(/^[^,]*,\s*/, '')
      .replace(/\s*\/.*$/, ''),
  );
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** The dedup input of a parsed article; `fallbackSite` groups articles without a URL (e.g. by file). */
export function corpusInputOf(
  article: Article,
  fallbackSite: string,
  givenDate?: string | null,
): CorpusInput {
  const url = canonicalUrl(article.url);
  // The words as the duplicate-blocks stage hashed them (undefined when it did not keep them).
  const words = keptWordHashes(article.paragraphs);
  return {
    id: article.id,
    paragraphs: article.paragraphs.map((p) => p.text),
    words,
    url,
    site: siteOf(url, fallbackSite),
    publishedAt: isoDateOf(article.publishedAt) ?? isoDateOf(givenDate),
  };
}
