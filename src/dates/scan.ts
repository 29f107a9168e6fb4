/**
 * The digit-led parsers of the date scanner (`29/2/2016`, `29 Februari 2016`, `2016-02-29`, `2002`, counts,
 * clock times) and the parts the word-led parsers share: day checks, trailing parts of the day, clock anchors.
 */
import { PARTS_OF_DAY, TIME_ZONES, UNITS } from '../data/months.js';
import type { DateKind, DateResolution } from '../model.js';
import {
  addDays,
  type Day,
  fullYear,
  inferYear,
  isoClock,
  isoDay,
  isValidDay,
  toOrdinal,
  weekdayOf,
} from './calendar.js';
import { type Dir, dirOf, type Found, lower, monthOf, previousWord, type ScanState } from './found.js';
import { makeGates } from './gates.js';
import { NOT_DURATION_BEFORE, NOT_YEAR_BEFORE, type Patterns, YEAR_AFTER, YEAR_CUES } from './patterns.js';
import { holidayKey, holidayNear, oneFieldApart, shift, weekdayNear } from './relative.js';

/** A law's number and year (`Nomor 19 Tahun 2016`): the words before its year. */
export const LAW_NUMBER = /\d {1,3}tahun {1,3}$/i;

/** The number of spaces right before `i`, counting back to `floor` at most. */
function spacesBefore(view: string, i: number, floor: number): number {
  let k = i;
  while (k > floor && view.charCodeAt(k - 1) === 32) k--;
  return i - k;
}

/**
 * Whether `view.slice(Math.max(0, p - 24), p)` ends with `LAW_NUMBER` (`19 Tahun `), read by char code (it is
 * asked at every year): `tahun` in any ASCII case (the flag `i` without `u` folds no other letter to them).
 */
export function isLawNumberBefore(view: string, p: number): boolean {
  const floor = Math.max(0, p - 24);
  const n1 = spacesBefore(view, p, floor);
  if (n1 < 1 || n1 > 3) return false;
  const t = p - n1 - 5;
  if (t < floor) return false;
  const word = 'tahun';
  for (let k = 0; k < 5; k++) if ((view.charCodeAt(t + k) | 32) !== word.charCodeAt(k)) return false;
  const n2 = spacesBefore(view, t, floor);
  if (n2 < 1 || n2 > 3 || t - n2 - 1 < floor) return false;
  return isDigitAt(view, t - n2 - 1);
}

/** Whether `view[s, e)` is three or more letters a–z (`/^[a-z]{3,}$/` on the slice; `s` not negative). */
function isLowerWord(view: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  for (let k = s; k < e; k++) {
    const c = view.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether a year follows `end` after one to three spaces (`/^ {1,3}(?:19|20)\d\d(?!\d)/` on `view.slice(end, end + 8)`). */
export function isYearAfter(view: string, end: number): boolean {
  let q = end;
  while (q < end + 4 && view.charCodeAt(q) === 32) q++;
  const n = q - end;
  if (n < 1 || n > 3) return false;
  const a = view.charCodeAt(q);
  const b = view.charCodeAt(q + 1);
  return (
    ((a === 49 && b === 57) || (a === 50 && b === 48)) &&
    isDigitAt(view, q + 2) &&
    isDigitAt(view, q + 3) &&
    !isDigitAt(view, q + 4)
  );
}

const NEXT_WORD = /^ {1,3}(\p{L}+)/u;
/**
 * The word after a year: `NEXT_WORD` on `view.slice(end, end + 16)` as `[start, end)` of its letters, or null.
 * A word of ASCII letters is read by char code; anything else goes to the regex.
 */
export function nextWordAfter(view: string, end: number): [number, number] | null {
  const limit = Math.min(end + 16, view.length);
  let q = end;
  while (q < limit && view.charCodeAt(q) === 32) q++;
  const n = q - end;
  if (n < 1 || n > 3 || q >= limit) return null;
  let e = q;
  for (; e < limit; e++) {
    const c = view.charCodeAt(e);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
  }
  if (e < limit && view.charCodeAt(e) >= 128) {
    const m = NEXT_WORD.exec(view.slice(end, limit));
    return m ? [end + n, end + n + (m[1] as string).length] : null;
  }
  return e > q ? [q, e] : null;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const isDigitAt = (view: string, i: number): boolean => {
  const c = view.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * Where the year at `p` ends, or -1: what the `year` pattern (`((?:19|20)\d\d)(?![\p{L}\p{N}])(?![.,]\d)`)
 * matches, read by char code (it runs at every four-digit number).
 */
export function yearEnd(view: string, p: number): number {
  const a = view.charCodeAt(p);
  const b = view.charCodeAt(p + 1);
  if (
    !((a === 49 && b === 57) || (a === 50 && b === 48)) ||
    !isDigitAt(view, p + 2) ||
    !isDigitAt(view, p + 3)
  )
    return -1;
  const e = p + 4;
  if (e >= view.length) return e;
  const c = view.charCodeAt(e);
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return -1;
    if ((c === 46 || c === 44) && isDigitAt(view, e + 1)) return -1;
  } else if (LETTER_OR_NUMBER.test(String.fromCodePoint(view.codePointAt(e) as number))) return -1;
  return e;
}

/** A year-inferred day moved a year to agree with `mendatang` (+1) or `lalu` (-1) after it. */
function towards(day: Day, dir: Dir, ref: Day): Day {
  const diff = toOrdinal(day) - toOrdinal(ref);
  if (dir === 1 && diff < 0 && isValidDay(day.y + 1, day.m, day.d)) return { ...day, y: day.y + 1 };
  if (dir === -1 && diff > 0 && isValidDay(day.y - 1, day.m, day.d)) return { ...day, y: day.y - 1 };
  return day;
}

/** The scanner, with its patterns compiled once. */
export function makeScanner(P: Patterns) {
  const gates = makeGates(P);
  const at = (re: RegExp, view: string, p: number, to: number): RegExpExecArray | null => {
    const gate = gates.get(re);
    if (gate !== undefined && !gate(view, p)) {
      re.lastIndex = 0; // as a failed exec leaves it (callers may read it)
      return null;
    }
    re.lastIndex = p;
    const m = re.exec(view);
    return m && re.lastIndex <= to ? m : null;
  };
  /** Whether `at` would match (its groups unread): `test` builds no match array. */
  const has = (re: RegExp, view: string, p: number, to: number): boolean => {
    const gate = gates.get(re);
    if (gate !== undefined && !gate(view, p)) {
      re.lastIndex = 0;
      return false;
    }
    re.lastIndex = p;
    return re.test(view) && re.lastIndex <= to;
  };

  const found = (
    start: number,
    end: number,
    value: string | null,
    kind: DateKind,
    resolution: DateResolution,
    day: Day | null = null,
  ): Found => ({ start, end, value, kind, resolution, day });

  /** A day-level expression with what may follow it: a part of the day, a clock time, `lalu`. */
  function finishDay(
    view: string,
    start: number,
    end: number,
    to: number,
    day: Day | null,
    resolution: DateResolution,
  ): Found {
    let part = '';
    let clock = '';
    let m = at(P.tailPart, view, end, to);
    if (m) {
      part = PARTS_OF_DAY[lower(m[1])] ?? '';
      end = P.tailPart.lastIndex;
    }
    m = at(P.tailClock, view, end, to);
    const h = Number(m?.[2]);
    if (m && (m[1] || m[4]) && h < 24 && Number(m[3]) < 60) {
      clock = isoClock(h, Number(m[3])) + (m[4] ? (TIME_ZONES[lower(m[4])] ?? '') : '');
      end = P.tailClock.lastIndex;
    }
    if (has(P.tailDeictic, view, end, to)) end = P.tailDeictic.lastIndex;
    const time = clock || part;
    const value = day ? isoDay(day) + (time ? `T${time}` : '') : null;
    return found(start, end, value, time ? 'time' : 'date', resolution, day);
  }

  /** A written day checked against its weekday; an evident one-field typo yields to the weekday near the reference. */
  function checked(day: Day, wd: number, state: ScanState, start: number, end: number): Day {
    if (wd < 0 || weekdayOf(day) === wd) return day;
    let fixed: Day | null = null;
    if (state.ref) {
      const past = weekdayNear(state.ref, wd, null);
      const next = weekdayNear(state.ref, wd, 1);
      fixed = oneFieldApart(past, day) ? past : oneFieldApart(next, day) ? next : null;
    }
    state.diagnostics.push({
      severity: 'warning',
      rule: 'date-weekday-mismatch',
      message: `the weekday does not match ${isoDay(day)}; ${fixed ? `read as ${isoDay(fixed)}` : 'the date is kept'}`,
      range: [start, end],
    });
    return fixed ?? day;
  }

  /** A day and month with an optional (maybe two-digit) year, checked against a weekday when one is given. */
  function dayOf(
    d: number,
    mo: number,
    y: string | undefined,
    wd: number,
    state: ScanState,
    start: number,
    end: number,
  ): { day: Day | null; resolution: DateResolution } {
    if (y) {
      const year = fullYear(Number(y));
      if (!isValidDay(year, mo, d)) return { day: null, resolution: 'absolute' };
      return { day: checked({ y: year, m: mo, d }, wd, state, start, end), resolution: 'absolute' };
    }
    const ref = state.ref;
    if (!ref || mo < 1 || mo > 12) return { day: null, resolution: 'year-inferred' };
    let year = inferYear(mo, d, ref);
    // The weekday may pick another year, but only one within half a year of the reference (`Minggu (28/12)`).
    if (wd >= 0 && isValidDay(year, mo, d) && weekdayOf({ y: year, m: mo, d }) !== wd) {
      for (const yy of [ref.y, ref.y - 1, ref.y + 1]) {
        const day = { y: yy, m: mo, d };
        if (
          isValidDay(yy, mo, d) &&
          weekdayOf(day) === wd &&
          Math.abs(toOrdinal(day) - toOrdinal(ref)) < 183
        ) {
          year = yy;
          break;
        }
      }
    }
    if (!isValidDay(year, mo, d)) return { day: null, resolution: 'year-inferred' };
    return { day: checked({ y: year, m: mo, d }, wd, state, start, end), resolution: 'year-inferred' };
  }

  function digitLed(view: string, p: number, to: number, state: ScanState): Found | null {
    // The second number of `2.500`, `0,44`, `13/12`, `10:30`: not a start.
    const b = view.charCodeAt(p - 1);
    if ((b === 47 || b === 46 || b === 45 || b === 58 || b === 44) && p > 0 && isDigitAt(view, p - 2))
      return null;
    let e = p;
    while (e < to && view.charCodeAt(e) >= 48 && view.charCodeAt(e) <= 57) e++;
    const n = e - p;
    // The character after the digits, by code (NaN past the end, where no pattern can match).
    const next = view.charCodeAt(e);
    // Only the patterns that can start with this many digits and this next character are tried.
    if (n === 4) return yearLed(view, p, to, state, next);
    if (n <= 2 && (next === 47 || next === 46 || next === 45)) {
      const m = at(P.numeric, view, p, to);
      if (m && (m[4]?.length === 4 || m[2] === '/')) {
        const r = dayOf(Number(m[1]), Number(m[3]), m[4], -1, state, p, P.numeric.lastIndex);
        if (r.day) return finishDay(view, p, P.numeric.lastIndex, to, r.day, r.resolution);
      }
      if (p > 0 && b === 40 && next === 47) {
        const m2 = at(P.parenNoYear, view, p, to);
        if (m2) {
          const end = P.parenNoYear.lastIndex;
          const r = dayOf(Number(m2[1]), Number(m2[2]), undefined, -1, state, p, end);
          if (r.day || state.ref === null)
            return found(p - 1, end, r.day && isoDay(r.day), 'date', r.resolution, r.day);
        }
      }
    }
    if (n <= 2 && (next === 46 || next === 58)) {
      const m = at(P.bareClock, view, p, to);
      if (m) return clockAt(p, P.bareClock.lastIndex, Number(m[1]), Number(m[2]), m[3], state);
    }
    if (n <= 2 && (next === 32 || next === 43 || next === 45 || next === 0x2013)) {
      const m = at(P.dayMonth, view, p, to);
      if (m) {
        const end = P.dayMonth.lastIndex;
        const range = has(P.rangeTail, view, end, to);
        if (m[2] || range) return found(p, range ? P.rangeTail.lastIndex : end, null, 'date', 'absolute');
        const r = dayOf(Number(m[1]), monthOf(m[3]), m[4], -1, state, p, end);
        if (r.day && !m[4] && state.ref)
          r.day = towards(r.day, dirOf(at(P.tailDeictic, view, end, to)?.[1]), state.ref);
        return r.day ? finishDay(view, p, end, to, r.day, r.resolution) : null;
      }
    }
    if (n <= 3 && next === 32) {
      const m = at(P.count, view, p, to);
      if (m) return counted(view, p, to, m, P.count.lastIndex, Number(m[1]), state);
    }
    return null;
  }

  /** `2016-02-29`, `2019-2024`, `2002` in context. */
  function yearLed(view: string, p: number, to: number, state: ScanState, next: number): Found | null {
    let m = next === 45 ? at(P.iso, view, p, to) : null;
    if (m) {
      const day: Day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      if (!isValidDay(day.y, day.m, day.d)) return null;
      const zone = m[6] === 'Z' ? '+00:00' : m[6] ? m[6].replace(/^([+-]\d\d)(\d\d)$/, '$1:$2') : '';
      const value = isoDay(day) + (m[4] ? `T${m[4]}:${m[5]}${zone}` : '');
      return found(p, P.iso.lastIndex, value, m[4] ? 'time' : 'date', 'absolute', day);
    }
    m = at(P.yearRange, view, p, to);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]) < 100 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (b > a && b - a < 100) return found(p, P.yearRange.lastIndex, null, 'date', 'absolute');
    }
    const end = yearEnd(view, p);
    if (end < 0 || end > to || !isYearContext(view, p, end, state)) return null;
    const tail = has(P.tailDeictic, view, end, to);
    return found(p, tail ? P.tailDeictic.lastIndex : end, view.slice(p, end), 'date', 'absolute');
  }

  function isYearContext(view: string, p: number, end: number, state: ScanState): boolean {
    if (isLawNumberBefore(view, p)) return false; // `Nomor 19 Tahun 2016`
    if (view.startsWith('-an', end)) return false; // `1970-an`, a decade
    if (view[p - 1] === '(' && view[end] === ')') return true;
    const prev = previousWord(view, p);
    if (YEAR_CUES.has(prev)) return true;
    const next = nextWordAfter(view, end);
    // (The words of `YEAR_AFTER` have at most nine letters; lower-casing never shortens a word.)
    if (next && next[1] - next[0] <= 9) {
      if (YEAR_AFTER.has(view.slice(next[0], next[1]).toLowerCase())) return true;
    }
    // `bisa produksi 2018.`, `sepanjang 2014,`: after a lower-case word that neither counts nor names
    // (`sebanyak 2000`, `pilpres 2019`), at the end of a clause (a count goes on: `2000 orang`).
    const afterPrev =
      view.charCodeAt(p - 1) === 32 &&
      (p - 1 - prev.length >= 0
        ? isLowerWord(view, p - 1 - prev.length, p - 1)
        : /^[a-z]{3,}$/.test(view.slice(p - 1 - prev.length, p - 1))) &&
      !NOT_YEAR_BEFORE.has(prev);
    if (afterPrev && !next && /^[.,;:!?"”]|^\s*$/.test(view.slice(end, end + 2))) return true;
    // Lists of years: `2014, 2015 dan 2016`.
    return (
      p - state.lastEnd <= 8 && /^,? ?(?:dan|atau|hingga|sampai|-)? ?$/.test(view.slice(state.lastEnd, p))
    );
  }

  function clockAt(
    start: number,
    end: number,
    h: number,
    min: number,
    zone: string | undefined,
    state: ScanState,
  ): Found | null {
    if (h > 24 || min > 59) return null;
    const anchor = state.lastWritten ?? state.ref;
    const time = isoClock(h, min) + (zone ? (TIME_ZONES[lower(zone)] ?? '') : '');
    return found(start, end, anchor ? `${isoDay(anchor)}T${time}` : null, 'time', 'relative', anchor);
  }

  /** `dua hari lalu` (a day), `enam tahun` (a duration), `sepekan sebelum Lebaran` (a day). */
  function counted(
    view: string,
    p: number,
    to: number,
    m: RegExpExecArray,
    end: number,
    n: number,
    state: ScanState,
  ): Found | null {
    const unit = UNITS[lower(m[2])] ?? '';
    if (!unit || !Number.isFinite(n)) return null;
    const rel = lower(m[3]);
    const ref = state.ref;
    if (rel && rel !== 'terakhir' && rel !== 'belakangan') {
      if (unit.startsWith('T') || unit.length > 1) return null;
      const anaphoric = rel === 'kemudian' || rel === 'sebelumnya';
      const sign = rel === 'kemudian' || dirOf(rel) === 1 ? 1 : -1;
      if (anaphoric && unit === 'Y' && state.lastYear !== null) {
        return found(p, end, String(state.lastYear + sign * n), 'date', 'relative');
      }
      const base = anaphoric ? state.last : ref;
      return found(p, end, base ? shift(base, unit, sign * n) : null, 'date', 'relative');
    }
    const anchor = at(P.anchorHoliday, view, end, to);
    if (anchor && ref && (unit === 'D' || unit === 'W')) {
      const h = holidayNear(holidayKey(lower(anchor[2])), ref, 0);
      const days = (unit === 'W' ? 7 : 1) * n * (/sebelum|jelang/.test(lower(anchor[1])) ? -1 : 1);
      return found(p, P.anchorHoliday.lastIndex, h ? isoDay(addDays(h, days)) : null, 'date', 'relative');
    }
    if (NOT_DURATION_BEFORE.has(previousWord(view, p))) return null;
    if (unit === 'Y' && isYearAfter(view, end)) return null; // `Nomor 19 Tahun 2016`
    const iso = unit.startsWith('T')
      ? `PT${n}${unit.slice(1)}`
      : `P${n * Number(unit.slice(1) || 1)}${unit[0]}`;
    return found(p, end, iso, 'duration', 'absolute');
  }

  return { at, has, found, finishDay, checked, dayOf, digitLed, counted, clockAt };
}

/** The scanner's parts, shared with the word-led parsers. */
export type Scanner = ReturnType<typeof makeScanner>;
