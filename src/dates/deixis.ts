/** The deictic parsers of the date scanner: `kemarin`, `hari ini`, `Lebaran`, `H-7`, `pukul 10.00`, counts, sets. */
import { NUMBER_WORDS, PARTS_OF_DAY } from '../data/months.js';
import { addDays, type Day, isoDay } from './calendar.js';
import {
  dirOf,
  type Found,
  isHDayAt,
  isUpper,
  lower,
  numberOf,
  type ScanState,
  weekdayNamed,
} from './found.js';
import type { Patterns } from './patterns.js';
import { hijriToGregorian, holidayIn, holidayKey, holidayNear } from './relative.js';
import type { Scanner } from './scan.js';

/** Days from the reference for the day words. */
const DAY_OFFSETS: Readonly<Record<string, number>> = {
  kemarin: -1,
  'kemarin lusa': -2,
  besok: 1,
  esok: 1,
  'esok hari': 1,
  'besok lusa': 2,
  lusa: 2,
};
/** `semalam`, `tadi malam`: the night before the reference day. */
const NIGHT_BEFORE = new Set(['semalam', 'tadi malam', 'malam tadi']);

/** The first words of the number words (`dua` of `dua belas`): the only words a count can start with. */
const NUMBER_STARTS = new Set(Object.keys(NUMBER_WORDS).map((w) => w.split(' ')[0] as string));

/** Makes the parsers led by a day word, a holiday, a clock word, a count, `setiap` or `sekarang`. */
export function makeDeicticWords(P: Patterns, S: Scanner) {
  const { at, has, found, finishDay } = S;

  function dayWordLed(view: string, p: number, to: number, state: ScanState): Found | null {
    const m = at(P.dayWord, view, p, to);
    if (!m) return null;
    const ref = state.ref;
    const w = lower(m[1]);
    let end = P.dayWord.lastIndex;
    if (w === 'hari itu')
      return found(p, end, state.last && isoDay(state.last), 'date', 'relative', state.last);
    if (w.startsWith('tengah')) {
      // `pada perdagangan tengah hari`: midday of the day the article is about.
      const day = state.lastWritten ?? ref;
      return found(p, end, day && `${isoDay(day)}T${PARTS_OF_DAY[w] ?? ''}`, 'time', 'relative', day);
    }
    const night = NIGHT_BEFORE.has(w);
    const offset = DAY_OFFSETS[w] ?? (night ? -1 : 0);
    const day = ref && addDays(ref, offset);
    const partWord = m[2] ?? m[3];
    if (partWord || night) {
      const part = night ? 'NI' : (PARTS_OF_DAY[lower(partWord)] ?? '');
      return found(p, end, day && `${isoDay(day)}T${part}`, 'time', 'relative', day);
    }
    const paren = has(P.tailParenDay, view, end, to) || has(P.tailParenDate, view, end, to);
    if (paren) end = (P.tailParenDay.lastIndex > end ? P.tailParenDay : P.tailParenDate).lastIndex;
    return finishDay(view, p, end, to, day, 'relative');
  }

  function holidayLed(view: string, p: number, to: number, state: ScanState): Found | null {
    const isH = isHDayAt(view, p);
    const m = isH ? at(P.hDay, view, p, to) : at(P.holiday, view, p, to);
    if (!m) return null;
    let end = (isH ? P.hDay : P.holiday).lastIndex;
    const name = lower(isH ? (m[3] ?? 'lebaran') : m[1]);
    if (name === 'hari raya' && isUpper(/^ +(\S)/.exec(view.slice(end, end + 4))?.[1])) return null; // Hari Raya Nyepi …
    const key = holidayKey(name);
    const ref = state.ref;
    let day: Day | null = null;
    let resolution: 'absolute' | 'relative' = 'relative';
    const y = isH ? undefined : m[2];
    if (y) {
      const n = Number(y);
      day = holidayIn(key, n > 1900 ? n : hijriToGregorian(n));
      resolution = 'absolute';
    }
    const tail = at(P.tailDeictic, view, end, to);
    if (tail) end = P.tailDeictic.lastIndex;
    if (key === 'natal' && !y && !tail) return null; // a bare `Natal` is mostly the feast, not a day
    if (!y && ref) day = holidayNear(key, ref, dirOf(tail?.[1]));
    if (isH && day) day = addDays(day, (m[1] === '-' ? -1 : 1) * Number(m[2]));
    return found(p, end, day && isoDay(day), 'date', resolution, day);
  }

  function otherWordLed(view: string, p: number, to: number, state: ScanState, word: string): Found | null {
    if (word === 'pukul' || word === 'jam' || word === 'pk') {
      const m = at(P.clock, view, p, to);
      if (!m) return null;
      const min = m[2] === undefined ? 0 : Number(m[2]);
      if (word === 'jam' && m[2] === undefined && !m[3]) return null; // `jam 8` without minutes is a count
      return S.clockAt(p, P.clock.lastIndex, Number(m[1]), min, m[3], state);
    }
    if (word.startsWith('se') && word !== 'sekarang' && word !== 'semalam') {
      const m = at(P.oneUnit, view, p, to);
      if (m)
        return S.counted(
          view,
          p,
          to,
          [m[0], '1', m[1], m[2]] as unknown as RegExpExecArray,
          P.oneUnit.lastIndex,
          1,
          state,
        );
    }
    if (word === 'setiap' || word === 'tiap') {
      const m = at(P.set, view, p, to);
      if (!m) return null;
      const what = lower(m[0].split(/ +/)[1]);
      const wd = weekdayNamed(what);
      const unit = { hari: 'D', malam: 'D', pagi: 'D', pekan: 'W', minggu: 'W', bulan: 'M', tahun: 'Y' }[
        what
      ];
      return found(
        p,
        P.set.lastIndex,
        wd >= 0 ? `XXXX-WXX-${wd || 7}` : `P1${unit ?? 'D'}`,
        'set',
        'absolute',
      );
    }
    if (state.present && (word === 'sekarang' || word === 'saat' || word === 'kini' || word === 'dewasa')) {
      const m = at(P.present, view, p, to);
      if (m)
        return found(p, P.present.lastIndex, state.ref && isoDay(state.ref), 'date', 'relative', state.ref);
    }
    if (!NUMBER_STARTS.has(word)) return null;
    const m = at(P.count, view, p, to);
    if (m) return S.counted(view, p, to, m, P.count.lastIndex, numberOf(m[1] as string), state);
    return null;
  }

  return { dayWordLed, holidayLed, otherWordLed };
}
