import { describe, expect, it } from 'vitest';
import { addDays, fullYear, inferYear, isoWeek, isValidDay, weekdayOf } from './calendar.js';

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
});
