import type { Span } from '../model.js';
import { type Cue, cueAfter, cueBefore } from './read-cue.js';
import type { QuotedSpan } from './scan-marks.js';
import { countWords, isTitleCase, skipSpaces, skipSpacesBack } from './text.js';

/** A quoted span taken as speech, with the cue that attributes it (null when it has none of its own). */
export interface DirectQuote {
  readonly span: QuotedSpan;
  readonly cue: Cue | null;
}

/** Fewest words a quote with no cue needs to count as a quoted sentence. */
const MIN_SENTENCE_WORDS = 3;

/** Punctuation that ends quoted words (`…,"`, `…?"`), a sign of speech rather than a term. */
const isEndPunct = (c: number) =>
  c === 44 || c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 59 || c === 58;
/** Marks that close a quote. */
const isCloseMark = (c: number) =>
  c === 0x22 || c === 0x201d || c === 0xbb || c === 0x201c || c === 0x27 || c === 0x2019;

/**
 * Tells speech from scare quotes, nicknames and titles: a quote is speech when a cue follows it
 * (`"…," kata X`) or leads into it (`X mengatakan, "…"`), or when it is a quoted sentence of its own
 * (at a sentence start, three words or more, with a lower-case word, ending the sentence).
 */
export function selectDirect(
  view: string,
  paragraphs: readonly Span[],
  spans: readonly QuotedSpan[],
): DirectQuote[] {
  const out: DirectQuote[] = [];
  let lastClose = -1;
  for (const span of spans) {
    const p = paragraphs[span.paragraph];
    if (!p) continue;
    const ends = isEndPunct(view.charCodeAt(span.end - 1));
    const closeEnd = span.close >= 0 ? span.close + 1 : p.end;
    const next = skipSpaces(view, closeEnd, p.end);
    const after = span.close >= 0 ? cueAfter(view, closeEnd, p.end) : null;
    if (after && (ends || view.charCodeAt(next) === 44)) {
      out.push({ span, cue: after });
      lastClose = span.close;
      continue;
    }
    const words = countWords(view, span.start, span.end, MIN_SENTENCE_WORDS);
    const before = cueBefore(view, span.open, span.floor);
    if (before && words >= 2) {
      out.push({ span, cue: before });
      lastClose = span.close;
      continue;
    }
    // A quoted sentence of its own: not a title or a name in title case (`"Inovasi Kualitas Hidup di Kota"`).
    if (span.single || words < MIN_SENTENCE_WORDS || isTitleCase(view, span.start, span.end)) continue;
    const b = skipSpacesBack(view, span.open, span.floor);
    const prev = view.charCodeAt(b - 1);
    const startsSentence =
      b <= span.floor ||
      prev === 46 ||
      prev === 63 ||
      prev === 33 ||
      prev === 58 ||
      (isCloseMark(prev) && b - 1 === lastClose);
    const n = view.charCodeAt(next);
    const endsSentence = ends || next >= p.end || n === 46 || n === 63 || n === 33;
    if (startsSentence && endsSentence) {
      out.push({ span, cue: null });
      lastClose = span.close;
    }
  }
  return out;
}
