import type { Article, QuoteKind } from '../model.js';

/** One quote as the `kliping quotes` command prints it: a flat record that names its article. */
export interface QuoteRecord {
  readonly id: string;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly speaker: string | null;
  readonly speakerTitles: readonly string[];
  readonly text: string;
  readonly kind: QuoteKind;
  readonly cue: string | null;
  readonly start: number;
  readonly end: number;
}

/** Flattens an article's quotes into one record per quote, in text order (for `kliping quotes`). */
export function quoteRecords(article: Article): QuoteRecord[] {
  return article.quotes.map((q) => ({
    id: article.id,
    url: article.url,
    publishedAt: article.publishedAt,
    speaker: q.speaker,
    speakerTitles: q.speakerTitles,
    text: q.text,
    kind: q.kind,
    cue: q.cue,
    start: q.start,
    end: q.end,
  }));
}
