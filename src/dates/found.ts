/** What the date scanner finds and carries along an article, and the small word helpers its parsers share. */
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from '../data/months.js';
import type { DateKind, DateResolution, Diagnostic } from '../model.js';
import type { Day } from './calendar.js';
import { DIRECTION } from './relative.js';

/** A date expression found by the scanner. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly kind: DateKind;
  readonly resolution: DateResolution;
  /** The day it denotes, when it denotes one (anchors `hari itu` and lone clock times). */
  readonly day: Day | null;
}

/** What the scanner carries from one expression to the next within an article. */
export interface ScanState {
  readonly ref: Day | null;
  /** Report `sekarang`/`saat ini` as the reference day. */
  readonly present: boolean;
  last: Day | null;
  /** The last day written out (not relative): what a lone `pukul 10.00` is on. */
  lastWritten: Day | null;
  /** Days written out within a week of the reference, by weekday: a later bare `Kamis` is that day. */
  readonly byWeekday: (Day | null)[];
  /** The last year-level value (`2012`), for `setahun sebelumnya`. */
  lastYear: number | null;
  lastEnd: number;
  readonly diagnostics: Diagnostic[];
}

/** A scan state for one article: nothing seen yet. */
export function newScanState(ref: Day | null, present: boolean, diagnostics: Diagnostic[]): ScanState {
  const byWeekday: (Day | null)[] = [null, null, null, null, null, null, null];
  return {
    ref,
    present,
    last: null,
    lastWritten: null,
    byWeekday,
    lastYear: null,
    lastEnd: -10,
    diagnostics,
  };
}

export type Dir = -1 | 0 | 1;
export const dirOf = (w: string | undefined): Dir =>
  DIRECTION[(w ?? '').toLowerCase().replace(/ +/g, ' ')] ?? 0;
export const lower = (w: string | undefined): string => (w ?? '').toLowerCase().replace(/ +/g, ' ');
export const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
export const numberOf = (w: string): number =>
  /^\d/.test(w) ? Number(w) : (NUMBER_WORDS[lower(w)] ?? Number.NaN);
export const monthOf = (w: string | undefined): number => MONTHS[lower(w).replace(/\.$/, '')] ?? 0;
export const weekdayNamed = (w: string | undefined): number => WEEKDAYS[lower(w).replace('’', "'")] ?? -1;

/** The word (letters or digits) just before `p`, lower case, and the character before it. */
export function previousWord(view: string, p: number): string {
  let e = p;
  while (e > 0 && view[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{N}-]/u.test(view[s - 1] as string)) s--;
  return view.slice(s, e).toLowerCase();
}
