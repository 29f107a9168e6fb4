import { makeDateScan } from '../dates/date-scan.js';
import { compilePatterns } from '../dates/patterns.js';
import { dateFromText, dateFromUrl, dateOfLine, normaliseGiven } from '../dates/published.js';
import type { Article, Diagnostic, PublishedAtSource, Stage } from '../model.js';

/**
 * Sets `publishedAt` and `publishedAtSource`: the given date (field or HTML meta) normalised to ISO, else the
 * URL's date, else the article's own date line, else the date the text gives most; null when nothing does.
 */
export function inferPublishedAt(): Stage {
  const scan = makeDateScan(compilePatterns());
  return (article, context) => {
    const set = (
      publishedAt: string | null,
      publishedAtSource: PublishedAtSource,
      extra: Diagnostic[] = [],
    ): Article => ({
      ...article,
      publishedAt,
      publishedAtSource: publishedAt ? publishedAtSource : null,
      diagnostics: extra.length ? [...article.diagnostics, ...extra] : article.diagnostics,
    });
    const raw = context.meta.date;
    const given = normaliseGiven(raw, scan);
    if (given) return set(given, context.meta.dateSource ?? 'given');
    const notes: Diagnostic[] = raw?.trim()
      ? [
          {
            severity: 'warning',
            rule: 'published-at-unreadable',
            message: `cannot read the given date "${raw.trim().slice(0, 40)}"`,
          },
        ]
      : [];
    const fromUrl = dateFromUrl(article.url ?? context.meta.url);
    if (fromUrl) return set(fromUrl, 'url', notes);
    const firstStart = article.paragraphs[0]?.start ?? context.source.length;
    for (const r of article.removed) {
      if (r.start > firstStart || r.reason === 'duplicate') continue;
      const fromLine = dateOfLine(context.view, r, scan);
      if (fromLine) return set(fromLine, 'dateline', notes);
    }
    const first = article.paragraphs[0];
    const fromFirst = first ? dateOfLine(context.view, first, scan) : null;
    if (fromFirst) return set(fromFirst, 'dateline', notes);
    return set(dateFromText(context.view, article.paragraphs, scan), 'text', notes);
  };
}
