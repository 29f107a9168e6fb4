import type { Article, Removed, Stage } from '../model.js';
import { isCreditLine } from './extract-credits.js';

/** Longest line, in characters, that can be a title. */
const MAX_TITLE_LENGTH = 200;

/** Folds a text for comparing titles: lower case, words only. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a line looks like a headline: short, no final period, not a quote, has a letter. */
export function isTitleLike(line: string): boolean {
  if (line.length > MAX_TITLE_LENGTH || line.length < 8) return false;
  if (/[.!,;:]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (/^["“”'‘]/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 30 && /\p{Lu}/u.test(line);
}

/**
 * Finds the title: the given one (JSONL/HTML), else the first line when it looks like a headline and a body
 * follows. A first line that repeats the given title leaves the body as a duplicate.
 */
export function findTitle(): Stage {
  return (article: Article) => {
    const [first, ...rest] = article.paragraphs;
    if (!first) return article;
    if (article.title) {
      if (fold(first.text) !== fold(article.title)) return article;
      const removed: Removed = { ...first, reason: 'duplicate', rule: 'title-repeated' };
      return { ...article, paragraphs: rest, removed: [...article.removed, removed] };
    }
    // A byline (`Laporan Wartawan Tribunnews.com, X`) heads some pages: it is a credit, not a headline.
    if (rest.length === 0 || !isTitleLike(first.text) || isCreditLine(first.text)) return article;
    const removed: Removed = { ...first, reason: 'title', rule: 'first-line-title' };
    return { ...article, title: first.text, paragraphs: rest, removed: [...article.removed, removed] };
  };
}
