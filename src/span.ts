import type { Span } from './model.js';

const SPACE = /\s/;

/** Makes a span of `source[start, end)`, trimmed of surrounding white space in `view`. */
export function trimmedSpan(source: string, view: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(view[s] as string)) s++;
  while (e > s && SPACE.test(view[e - 1] as string)) e--;
  return { text: source.slice(s, e), start: s, end: e };
}

/** Makes a span of `source[start, end)` exactly. */
export function spanOf(source: string, start: number, end: number): Span {
  return { text: source.slice(start, end), start, end };
}

/** Builds the matching view of a source text: same length, spaces and `\r` folded to ` `. */
export function viewOf(source: string): string {
  // U+00A0 no-break, U+2000–U+200A spaces, U+202F, U+205F, U+3000, U+FEFF BOM, \r, \t, \f, \v
  return source.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff\r\t\f\v]/g, ' ');
}
