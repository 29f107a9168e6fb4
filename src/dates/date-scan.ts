/** The date scanner: the trigger loop, and the parser each trigger leads to. */
import { MONTHS, WEEKDAYS } from '../data/months.js';
import { toOrdinal, weekdayOf } from './calendar.js';
import { makeDeicticWords } from './deixis.js';
import { type Found, isHDayAt, type ScanState } from './found.js';
import { type Patterns, TRIGGER_WORDS } from './patterns.js';
import { makeScanner } from './scan.js';
import { makeTriggerLoop } from './trigger.js';
import { makeCalendarWords } from './words.js';

const PRESENT_WORDS = new Set(['sekarang', 'saat', 'kini', 'dewasa']);
/** The words that can start the `dayWord` pattern (`hari ini`, `kemarin`, `tadi malam`, `pagi ini`). */
const DAY_WORD_STARTS = new Set(
  ['hari', 'tengah', 'kemarin', 'besok', 'esok', 'lusa', 'semalam', 'tadi'].concat([
    'dini',
    'pagi',
    'siang',
    'sore',
    'petang',
    'malam',
    'subuh',
  ]),
);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether a value starts with a year: `/^\d{4}(?:$|-)/`. */
function isYearLed(v: string): boolean {
  if (v.length < 4 || (v.length > 4 && v.charCodeAt(4) !== 45)) return false;
  return (
    isDigit(v.charCodeAt(0)) &&
    isDigit(v.charCodeAt(1)) &&
    isDigit(v.charCodeAt(2)) &&
    isDigit(v.charCodeAt(3))
  );
}

/** Which parser a trigger word leads to. */
const KINDS = new Map<string, string>([
  ['h', 'h'],
  ['hari', 'hari'],
  ...Object.keys(MONTHS).map((w): [string, string] => [w, 'month']),
  ...Object.keys(WEEKDAYS).map((w): [string, string] => [w, 'weekday']),
  ...['awal', 'akhir', 'pertengahan', 'medio', 'penghujung'].map((w): [string, string] => [w, 'edge']),
  ...['tahun', 'bulan', 'pekan'].map((w): [string, string] => [w, 'unit']),
  ...['kuartal', 'triwulan', 'semester', 'paruh'].map((w): [string, string] => [w, 'quarter']),
  ...['lebaran', 'idul', 'idulfitri', 'iduladha', 'natal'].map((w): [string, string] => [w, 'holiday']),
]);

/**
 * Makes the scan function: `scan(view, from, to, state, out)` appends what it finds in `view[from, to)`.
 * `present` (default true) lets `sekarang`/`saat ini` trigger; the state still decides whether they are reported.
 */
export function makeDateScan(P: Patterns, present = true) {
  const S = makeScanner(P);
  const loop = makeTriggerLoop(present ? TRIGGER_WORDS : TRIGGER_WORDS.filter((w) => !PRESENT_WORDS.has(w)));
  const { weekdayLed, monthLed, edgeLed, unitLed, quarterLed } = makeCalendarWords(P, S);
  const { dayWordLed, holidayLed, otherWordLed } = makeDeicticWords(P, S);

  function wordLed(view: string, p: number, to: number, state: ScanState, word: string): Found | null {
    switch (KINDS.get(word)) {
      case 'h':
        return isHDayAt(view, p) ? holidayLed(view, p, to, state) : null;
      case 'weekday':
        return (
          weekdayLed(view, p, to, state, word) ??
          (word === 'minggu' ? unitLed(view, p, to, state, 'pekan') : null)
        );
      case 'month':
        return monthLed(view, p, to, state);
      case 'edge':
        return edgeLed(view, p, to, state);
      case 'quarter':
        return quarterLed(view, p, to, state);
      case 'unit':
        return unitLed(view, p, to, state, word);
      case 'holiday':
        return holidayLed(view, p, to, state);
      case 'hari':
        return holidayLed(view, p, to, state) ?? dayWordLed(view, p, to, state);
      default:
        return (
          (DAY_WORD_STARTS.has(word) ? dayWordLed(view, p, to, state) : null) ??
          otherWordLed(view, p, to, state, word)
        );
    }
  }

  /** Reads the expression at a trigger, appends it to `out` and updates the state; returns where to go on. */
  function visit(p: number, word: string, view: string, to: number, state: ScanState, out: Found[]): number {
    const f = word ? wordLed(view, p, to, state, word) : S.digitLed(view, p, to, state);
    if (!f) return p;
    out.push(f);
    state.lastEnd = f.end;
    if (f.day) state.last = f.day;
    if (f.day && f.resolution !== 'relative') {
      state.lastWritten = f.day;
      if (state.ref && Math.abs(toOrdinal(f.day) - toOrdinal(state.ref)) <= 7)
        state.byWeekday[weekdayOf(f.day)] = f.day;
    }
    if (f.value && isYearLed(f.value)) state.lastYear = Number(f.value.slice(0, 4));
    return f.end;
  }

  /** Appends the expressions found in `view[from, to)` to `out`, updating the state. */
  return function scan(view: string, from: number, to: number, state: ScanState, out: Found[]): void {
    loop(view, from, to, visit, state, out);
  };
}
