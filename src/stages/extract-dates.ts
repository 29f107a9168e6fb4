import { parseIsoDay } from '../dates/calendar.js';
import { makeDateScan } from '../dates/date-scan.js';
import { type Found, newScanState } from '../dates/found.js';
import { compilePatterns } from '../dates/patterns.js';
import type { DateMention, Diagnostic, Stage } from '../model.js';

/** Options of `extractDates`. */
export interface ExtractDatesOptions {
  /** Report `sekarang`, `saat ini`, `kini` as mentions of the publication day. Default false. */
  readonly present?: boolean;
  /** Report durations (`enam tahun` = `P6Y`) and sets (`setiap hari`); they are always told apart from dates. Default false. */
  readonly durations?: boolean;
}

/**
 * Finds the date, time and duration expressions of the kept paragraphs, with ISO values resolved against
 * `publishedAt` (relative and year-less ones too); a weekday that contradicts its date is a diagnostic.
 */
export function extractDates(options: ExtractDatesOptions = {}): Stage {
  const present = options.present ?? false;
  const scan = makeDateScan(compilePatterns(), present);
  const durations = options.durations ?? false;
  return (article, context) => {
    const diagnostics: Diagnostic[] = [];
    const state = newScanState(parseIsoDay(article.publishedAt), present, diagnostics);
    const found: Found[] = [];
    for (const p of article.paragraphs) scan(context.view, p.start, p.end, state, found);
    const dates: DateMention[] = [];
    for (const f of found) {
      if (!durations && (f.kind === 'duration' || f.kind === 'set')) continue;
      const text = context.source.slice(f.start, f.end);
      dates.push({
        text,
        start: f.start,
        end: f.end,
        value: f.value,
        kind: f.kind,
        resolution: f.resolution,
      });
    }
    return {
      ...article,
      dates,
      diagnostics: diagnostics.length ? [...article.diagnostics, ...diagnostics] : article.diagnostics,
    };
  };
}
