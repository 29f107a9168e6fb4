/** Resolution of relative expressions (`Senin lalu`, `bulan depan`, `Lebaran`) against a reference day. */
import { IDUL_ADHA, IDUL_FITRI } from '../data/months.js';
import {
  addDays,
  addMonths,
  type Day,
  isoMonth,
  isoWeek,
  isValidDay,
  parseIsoDay,
  toOrdinal,
  weekdayOf,
} from './calendar.js';

/** Direction words: past (-1), present (0), future (+1). */
export const DIRECTION: Readonly<Record<string, -1 | 0 | 1>> = {
  lalu: -1,
  kemarin: -1,
  silam: -1,
  sebelumnya: -1,
  'yang lalu': -1,
  ini: 0,
  'kali ini': 0,
  depan: 1,
  mendatang: 1,
  nanti: 1,
  besok: 1,
  berikutnya: 1,
  'ke depan': 1,
  lagi: 1,
};

/** The weekday `wd` nearest the reference: dir -1 strictly before, +1 strictly after, 0 nearest, null on/before. */
export function weekdayNear(ref: Day, wd: number, dir: -1 | 0 | 1 | null): Day {
  const back = (weekdayOf(ref) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(ref) + 7) % 7;
  if (dir === -1) return addDays(ref, -(back || 7));
  if (dir === 1) return addDays(ref, ahead || 7);
  if (dir === 0) return addDays(ref, ahead <= back ? ahead : -back);
  return addDays(ref, -back);
}

/** The weekday `wd` in the week `weeks` away from the reference's (Monday-first); from a Sunday, last week's days are the days just past. */
export function weekdayOfWeek(ref: Day, wd: number, weeks: number): Day {
  if (weeks === -1 && weekdayOf(ref) === 0) return weekdayNear(ref, wd, -1);
  const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + 7 * weeks);
  return addDays(monday, (wd + 6) % 7);
}

/** ISO week `weeks` away from the reference's. */
export function weekAway(ref: Day, weeks: number): string {
  return isoWeek(addDays(ref, 7 * weeks));
}

/** Month `months` away from the reference's. */
export function monthAway(ref: Day, months: number): string {
  const t = addMonths(ref.y, ref.m, months);
  return isoMonth(t.y, t.m);
}

/** A named month relative to the reference: dir -1 the last one before, +1 the next, 0 this year's. */
export function namedMonth(ref: Day, m: number, dir: -1 | 0 | 1): string {
  if (dir === -1) return isoMonth(m < ref.m ? ref.y : ref.y - 1, m);
  if (dir === 1) return isoMonth(m >= ref.m ? ref.y : ref.y + 1, m);
  return isoMonth(ref.y, m);
}

/** Moves a day by a count of units (`D`, `W`, `M`, `Y`) and gives the value at that unit's precision. */
export function shift(ref: Day, unit: string, n: number): string | null {
  if (unit === 'D') return isoOf(addDays(ref, n));
  if (unit === 'W') return isoWeek(addDays(ref, 7 * n));
  if (unit === 'M') return monthAway(ref, n);
  if (unit === 'Y') return String(ref.y + n);
  return null;
}

const isoOf = (d: Day): string => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/** Gregorian year of Idul Fitri in a Hijri year (`1440 H` is 2019). */
export function hijriToGregorian(h: number): number {
  return Math.floor(0.970229 * h + 621.5643 + 0.75);
}

const LEBARAN: ReadonlyMap<number, Day> = new Map(
  Object.entries(IDUL_FITRI).map(([y, iso]) => [Number(y), parseIsoDay(iso) as Day]),
);

const ADHA: ReadonlyMap<number, Day> = new Map(
  Object.entries(IDUL_ADHA).map(([y, iso]) => [Number(y), parseIsoDay(iso) as Day]),
);

/** The holiday a name denotes: `lebaran` (Idul Fitri), `adha` (Idul Adha) or `natal`. */
export function holidayKey(name: string): string {
  if (name.startsWith('natal')) return 'natal';
  return /adha|[kq]urban/.test(name) ? 'adha' : 'lebaran';
}

/** A yearly holiday's day in a given year (`lebaran`, `adha`: from the tables; `natal`: 25 December). */
export function holidayIn(key: string, y: number): Day | null {
  if (key === 'natal') return { y, m: 12, d: 25 };
  return (key === 'adha' ? ADHA : LEBARAN).get(y) ?? null;
}

/** A holiday nearest the reference (dir 0), the last before (-1) or the next on/after it (+1). */
export function holidayNear(name: string, ref: Day, dir: -1 | 0 | 1): Day | null {
  const refN = toOrdinal(ref);
  let best: Day | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const h = holidayIn(name, y);
    if (!h) continue;
    const diff = toOrdinal(h) - refN;
    if ((dir === -1 && diff >= 0) || (dir === 1 && diff < 0)) continue;
    if (Math.abs(diff) < bestDist) {
      bestDist = Math.abs(diff);
      best = h;
    }
  }
  return best;
}

/** Whether two days share exactly two of year, month and day (one evident typo apart). */
export function oneFieldApart(a: Day, b: Day): boolean {
  const same = Number(a.y === b.y) + Number(a.m === b.m) + Number(a.d === b.d);
  if (same !== 2) return false;
  // The field that differs differs by one mistyped digit: 25 for 26, 2018 for 2019, 2 for 5.
  const [x, y] = a.y !== b.y ? [a.y, b.y] : a.m !== b.m ? [a.m, b.m] : [a.d, b.d];
  const s = String(x);
  const t = String(y);
  if (s.length !== t.length) return false;
  let differ = 0;
  for (let i = 0; i < s.length; i++) if (s[i] !== t[i]) differ++;
  return differ === 1;
}

/** True when y-m-d is a real day. */
export { isValidDay };
