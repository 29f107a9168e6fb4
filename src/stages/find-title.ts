import { removedOf } from '../cleaning/spans.js';
import type { Article, Stage } from '../model.js';
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

/** Whether a character code is an ASCII letter or digit (what `fold` keeps of ASCII text). */
function isAsciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Whether `fold(text) === folded`, without folding `text` when an ASCII prefix already tells (the common case: a
 * long first paragraph that is not the title differs within a few characters). Any non-ASCII character that
 * could change the outcome sends it to the full `fold`.
 */
export function foldsTo(text: string, folded: string): boolean {
  let j = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return fold(text) === folded;
    if (!isAsciiWord(c)) {
      gap = j > 0;
      continue;
    }
    // A combining mark after this character could still change it (NFC): then only the full fold tells.
    const differs =
      (gap && folded.charCodeAt(j++) !== 0x20) ||
      folded.charCodeAt(j++) !== (c <= 0x5a && c >= 0x41 ? c + 0x20 : c);
    gap = false;
    if (differs) return i + 1 < text.length && text.charCodeAt(i + 1) >= 0x80 ? fold(text) === folded : false;
  }
  return j === folded.length;
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
    const first = article.paragraphs[0];
    if (!first) return article;
    if (article.title) {
      if (!foldsTo(first.text, fold(article.title))) return article;
      const removed = removedOf(first, 'duplicate', 'title-repeated');
      return { ...article, paragraphs: article.paragraphs.slice(1), removed: [...article.removed, removed] };
    }
    const rest = article.paragraphs.slice(1);
    // A byline (`Laporan Wartawan Tribunnews.com, X`) heads some pages: it is a credit, not a headline.
    if (rest.length === 0 || !isTitleLike(first.text) || isCreditLine(first.text)) return article;
    const removed = removedOf(first, 'title', 'first-line-title');
    return { ...article, title: first.text, paragraphs: rest, removed: [...article.removed, removed] };
  };
}
