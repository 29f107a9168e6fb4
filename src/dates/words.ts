/** The calendar-word parsers of the date scanner: `Senin lalu`, `Juni 2014`, `akhir Desember`, `tahun depan`. */
import { PARTS_OF_DAY } from '../data/months.js';
import { inferYear, isoDay, isoMonth } from './calendar.js';
import {
  dirOf,
  type Found,
  isNumberBefore,
  isUpper,
  lower,
  monthOf,
  previousWord,
  type ScanState,
  weekdayNamed,
} from './found.js';
import type { Patterns } from './patterns.js';
import { monthAway, namedMonth, weekAway, weekdayNear, weekdayOfWeek } from './relative.js';
import type { Scanner } from './scan.js';

const FULL_MONTHS = new Set([
  'januari',
  'februari',
  'pebruari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'nopember',
  'desember',
  'julai',
  'ogos',
  'disember',
  'january',
  'february',
  'march',
  'june',
  'july',
  'august',
  'october',
  'december',
]);
const LETTER = /\p{L}/u;
/** Whether `view[i]` (one code unit) is a letter: `/\p{L}/u`, by char code within ASCII. */
function isLetterAt(view: string, i: number): boolean {
  const c = view.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(view[i] as string);
}

/** Whether the word before `p` (on the same line, no punctuation between) starts with a capital. */
function isCapitalWordBefore(view: string, p: number): boolean {
  let e = p;
  while (e > 0 && view[e - 1] === ' ') e--;
  if (e === p || e === 0) return false;
  let s = e;
  while (s > 0 && isLetterAt(view, s - 1)) s--;
  if (s === e) return false;
  let b = s;
  while (b > 0 && view[b - 1] === ' ') b--;
  // A capital after a sentence end or a line start is only the sentence's first word.
  if (b === 0 || /[.!?\n"“(]/.test(view[b - 1] as string)) return false;
  return isUpper(view[s]);
}

const ORDINALS: Readonly<Record<string, number>> = {
  pertama: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
const SINCE = new Set(['sejak', 'semenjak', 'dari']);
const UNTIL = new Set(['hingga', 'sampai', 'jelang', 'menjelang']);
const MONTH_CUES = new Set([
  'pada',
  'sejak',
  'hingga',
  'sampai',
  'mulai',
  'selama',
  'jelang',
  'menjelang',
  'bulan',
  'per',
]);
const UNIT_STEP: Readonly<Record<string, string>> = { tahun: 'Y', bulan: 'M', pekan: 'W', minggu: 'W' };

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isDateSeparator = (c: number): boolean => c === 47 || c === 46 || c === 45; // / . -

/**
 * The common bracketed date after a weekday, ` (26/5/2019)` or `(26/5)` (one space at most, no spaces inside),
 * read by char code: where it ends, its day, month and where its year starts and ends in `out` (the year -1
 * when there is none). -1 when it has another shape: the `afterDayParen` pattern then decides (it takes the
 * same texts and more: spaces, a comma, `waktu setempat`).
 */
export function simpleParenDate(view: string, q: number, out: Int32Array): number {
  if (view.charCodeAt(q) === 32) q++;
  if (view.charCodeAt(q) !== 40) return -1;
  let i = q + 1;
  let d = 0;
  const ds = i;
  while (isDigitCode(view.charCodeAt(i)) && i - ds < 3) d = d * 10 + view.charCodeAt(i++) - 48;
  if (i === ds || i - ds > 2 || !isDateSeparator(view.charCodeAt(i))) return -1;
  const ms = ++i;
  let mo = 0;
  while (isDigitCode(view.charCodeAt(i)) && i - ms < 3) mo = mo * 10 + view.charCodeAt(i++) - 48;
  if (i === ms || i - ms > 2) return -1;
  let ys = -1;
  let ye = -1;
  if (isDateSeparator(view.charCodeAt(i))) {
    ys = ++i;
    while (isDigitCode(view.charCodeAt(i)) && i - ys < 5) i++;
    if (i - ys !== 4 && i - ys !== 2) return -1;
    ye = i;
  }
  if (view.charCodeAt(i) !== 41) return -1;
  out[0] = d;
  out[1] = mo;
  out[2] = ys;
  out[3] = ye;
  return i + 1;
}
/** Makes the parsers led by a weekday, a month, an edge word (`awal`, `akhir`) or a unit (`tahun`, `bulan`, `pekan`). */
export function makeCalendarWords(P: Patterns, S: Scanner) {
  const { at, has, found, finishDay } = S;
  /** The fields `simpleParenDate` reads (one array for the stage: the scan is synchronous). */
  const paren = new Int32Array(4);

  /**
   * `word` is the trigger word at `p` (lower case): the weekday pattern matches it whole when no letter follows.
   * A character outside ASCII after it goes to the pattern (the trigger word ends at any non-ASCII-letter).
   */
  function weekdayLed(view: string, p: number, to: number, state: ScanState, word: string): Found | null {
    let end0 = p + word.length;
    let wd = weekdayNamed(word);
    if (view.charCodeAt(end0) >= 128) {
      const m0 = at(P.weekday, view, p, to);
      if (!m0) return null;
      wd = weekdayNamed(m0[1]);
      end0 = P.weekday.lastIndex;
    } else if (wd < 0 || end0 > to) return null;
    const ref = state.ref;
    // `Senin (26/5/2019)`, the commonest shape, without the regex (same reading: `dayOf` on the same fields).
    const simple = simpleParenDate(view, end0, paren);
    if (simple >= 0 && simple <= to) {
      const year = paren[2] as number;
      const y = year < 0 ? undefined : view.slice(year, paren[3]);
      const r = S.dayOf(paren[0] as number, paren[1] as number, y, wd, state, p, simple);
      if (!r.day) return found(p, simple, null, 'date', r.resolution);
      return finishDay(view, p, simple, to, r.day, r.resolution);
    }
    let m = at(P.afterDayParen, view, end0, to) ?? at(P.afterDayPartParen, view, end0, to);
    if (m) {
      const re = m.length > 4 ? P.afterDayPartParen : P.afterDayParen;
      const o = m.length > 4 ? 1 : 0;
      const end = re.lastIndex;
      const r = S.dayOf(Number(m[1 + o]), Number(m[2 + o]), m[3 + o], wd, state, p, end);
      if (!r.day) return found(p, end, null, 'date', r.resolution);
      if (o)
        return found(
          p,
          end,
          `${isoDay(r.day)}T${PARTS_OF_DAY[lower(m[1])] ?? ''}`,
          'time',
          r.resolution,
          r.day,
        );
      return finishDay(view, p, end, to, r.day, r.resolution);
    }
    m = at(P.afterDayText, view, end0, to);
    if (m) {
      const r = S.dayOf(Number(m[1]), monthOf(m[2]), m[3], wd, state, p, P.afterDayText.lastIndex);
      if (r.day) return finishDay(view, p, P.afterDayText.lastIndex, to, r.day, r.resolution);
    }
    // Lower-case `minggu` is "week"; a bare weekday needs its capital.
    if (!isUpper(view[p])) return null;
    m = at(P.afterDayWeek, view, end0, to);
    if (m) {
      const day = ref && weekdayOfWeek(ref, wd, dirOf(m[2]));
      return finishDay(view, p, P.afterDayWeek.lastIndex, to, day, 'relative');
    }
    m = at(P.afterDayDeictic, view, end0, to);
    // `Pasar Minggu`, `Sabtu-Minggu`: a place name or a generic weekend, not a day.
    if (!m && (view[end0] === '-' || isCapitalWordBefore(view, p))) return null;
    const end = m ? P.afterDayDeictic.lastIndex : end0;
    // A bare weekday is the day of that weekday written out nearby (`Kamis (27/11)` … `pertemuan Kamis`).
    const day = ref && ((m ? null : state.byWeekday[wd]) ?? weekdayNear(ref, wd, m ? dirOf(m[1]) : null));
    return finishDay(view, p, end, to, day, 'relative');
  }

  function monthLed(view: string, p: number, to: number, state: ScanState): Found | null {
    if (!isUpper(view[p])) return null;
    const ref = state.ref;
    const m = at(P.month, view, p, to);
    const mo = monthOf(m?.[1]);
    if (m?.[2]) {
      const tail = has(P.tailDeictic, view, P.month.lastIndex, to);
      return found(
        p,
        tail ? P.tailDeictic.lastIndex : P.month.lastIndex,
        isoMonth(Number(m[2]), mo),
        'date',
        'absolute',
      );
    }
    if (m) {
      const rel = lower(m[3]);
      let value: string | null = null;
      if (ref && rel.startsWith('tahun'))
        value = isoMonth(ref.y + (rel.endsWith('lalu') ? -1 : rel.endsWith('ini') ? 0 : 1), mo);
      else if (ref) value = namedMonth(ref, mo, dirOf(m[4]));
      return found(p, P.month.lastIndex, value, 'date', 'relative');
    }
    // A bare month name (`pengiriman Januari`, `sejak Juni`): a full name, not inside a name (`Juni Rahayu`).
    const m2 = /^(\p{L}+)(?: {1,3}(\S))?/u.exec(view.slice(p, p + 16));
    const name = m2?.[1] ?? '';
    const mo2 = monthOf(name);
    if (!mo2 || name.length < (mo2 === 5 ? 3 : 4) || FULL_MONTHS.has(name.toLowerCase()) === false)
      return null;
    const prev = previousWord(view, p);
    const afterName =
      isUpper(m2?.[2]) || /^ {0,3}[-–]/.test(view.slice(p + name.length, p + name.length + 4));
    const inName = afterName || (isCapitalWordBefore(view, p) && !MONTH_CUES.has(prev));
    if (inName || !ref) return inName ? null : found(p, p + name.length, null, 'date', 'year-inferred');
    // `sejak Juni` looks back, `hingga Juni` ahead; otherwise the nearest.
    const back = SINCE.has(prev);
    const ahead = UNTIL.has(prev);
    const year = back
      ? mo2 <= ref.m
        ? ref.y
        : ref.y - 1
      : ahead
        ? mo2 >= ref.m
          ? ref.y
          : ref.y + 1
        : inferYear(mo2, 15, ref, 1);
    return found(p, p + name.length, isoMonth(year, mo2), 'date', 'year-inferred');
  }

  function edgeLed(view: string, p: number, to: number, state: ScanState): Found | null {
    const m = at(P.edge, view, p, to);
    if (!m) return null;
    const ref = state.ref;
    let end = P.edge.lastIndex;
    let value: string | null = null;
    let resolution: 'absolute' | 'relative' | 'year-inferred' = 'relative';
    if (m[2]) {
      const mo = monthOf(m[2]);
      if (m[3]) [value, resolution] = [isoMonth(Number(m[3]), mo), 'absolute'];
      else [value, resolution] = [ref && isoMonth(inferYear(mo, 15, ref, 1), mo), 'year-inferred'];
    } else if (m[4]) [value, resolution] = [m[4], 'absolute'];
    else if (ref) {
      const unit = UNIT_STEP[lower(m[5])] ?? 'Y';
      const n = dirOf(m[6]);
      if (unit === 'Y') value = String(ref.y + n);
      else if (unit === 'M') value = monthAway(ref, n);
      else value = `${weekAway(ref, n)}${lower(m[1]) === 'akhir' ? '-WE' : ''}`;
    }
    if (has(P.tailDeictic, view, end, to)) end = P.tailDeictic.lastIndex;
    return found(p, end, value, 'date', resolution);
  }

  function unitLed(view: string, p: number, to: number, state: ScanState, word: string): Found | null {
    const ref = state.ref;
    if (word === 'tahun') {
      const m = at(P.tahun, view, p, to);
      if (!m || isNumberBefore(view, p)) return null;
      let end = P.tahun.lastIndex;
      if (view.startsWith('-an', end)) return null; // `tahun 1970-an`, a decade
      if (m[1]) {
        if (has(P.tailDeictic, view, end, to)) end = P.tailDeictic.lastIndex;
        return found(p, end, m[1], 'date', 'absolute');
      }
      return found(p, end, ref && String(ref.y + dirOf(m[2])), 'date', 'relative');
    }
    if (word === 'bulan') {
      const m = at(P.bulan, view, p, to);
      if (!m) return null;
      const mo = monthOf(m[1]);
      if (m[2]) return found(p, P.bulan.lastIndex, isoMonth(Number(m[2]), mo), 'date', 'absolute');
      if (mo)
        return found(
          p,
          P.bulan.lastIndex,
          ref && isoMonth(inferYear(mo, 15, ref, 1), mo),
          'date',
          'year-inferred',
        );
      return found(p, P.bulan.lastIndex, ref && monthAway(ref, dirOf(m[3])), 'date', 'relative');
    }
    const m = at(P.pekan, view, p, to);
    if (!m) return null;
    return found(p, P.pekan.lastIndex, ref && weekAway(ref, dirOf(m[2])), 'date', 'relative');
  }

  /** `kuartal kedua 2015` (`2015-Q2`), `semester I tahun ini` (`2019-H1`). */
  function quarterLed(view: string, p: number, to: number, state: ScanState): Found | null {
    const m = at(P.quarter, view, p, to);
    if (!m) return null;
    const n = ORDINALS[lower(m[2])] ?? 0;
    const half = /^(semester|paruh)$/.test(lower(m[1]));
    if (!n || (half && n > 2)) return null;
    const year = m[3] ? Number(m[3]) : state.ref ? state.ref.y + dirOf(m[4]) : null;
    const value = year === null ? null : `${year}-${half ? 'H' : 'Q'}${n}`;
    return found(p, P.quarter.lastIndex, value, 'date', m[3] ? 'absolute' : 'relative');
  }

  return { weekdayLed, monthLed, edgeLed, unitLed, quarterLed };
}
