/** Calendar arithmetic on plain days (UTC, no time zones), and ISO 8601 formatting. */

/** A calendar day. */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_DAY = 86_400_000;

/** Days since 1970-01-01 for a day. */
export function toOrdinal(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / MS_DAY);
}

/** The day for a count of days since 1970-01-01. */
export function fromOrdinal(n: number): Day {
  const t = new Date(n * MS_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** True when y-m-d is a real calendar day (29 February only in leap years). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Weekday, 0 = Sunday. */
export function weekdayOf(day: Day): number {
  return (((toOrdinal(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The day `n` days after (negative: before). */
export function addDays(day: Day, n: number): Day {
  return fromOrdinal(toOrdinal(day) + n);
}

/** Year and month `n` months after (negative: before). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `2016-02-29`. */
export function isoDay(day: Day): string {
  return `${day.y}-${pad2(day.m)}-${pad2(day.d)}`;
}

/** `2016-02`. */
export function isoMonth(y: number, m: number): string {
  return `${y}-${pad2(m)}`;
}

/** `10:05`. */
export function isoClock(h: number, min: number): string {
  return `${pad2(h)}:${pad2(min)}`;
}

/** ISO week `2019-W21` of a day. */
export function isoWeek(day: Day): string {
  const n = toOrdinal(day);
  const wd = (weekdayOf(day) + 6) % 7; // Monday = 0
  const thursday = fromOrdinal(n - wd + 3);
  const jan1 = toOrdinal({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toOrdinal(thursday) - jan1) / 7) + 1;
  return `${thursday.y}-W${pad2(week)}`;
}

/** Parses `2016-02-29` (and longer ISO strings) to a day, or null. */
export function parseIsoDay(value: string | null | undefined): Day | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Expands two-digit years: `16` is 2016, `98` is 1998. */
export function fullYear(y: number): number {
  if (y >= 100) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

/**
 * The year for a year-less day-and-month (`(12/8)`), nearest before or around the reference day:
 * by default a day up to ~7 weeks after the reference keeps its year, later ones fall in the year before
 * (`futureWeight` 1 makes it symmetric, as for a bare month).
 */
export function inferYear(m: number, d: number, ref: Day, futureWeight = 6): number {
  const refN = toOrdinal(ref);
  let best = ref.y;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!isValidDay(y, m, d)) continue;
    const diff = toOrdinal({ y, m, d }) - refN;
    // Future days cost more than past ones: news reports what happened.
    const score = diff > 0 ? diff * futureWeight : -diff;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}
