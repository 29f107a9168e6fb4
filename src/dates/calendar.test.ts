import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  fromOrdinal,
  fullYear,
  inferYear,
  isoWeek,
  isValidDay,
  toOrdinal,
  weekdayOf,
} from './calendar.js';

describe('calendar', () => {
  const weeks: [string, string][] = [
    ['2019-05-26', '2019-W21'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2016-01-04', '2016-W01'],
    ['2018-12-31', '2019-W01'],
  ];
  it.each(weeks)('ISO week of %s is %s', (iso, week) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    expect(isoWeek({ y, m, d })).toBe(week);
  });
  it('knows leap days', () => {
    expect([
      isValidDay(2016, 2, 29),
      isValidDay(2017, 2, 29),
      isValidDay(1900, 2, 29),
      isValidDay(2000, 2, 29),
    ]).toEqual([true, false, false, true]);
    expect(addDays({ y: 2016, m: 2, d: 28 }, 1)).toEqual({ y: 2016, m: 2, d: 29 });
    expect(addDays({ y: 2015, m: 12, d: 31 }, 1)).toEqual({ y: 2016, m: 1, d: 1 });
  });
  it('gives weekdays with Sunday as 0', () => {
    expect(weekdayOf({ y: 2016, m: 2, d: 29 })).toBe(1);
    expect(weekdayOf({ y: 2019, m: 5, d: 26 })).toBe(0);
  });
  const years: [number, number, string, number][] = [
    [8, 12, '2015-01-10', 2014],
    [1, 5, '2014-12-30', 2015],
    [6, 1, '2019-05-26', 2019],
    [12, 28, '2014-12-30', 2014],
    [2, 29, '2017-03-05', 2016],
  ];
  it.each(years)('month %i day %i near %s is in %i', (m, d, ref, year) => {
    const [y, mo, dd] = ref.split('-').map(Number) as [number, number, number];
    expect(inferYear(m, d, { y, m: mo, d: dd })).toBe(year);
  });
  it('expands two-digit years', () => {
    expect([fullYear(16), fullYear(98), fullYear(2016)]).toEqual([2016, 1998, 2016]);
  });
  // The arithmetic must give what `Date` gives, including its quirks: years 0..99 read as 19xx, months
  // and days that run over, NaN, and NaN beyond ±10⁸ days.
  const viaDate = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  const dayViaDate = (n: number) => {
    const t = new Date(n * 86_400_000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  };
  it('counts days as Date does over four centuries and at the edges', () => {
    for (let n = -160_000; n <= 160_000; n += 61) {
      const day = fromOrdinal(n);
      expect(day).toEqual(dayViaDate(n));
      expect(toOrdinal(day)).toBe(n);
    }
    for (const n of [-100_000_001, -100_000_000, 99_999_999, 100_000_000, 100_000_001, 1.5, Number.NaN])
      expect(fromOrdinal(n)).toEqual(dayViaDate(n));
  });
  const odd: [number, number, number][] = [
    [0, 2, 29],
    [50, 1, 1],
    [99, 12, 31],
    [100, 2, 29],
    [-1, 3, 1],
    [2019, 0, 1],
    [2019, 13, 1],
    [2019, 2, 31],
    [2019, 5, 0],
    [2019, 5, -40],
    [275_760, 9, 13],
    [275_760, 9, 14],
    [-271_821, 4, 20],
    [-271_821, 4, 19],
    [Number.NaN, 1, 1],
    [2019, Number.NaN, 1],
    [2019.5, 1, 1],
  ];
  it.each(odd)('toOrdinal(%d-%d-%d) is what Date.UTC gives', (y, m, d) => {
    expect(toOrdinal({ y, m, d })).toEqual(viaDate(y, m, d));
  });
  it('gives the days of every month as Date does', () => {
    for (const y of [-400, -100, -4, -1, 0, 4, 50, 99, 100, 1900, 1996, 2000, 2019, 2100, 2400])
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
  });
});
