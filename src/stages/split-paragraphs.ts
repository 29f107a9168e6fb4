import { findStrictJunction, strictCandidates } from '../cleaning/junctions.js';
import { sentenceEnds } from '../cleaning/sentences.js';
import type { Diagnostic, Paragraph, Stage } from '../model.js';
import { trimmedSpan } from '../span.js';

/** Options for `splitParagraphs`. */
export interface SplitParagraphsOptions {
  /** A paragraph longer than this (characters) lost its line breaks and is regrouped. Default 1000. */
  readonly longParagraph?: number;
  /** Target length of a regrouped paragraph (characters). Default 320. */
  readonly targetLength?: number;
}

/** Two or more spaces after a sentence end: where some scrapes put the lost paragraph breaks. */
const WIDE_GAP = /[.!?"”’)]( {2,})(?=["“]?[\p{Lu}\d])/gu;

/** Splits `[start, end)` at every glued sentence boundary (`tahun ini.Senior …`); `first` is the first one. */
function atJunctions(
  view: string,
  start: number,
  end: number,
  first: number,
  candidates: readonly number[],
): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let j = first; j >= 0; j = findStrictJunction(view, from, end, candidates)) {
    parts.push([from, j]);
    from = j;
  }
  parts.push([from, end]);
  return parts;
}

/** Splits `[start, end)` at wide gaps after sentence ends, when there are at least two. */
function atWideGaps(view: string, start: number, end: number): Array<[number, number]> | null {
  const text = view.slice(start, end);
  const cuts: number[] = [];
  WIDE_GAP.lastIndex = 0;
  for (let m = WIDE_GAP.exec(text); m; m = WIDE_GAP.exec(text)) cuts.push(start + m.index + 1);
  if (cuts.length < 2) return null;
  const parts: Array<[number, number]> = [];
  let from = start;
  for (const cut of cuts) {
    parts.push([from, cut]);
    from = cut;
  }
  parts.push([from, end]);
  return parts;
}

/** Running count of quotation marks, to know whether a sentence end is inside a quotation. */
interface QuoteState {
  straight: number;
  curly: number;
}

function advanceQuotes(view: string, start: number, end: number, state: QuoteState): void {
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x22) state.straight++;
    else if (c === 0x201c) state.curly++;
    else if (c === 0x201d && state.curly > 0) state.curly--;
  }
}

/** Regroups the sentences of `[start, end)` into paragraphs of about `target` characters, never inside a quote. */
function regroup(view: string, start: number, end: number, target: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  const quotes: QuoteState = { straight: 0, curly: 0 };
  let from = start;
  let prev = start;
  for (const e of sentenceEnds(view, start, end)) {
    advanceQuotes(view, prev, e, quotes);
    prev = e;
    if (quotes.straight % 2 === 1 || quotes.curly > 0) continue;
    let n = e;
    while (n < end && view.charCodeAt(n) === 0x20) n++;
    const next = view[n];
    const quoteNext = next === '"' || next === '“';
    if (e - from >= target || (quoteNext && e - from >= 80)) {
      parts.push([from, e]);
      from = e;
    }
  }
  parts.push([from, end]);
  return parts;
}

/**
 * Restores paragraphs that a scrape glued together: splits at glued sentence boundaries (`ini.Senior`), and
 * regroups a body that lost its line breaks (one long line) by wide gaps or by sentences, with a diagnostic.
 */
export function splitParagraphs(options: SplitParagraphsOptions = {}): Stage {
  const longParagraph = options.longParagraph ?? 1000;
  const target = options.targetLength ?? 320;
  return (article, { source, view }) => {
    const paragraphs: Paragraph[] = [];
    let glued = 0;
    let regrouped = 0;
    // A body whose paragraphs are long on average lost its line breaks (cut only by inline boilerplate): regroup
    // every long-ish piece of it, not just the longest.
    let total = 0;
    for (const p of article.paragraphs) total += p.end - p.start;
    const count = article.paragraphs.length;
    const lostBreaks =
      count > 0 && (total / count > longParagraph * 0.7 || (count <= 3 && total > longParagraph));
    const limit = lostBreaks ? target * 1.5 : longParagraph;
    // Where glued boundaries can be, found in one scan of the whole text.
    const candidates = strictCandidates(view);
    for (const p of article.paragraphs) {
      // Most paragraphs are whole and short: keep their span object.
      const junction = findStrictJunction(view, p.start, p.end, candidates);
      if (junction < 0 && p.end - p.start <= limit) {
        paragraphs.push(p);
        continue;
      }
      const pieces = atJunctions(view, p.start, p.end, junction, candidates);
      glued += pieces.length - 1;
      // Most paragraphs are whole and short: keep their span object.
      if (pieces.length === 1 && p.end - p.start <= limit) {
        paragraphs.push(p);
        continue;
      }
      for (const [s, e] of pieces) {
        let parts: Array<[number, number]> = [[s, e]];
        if (e - s > limit) {
          parts = atWideGaps(view, s, e) ?? regroup(view, s, e, target);
          if (parts.length > 1) regrouped++;
        }
        for (const [a, b] of parts) {
          const span = trimmedSpan(source, view, a, b);
          if (span.end > span.start) paragraphs.push(span);
        }
      }
    }
    if (glued === 0 && regrouped === 0) return article;
    const diagnostics: Diagnostic[] = [...article.diagnostics];
    if (regrouped > 0) {
      diagnostics.push({
        severity: 'info',
        message: `Regrouped ${regrouped} long paragraph(s) that had lost their line breaks.`,
        rule: 'split-paragraphs',
      });
    }
    if (glued > 0) {
      diagnostics.push({
        severity: 'info',
        message: `Split ${glued} glued paragraph boundary(ies) (a sentence end directly followed by the next).`,
        rule: 'split-glued-paragraphs',
      });
    }
    return { ...article, paragraphs, diagnostics };
  };
}
