/** Where a publication date can come from: a given value, the URL, a date line, the text. */
import { MONTHS, WEEKDAYS } from '../data/months.js';
import type { Span } from '../model.js';
import { isoDay, isValidDay } from './calendar.js';
import { type Found, newScanState, type ScanState } from './found.js';

/** A scan function as made by `makeDateScan`. */
export type ScanFunction = (view: string, from: number, to: number, state: ScanState, out: Found[]) => void;

const GIVEN_ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const MONTH_FIRST = /^(?:[A-Za-z]{3,9},? {1,3})?([A-Za-z]{3,9})\.? {1,3}(\d{1,2}),? {1,3}(\d{4})(?!\d)/; // `Dec 13, 2018`
const CLOCK =
  /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d{1,9})? {0,3}(?:([AaPp])\.?[Mm]\.?)?(?: {0,3}(Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT|GMT|UTC)(?![A-Za-z]))?/;
const ZONES: Readonly<Record<string, string>> = {
  WIB: '+07:00',
  WITA: '+08:00',
  WIT: '+09:00',
  Z: '+00:00',
  GMT: '+00:00',
  UTC: '+00:00',
};
const pad = (n: number | string): string => String(n).padStart(2, '0');
const URL_PATHS = [
  /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/, // /read/2019/05/26/, /2016/02/29/
  /\/((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_-]|$)/, // /2019-05-26/
  /\/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[0-2]\d[0-5]\d[0-5]\d)?(?:\d{0,6})(?:[/_-]|$)/, // /20250812154745-…
];

const WEEKDAY_LED = new RegExp(`^(?:${Object.keys(WEEKDAYS).join('|')})`, 'i');
const freshState = (): ScanState => newScanState(null, false, []);

/** Normalises a given date or datetime to ISO (`2019-05-26`, `2019-05-26T10:00:00+07:00`), or null. */
export function normaliseGiven(raw: string | null | undefined, scan: ScanFunction): string | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const t = new Date(Number(text) * (text.length === 10 ? 1000 : 1));
    return Number.isNaN(t.getTime()) ? null : t.toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  let day: string | null = null;
  let rest = '';
  const iso = GIVEN_ISO.exec(text) ?? MONTH_FIRST.exec(text);
  if (iso) {
    const isoFirst = /^\d/.test(text);
    const [y, m, d] = isoFirst
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [Number(iso[3]), MONTHS[(iso[1] as string).toLowerCase()] ?? 0, Number(iso[2])];
    if (isValidDay(y, m, d)) [day, rest] = [`${y}-${pad(m)}-${pad(d)}`, text.slice(iso[0].length)];
  } else {
    // Written dates: `Minggu, 26 Mei 2019 10:00 WIB`, `21+January+2019`, `26/05/2019`, RSS `13 Dec 2018 …`.
    const view = text.replace(/[\u00a0\t\r\n]|\+(?=[A-Za-z])|(?<=[A-Za-z])\+/g, ' ');
    const out: Found[] = [];
    scan(view, 0, view.length, freshState(), out);
    const hit = out.find((f) => f.resolution === 'absolute' && f.value && /^\d{4}-\d\d-\d\d/.test(f.value));
    const timed = hit?.value ? /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)([+-]\d\d:\d\d)?$/.exec(hit.value) : null;
    if (timed) return `${timed[1]}T${timed[2]}:00${timed[3] ?? ''}`;
    if (hit?.value) [day, rest] = [hit.value.slice(0, 10), view.slice(hit.end)];
  }
  if (!day) return null;
  const c = CLOCK.exec(rest);
  if (!c) return day;
  let h = Number(c[1]);
  if (c[4] && /p/i.test(c[4]) && h < 12) h += 12;
  if (c[4] && /a/i.test(c[4]) && h === 12) h = 0;
  if (h > 23 || Number(c[2]) > 59) return day;
  const zone = c[5] ? (ZONES[c[5].toUpperCase()] ?? c[5].replace(/^([+-]\d\d):?(\d\d)$/, '$1:$2')) : '';
  return `${day}T${pad(h)}:${c[2]}:${c[3] ?? '00'}${zone}`;
}

/** The publication day in a URL path, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  for (const re of URL_PATHS) {
    const m = re.exec(path);
    if (m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** An absolute, day-level date that fills most of a short line (a date line), or null. */
export function dateOfLine(view: string, span: Span, scan: ScanFunction): string | null {
  if (span.end - span.start > 80) return null;
  const out: Found[] = [];
  scan(view, span.start, span.end, freshState(), out);
  const letters = view.slice(span.start, span.end).replace(/[^\p{L}\p{N}]/gu, '').length;
  for (const f of out) {
    if (f.resolution !== 'absolute' || !f.day) continue;
    const covered = view.slice(f.start, f.end).replace(/[^\p{L}\p{N}]/gu, '').length;
    if (covered * 2 >= letters) return isoDay(f.day);
  }
  return null;
}

/**
 * The publication day suggested by the text: the written date most often given with its weekday
 * (`kata X, Senin (29/2/2016)` counts double), the latest on ties; else the latest written date. Null when none.
 */
export function dateFromText(view: string, paragraphs: readonly Span[], scan: ScanFunction): string | null {
  const out: Found[] = [];
  const state = freshState();
  for (const p of paragraphs) scan(view, p.start, p.end, state, out);
  const counts = new Map<string, number>();
  let latest = '';
  for (const f of out) {
    if (f.resolution !== 'absolute' || !f.day) continue;
    const iso = isoDay(f.day);
    if (iso > latest) latest = iso;
    if (!WEEKDAY_LED.test(view.slice(f.start, f.start + 8))) continue;
    if (state.diagnostics.some((d) => d.range?.[0] === f.start)) continue; // a weekday that contradicts it
    // `…," kata X, Minggu (26/5/2019)`: the day words were said weighs more than a day announced.
    const weight = view[f.start - 2] === ',' ? 2 : 1;
    counts.set(iso, (counts.get(iso) ?? 0) + weight);
  }
  let best = '';
  let bestCount = 0;
  for (const [iso, n] of counts) {
    if (n > bestCount || (n === bestCount && iso > best)) [best, bestCount] = [iso, n];
  }
  return best || latest || null;
}
