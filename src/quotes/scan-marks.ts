import type { Span } from '../model.js';
import { isSpaceAt, isWordCode } from './text.js';

/** A span between an opening and a closing quotation mark inside one paragraph. */
export interface QuotedSpan {
  /** Index of the opening mark, or the paragraph start less one when the mark was cut off before it. */
  readonly open: number;
  /** Index of the closing mark, or -1 when the quote runs to the paragraph's end (it continues below). */
  readonly close: number;
  /** Start and end of the words between the marks, trimmed of spaces. */
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph in the article. */
  readonly paragraph: number;
  /** Start of the paragraph that holds the opening mark (a mark alone may end the paragraph before). */
  readonly floor: number;
  /** Whether the marks are single quotes (`'…'`, `‘…’`), which need a cue to count as speech. */
  readonly single: boolean;
}

const DQ = 0x22; // "
const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LOW = 0x201e; // „
const LAQ = 0xab; // «
const RAQ = 0xbb; // »
const SQ = 0x27; // '
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const isEndPunct = (c: number) => c === 44 || c === 46 || c === 63 || c === 33;
/** Whether a char code is ASCII but no letter or digit (outside `[\p{L}\p{N}]`). */
const isAsciiOther = (c: number): boolean =>
  c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));

/**
 * Finds every quoted span in the paragraphs in one pass that jumps from mark to mark. Straight double quotes
 * alternate; curly, low and angle marks pair by kind; a single quote counts only at a word's edge (never
 * the apostrophe in `Ma'ruf`) and only outside double quotes. Spans with no letter or digit are skipped.
 */
export function scanMarks(view: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const marks = /["\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019]/g;
  const word = /[\p{L}\p{N}]/gu;
  // The first letter or digit at or after the last position asked; positions asked only grow, so the
  // search never goes over the same text twice (a megabyte of marks stays linear).
  let nextWord = -1;
  let asked = 0;
  const hasWord = (from: number, to: number) => {
    if (nextWord < from || from < asked) {
      asked = from;
      // ASCII by char code; the regex from the first character outside ASCII (a mark mostly has a letter next).
      let i = from;
      while (i < view.length && isAsciiOther(view.charCodeAt(i))) i++;
      if (i < view.length && view.charCodeAt(i) < 128) nextWord = i;
      else {
        word.lastIndex = i;
        nextWord = word.exec(view)?.index ?? Number.POSITIVE_INFINITY;
      }
    }
    return nextWord < to;
  };
  // The last mark found, or -1 when none is left. `test` finds it without building a match array; the mark
  // is one character, so it starts one before where the search stopped.
  let m = -1;
  const nextMark = (from: number): number => {
    marks.lastIndex = from;
    return marks.test(view) ? marks.lastIndex - 1 : -1;
  };
  let carried = -1; // an opening mark that ended the previous paragraph with no words after it
  let carriedCode = 0;
  let carriedFloor = 0;
  paragraphs.forEach((p, index) => {
    let open = carried;
    let openCode = carriedCode;
    const floor = open >= 0 ? carriedFloor : p.start;
    carried = -1;
    let single = -1;
    let marked = open >= 0; // a double mark was seen in this paragraph
    const emit = (o: number, c: number, end: number, isSingle: boolean) => {
      let s = o >= p.start ? o + 1 : p.start;
      let e = end;
      if (!hasWord(s, e)) return;
      while (s < e && isSpaceAt(view, s)) s++;
      while (e > s && isSpaceAt(view, e - 1)) e--;
      spans.push({
        open: o,
        close: c,
        start: s,
        end: e,
        paragraph: index,
        floor: o >= p.start ? p.start : floor,
        single: isSingle,
      });
    };
    // One search runs on through all paragraphs; it restarts only if paragraphs come out of order.
    if (m < p.start) m = nextMark(p.start);
    for (; m >= 0 && m < p.end; m = nextMark(m + 1)) {
      const i = m;
      const c = view.charCodeAt(i);
      const after = i + 1 < p.end ? view.charCodeAt(i + 1) : 32;
      const before = i > p.start ? view.charCodeAt(i - 1) : 32;
      if (c === SQ || c === LSQ || c === RSQ) {
        if (open >= 0) continue;
        const wordBefore = isWordCode(before);
        const wordAfter = isWordCode(after);
        if (single < 0) {
          if (c !== RSQ && !wordBefore && wordAfter) single = i;
        } else if (!wordAfter && (wordBefore || isEndPunct(before))) {
          emit(single, i, i, true);
          single = -1;
        }
        continue;
      }
      if (open < 0) {
        // A closing mark first in a paragraph whose opening mark was cut off with a headline before it
        // (`Baca juga: … "`): the quote runs from the paragraph's start.
        // A mark ending the paragraph opens a quote that goes on below (`…(26/5/2019)."` ¶ `Tidak …," kata X`).
        if (!marked && (c === DQ || c === RDQ) && isEndPunct(before) && !isWordCode(after) && i + 1 < p.end) {
          marked = true;
          emit(p.start - 1, i, i, false);
          continue;
        }
        marked = true;
        // ” and » open only in the ”…” / »…« styles, right before a word.
        if ((c === RDQ || c === RAQ) && !(isWordCode(after) && !isWordCode(before))) continue;
        open = i;
        openCode = c;
        single = -1;
        continue;
      }
      let closes = c !== LOW && !(c === LAQ && openCode !== RAQ);
      // “ after „ closes (German style); elsewhere it closes only at a word's end, else it reopens.
      if (c === LDQ && openCode !== LOW) closes = !isSpaceAt(view, i - 1) && !isWordCode(after);
      if (closes) {
        emit(open, i, i, false);
        open = -1;
      } else {
        open = i;
        openCode = c;
      }
    }
    if (open >= 0 && hasWord(Math.max(open + 1, p.start), p.end)) emit(open, -1, p.end, false);
    else if (open >= 0) {
      carried = open;
      carriedCode = openCode;
      carriedFloor = open >= p.start ? p.start : floor;
    }
  });
  return spans;
}
