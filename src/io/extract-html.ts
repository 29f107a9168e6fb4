import type { ArticleMeta, Diagnostic } from '../model.js';

/** Placeholder until the cleaning work lands: strips tags. */
export function extractHtml(html: string): { text: string; meta: ArticleMeta; diagnostics: Diagnostic[] } {
  return { text: html.replace(/<[^>]*>/g, ' '), meta: {}, diagnostics: [] };
}
