/** Calendar arithmetic on plain days (UTC, no time zones), and ISO 8601 formatting. */

/** A calendar day. */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_DAY = 86_400_000;
/** Farthest day from 1970-01-01 a `Date` holds (±10⁸ days); beyond it `Date` gives NaN. */
const MAX_DAYS = 100_000_000;

/**
 * Days since 1970-01-01 for a year, month (1..12) and day (any integer: it runs over into the next months),
 * by arithmetic on the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`): no `Date` object.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whether arithmetic gives what `Date.UTC` gives: integer fields, a month 1..12, a year outside 0..99. */
const isPlain = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(d) && Number.isInteger(m) && m >= 1 && m <= 12 && (y < 0 || y > 99);

/** Days since 1970-01-01 for a day. */
export function toOrdinal(day: Day): number {
  const { y, m, d } = day;
  if (!isPlain(y, m, d)) return Math.floor(Date.UTC(y, m - 1, d) / MS_DAY); // `Date.UTC` reads 0..99 as 19xx
  const n = daysFromCivil(y, m, d);
  return n >= -MAX_DAYS && n <= MAX_DAYS ? n : Number.NaN;
}

/** The day for a count of days since 1970-01-01 (H. Hinnant's `civil_from_days`). */
export function fromOrdinal(n: number): Day {
  if (!Number.isInteger(n) || n < -MAX_DAYS || n > MAX_DAYS) {
    const t = new Date(n * MS_DAY);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** True when y-m-d is a real calendar day (29 February only in leap years). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  if (!isPlain(y, m, 1)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1] as number;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
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
