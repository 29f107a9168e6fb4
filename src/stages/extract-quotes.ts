import type { Article, Quote, QuoteKind, Stage } from '../model.js';
import { makeIndirectFinder } from '../quotes/find-indirect.js';
import type { Cue } from '../quotes/read-cue.js';
import { type Speaker, SpeakerResolver } from '../quotes/resolve-speaker.js';
import { scanMarks } from '../quotes/scan-marks.js';
import { selectDirect } from '../quotes/select-direct.js';
import { skipSpacesBack, sortSmall } from '../quotes/text.js';

export { type QuoteRecord, quoteRecords } from '../quotes/quote-records.js';

/** Options for `extractQuotes`. */
export interface ExtractQuotesOptions {
  /** Also report indirect quotes (`Menurut X, …`, `X mengatakan …`). Default true. */
  readonly indirect?: boolean;
}

/** A quote on its way: where it is, its cue, and (once resolved) its speaker. */
interface Draft {
  readonly start: number;
  readonly end: number;
  /** Where the quote's marks (or, for indirect quotes, its cue) begin and end, for ordering and gaps. */
  readonly from: number;
  readonly to: number;
  readonly paragraph: number;
  readonly cue: Cue | null;
  readonly kind: QuoteKind;
  speaker: Speaker | null | undefined;
  /** Position among the drafts, in text order. */
  order: number;
}

/** A description that gives someone's full or birth name (`pemilik nama lahir Riefian Fajarsyah`). */
const FULL_NAME = /\bnama (?:lengkap|lahir|asli)\b/;

/** Whether `view[s, e)` holds `nama ` (without it `FULL_NAME` cannot match there): spares most cues a slice. */
function hasNama(view: string, s: number, e: number): boolean {
  for (let k = s; k + 5 <= e; k++)
    if (view.charCodeAt(k) === 110 && view.startsWith('ama ', k + 1)) return true;
  return false;
}

/**
 * Finds direct and indirect quotes in the kept paragraphs and resolves who said them through the article's
 * people and organisations (`dia`, `-nya` and cue-less quotes point back to the last speaker).
 */
export function extractQuotes(options: ExtractQuotesOptions = {}): Stage {
  const withIndirect = options.indirect ?? true;
  const findIndirect = makeIndirectFinder();
  return (article: Article, context) => {
    const { view, source } = context;
    const paragraphs = article.paragraphs;
    const direct = selectDirect(view, paragraphs, scanMarks(view, paragraphs));
    if (direct.length === 0 && !withIndirect) return article;
    const drafts: Draft[] = direct.map(({ span, cue }) => ({
      start: span.start,
      end: span.end,
      from: span.open,
      to:
        cue && cue.end > span.open
          ? Math.max(cue.end, span.close + 1)
          : span.close < 0
            ? span.end
            : span.close + 1,
      paragraph: span.paragraph,
      cue,
      kind: 'direct',
      speaker: undefined,
      order: 0,
    }));
    // The words inside the marks (not the cues): mentions there are not the narrator's.
    const quoted = direct.map(({ span }) => ({
      text: '',
      start: span.open,
      end: span.close < 0 ? span.end : span.close + 1,
    }));
    if (withIndirect) {
      for (const q of findIndirect(view, paragraphs, quoted)) {
        drafts.push({
          start: q.start,
          end: q.end,
          from: Math.min(q.start, q.cue.start),
          to: Math.max(q.end, q.cue.end),
          paragraph: q.paragraph,
          cue: q.cue,
          kind: 'indirect',
          speaker: undefined,
          order: 0,
        });
      }
      sortSmall(drafts, (a, b) => a.from - b.from);
    }
    if (drafts.length === 0) return { ...article, quotes: [] };
    const resolver = new SpeakerResolver(article, view, quoted);
    const events: Draft[] = [];
    const pointBack = (pos: number): Speaker | null => {
      for (let k = events.length - 1; k >= 0; k--) {
        const s = events[k]?.speaker;
        if (s && !s.organization && (events[k]?.from ?? pos) < pos) return s;
      }
      return resolver.lastPersonBefore(pos);
    };
    // `kata pemilik nama lengkap Kim Jongin tersebut` after quotes of Kai: Kai's full name is Kim Jongin.
    let fullNames: Map<string, Speaker> | null = null; // made when first needed
    const resolveCue = (cue: Cue, pos: number): Speaker | null => {
      if (cue.reference === 'unnamed') return null;
      if (cue.reference === 'pronoun' || cue.reference === 'none') return pointBack(pos);
      const found = resolver.resolve(cue);
      if (found === 'pronoun') return pointBack(pos);
      if (
        found &&
        cue.reference !== 'region' &&
        hasNama(view, cue.subjectStart, cue.subjectEnd) &&
        FULL_NAME.test(view.slice(cue.subjectStart, cue.subjectEnd))
      ) {
        const before = pointBack(pos);
        if (before && before.name !== found.name) {
          fullNames ??= new Map();
          fullNames.set(before.name, found);
        }
      }
      return found;
    };
    for (let k = 0; k < drafts.length; k++) (drafts[k] as Draft).order = k;
    // Whether nothing that could name another speaker (a person, reported speech) lies between two quotes.
    const adjacent = (a: Draft, b: Draft) =>
      b.paragraph - a.paragraph <= 1 && b.order - a.order === 1 && !resolver.hasPersonIn(a.to, b.from);
    const directs = drafts.filter((d) => d.kind === 'direct');
    let previous: Draft | undefined;
    for (const d of drafts) {
      if (d.cue) d.speaker = resolveCue(d.cue, d.from);
      else if (d.kind === 'direct' && previous && previous.speaker !== undefined && adjacent(previous, d)) {
        d.speaker = previous.speaker;
      }
      if (d.kind === 'direct') previous = d;
      if (d.speaker) events.push(d);
    }
    // Cue-less quotes before a cued one (`"A" ¶ "B," tulis X`) take its speaker; others point back.
    for (let k = directs.length - 1; k >= 0; k--) {
      const d = directs[k];
      if (!d || d.speaker !== undefined) continue;
      const next = directs[k + 1];
      d.speaker = next && next.speaker !== undefined && adjacent(d, next) ? next.speaker : pointBack(d.from);
    }
    if (fullNames !== null) {
      const names: Map<string, Speaker> = fullNames;
      for (const d of drafts) d.speaker = (d.speaker && names.get(d.speaker.name)) ?? d.speaker;
    }
    const quotes: Quote[] = drafts.map((d) => {
      const cueEnd = d.cue ? skipSpacesBack(view, d.cue.end, d.cue.start) : null;
      return {
        text: source.slice(d.start, d.end),
        start: d.start,
        end: d.end,
        speaker: d.speaker?.name || null,
        speakerTitles: d.speaker?.titles ?? [],
        cue: d.cue && cueEnd !== null ? source.slice(d.cue.start, cueEnd) : null,
        cueStart: d.cue ? d.cue.start : null,
        cueEnd,
        kind: d.kind,
      };
    });
    return { ...article, quotes };
  };
}
