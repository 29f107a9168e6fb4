/**
 * The precompiled regular expressions of the date scanner. Every pattern is sticky (`y`), applied at a
 * trigger position, with bounded repeats only, so a hostile input cannot make it backtrack.
 */
import { MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS } from '../data/months.js';

const byLength = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)))
    .join('|');

/** One to three spaces (the view folds no-break spaces and tabs); never crosses a line. */
export const SP = ' {1,3}';
/** Zero to three spaces. */
export const OSP = ' {0,3}';
const END = '(?![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}])';

const DAY = `(${byLength(Object.keys(WEEKDAYS))})${WORD_END}`;
const FULL_MONTH_NAMES = Object.keys(MONTHS).filter(
  (w) => w.length >= 5 || ['mei', 'mac', 'may', 'juni', 'juli', 'june', 'july', 'ogos'].includes(w),
);
const ABBREVIATED_MONTHS = Object.keys(MONTHS).filter((w) => !FULL_MONTH_NAMES.includes(w));
/** A month: a full name, or an abbreviation with an optional dot (`Ags.`). */
const MONTH = `(${byLength(Object.keys(MONTHS))})${WORD_END}(?:(?<=(?<![\\p{L}])(?:${byLength(ABBREVIATED_MONTHS)}))\\.)?`;
const YEAR = `((?:19|20)\\d\\d)${END}`;
const PART = `(dini${SP}hari|tengah${SP}hari|tengah${SP}malam|pagi|siang|sore|petang|malam|subuh)${WORD_END}`;
const ZONE = `(wib|wita|wit|gmt|utc)${WORD_END}`;
const NUMBER = `(\\d{1,3}|${byLength(Object.keys(NUMBER_WORDS))})`;
const UNIT = `(${byLength(Object.keys(UNITS))})${WORD_END}`;
const PAREN_DATE = `\\(${OSP}(\\d{1,2})${OSP}[/.-]${OSP}(\\d{1,2})(?:${OSP}[/.-]${OSP}(\\d{4}|\\d{2}))?${OSP}\\)`;
const DEICTIC = `(ini|lalu|depan|mendatang|kemarin|nanti|sebelumnya|berikutnya|silam)${WORD_END}`;
const ADHA = `(?:idul${OSP}adha|idul${OSP}[kq]urban|hari${SP}raya${SP}[kq]urban)`;
const HOLIDAY = `(lebaran(?:${SP}idul${OSP}fitri)?|idul${OSP}fitri|hari${SP}raya(?:${SP}idul${OSP}fitri|${SP}idul${OSP}adha)?|${ADHA}|natal)${WORD_END}`;
const ORDINAL = `(pertama|kedua|ketiga|keempat|[1-4]|iv|i{1,3})`;

const sticky = (source: string): RegExp => new RegExp(source, 'iuy');

/** The words where a date expression may start (digits start one too). */
export const TRIGGER_WORDS: readonly string[] = [
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
  ...Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ')),
  ...['hari', 'kemarin', 'besok', 'esok', 'lusa', 'pekan', 'minggu', 'bulan', 'tahun', 'tadi', 'semalam'],
  ...['pagi', 'siang', 'sore', 'malam', 'dini', 'pukul', 'jam', 'pk', 'awal', 'akhir', 'pertengahan'],
  ...['medio', 'penghujung', 'sepekan', 'seminggu', 'sebulan', 'setahun', 'sehari', 'sewindu', 'sedekade'],
  ...['kuartal', 'triwulan', 'semester', 'paruh', 'iduladha', 'tengah'],
  ...['lebaran', 'idul', 'idulfitri', 'natal', 'setiap', 'tiap', 'sekarang', 'saat', 'kini', 'dewasa', 'h'],
];

/** Compiles the scanner's patterns; called once when a stage is made (sticky regexes carry state). */
export function compilePatterns() {
  return {
    iso: sticky(
      `(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?${END}`,
    ),
    numeric: sticky(`(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${END}(?![/.-]\\d)`),
    parenNoYear: sticky(`(\\d{1,2})/(\\d{1,2})${OSP}\\)`),
    dayMonth: sticky(`(\\d{1,2})(?:${OSP}[-–]${OSP}(\\d{1,2}))?[ +]{1,3}${MONTH}(?:[ +,]{1,3}${YEAR})?`),
    rangeTail: sticky(`${OSP}[-–]${OSP}\\d{1,2}${SP}${MONTH}(?:${SP}${YEAR})?`),
    yearRange: sticky(`${YEAR}${OSP}[-–/]${OSP}((?:19|20)?\\d\\d)${END}`),
    year: sticky(`${YEAR}(?![.,]\\d)`),
    count: sticky(
      `${NUMBER}${SP}${UNIT}(?:${SP}(yang lalu|lalu|silam|sebelumnya|kemudian|mendatang|ke depan|lagi|terakhir|belakangan)${WORD_END})?`,
    ),
    oneUnit: sticky(
      `se(hari|pekan|minggu|bulan|tahun|windu|dekade)${WORD_END}(?:${SP}(yang lalu|lalu|silam|sebelumnya|kemudian|mendatang|ke depan|lagi|terakhir|belakangan)${WORD_END})?`,
    ),
    clock: sticky(`(?:pukul|jam|pk\\.?)${SP}(\\d{1,2})(?:[.:](\\d{2}))?${END}(?:${OSP}${ZONE})?`),
    bareClock: sticky(`(\\d{1,2})[.:](\\d{2})${OSP}${ZONE}`),
    weekday: sticky(DAY),
    afterDayParen: sticky(`${OSP},?${OSP}(?:waktu setempat${OSP})?${PAREN_DATE}`),
    afterDayText: sticky(`,?${SP}(\\d{1,2})[ +]{1,3}${MONTH}(?:[ +,]{1,3}${YEAR})?`),
    afterDayPartParen: sticky(`${SP}${PART}(?:${SP}waktu setempat)?${OSP}${PAREN_DATE}`),
    afterDayWeek: sticky(`${SP}(pekan|minggu)${SP}(lalu|depan|ini|kemarin|mendatang)${WORD_END}`),
    afterDayDeictic: sticky(`${SP}(lalu|kemarin|depan|mendatang|ini|nanti|besok)${WORD_END}`),
    month: sticky(`${MONTH}(?:${SP}${YEAR}|${SP}(tahun${SP}(?:lalu|depan|ini)|${DEICTIC}))`),
    edge: sticky(
      `(awal|akhir|pertengahan|medio|penghujung)${SP}(?:${MONTH}(?:${SP}${YEAR})?|(?:tahun${SP})?${YEAR}|(tahun|bulan|pekan|minggu)(?:${SP}(ini|lalu|depan|mendatang|kemarin))?${WORD_END})`,
    ),
    tahun: sticky(
      `tahun${SP}(?:${YEAR}|(ini|lalu|depan|mendatang|kemarin|sebelumnya|berikutnya)${WORD_END})`,
    ),
    bulan: sticky(
      `bulan${SP}(?:${MONTH}(?:${SP}${YEAR})?|(ini|lalu|depan|mendatang|kemarin|sebelumnya|berikutnya)${WORD_END})`,
    ),
    pekan: sticky(`(pekan|minggu)${SP}(ini|lalu|depan|mendatang|kemarin|sebelumnya|berikutnya)${WORD_END}`),
    dayWord: sticky(
      `(hari${SP}ini|hari${SP}itu|tengah${SP}hari|tengah${SP}malam|kemarin${SP}lusa|kemarin|besok${SP}lusa|besok|esok${SP}hari|esok|lusa|semalam|tadi${SP}${PART}|${PART}${SP}(ini|tadi))${WORD_END}`,
    ),
    holiday: sticky(`${HOLIDAY}(?:${SP}(\\d{4})(?:${SP}H${WORD_END})?)?`),
    quarter: sticky(
      `(kuartal|triwulan|semester|paruh)${SP}${ORDINAL}${WORD_END}(?:${OSP}[-/]${OSP}|${SP}(?:tahun${SP})?)(?:${YEAR}|(ini|lalu|depan|mendatang)${WORD_END})`,
    ),
    hDay: sticky(`H${OSP}([-+])${OSP}(\\d{1,2})${END}(?:${SP}${HOLIDAY})?`),
    set: sticky(`(?:setiap|tiap)${SP}(?:hari|pekan|minggu|bulan|tahun|malam|pagi|${DAY})${WORD_END}`),
    present: sticky(`(sekarang|saat${SP}ini|kini|dewasa${SP}ini)${WORD_END}`),
    // Trailing parts of a day-level expression.
    tailPart: sticky(`${SP}${PART}`),
    tailClock: sticky(
      `(?:${OSP}[,/]${OSP}|${SP})(pukul${SP}|jam${SP}|pk\\.?${SP})?(\\d{1,2})[.:](\\d{2})${END}(?:${OSP}${ZONE})?`,
    ),
    tailDeictic: sticky(`${SP}(lalu|silam|mendatang|nanti|ini|kali${SP}ini)${WORD_END}`),
    tailParenDay: sticky(`${OSP}\\(${OSP}${DAY}${OSP}\\)`),
    tailParenDate: sticky(`${OSP}${PAREN_DATE}`),
    anchorHoliday: sticky(`${SP}(sebelum|setelah|sesudah|usai|jelang|menjelang)${SP}${HOLIDAY}`),
  } as const;
}

/** The compiled patterns. */
export type Patterns = ReturnType<typeof compilePatterns>;

/** Words before a bare year that make it a date (`pada 2002`, `sejak 1998`). */
export const YEAR_CUES = new Set([
  'pada',
  'sejak',
  'hingga',
  'sampai',
  'tahun',
  'sebelum',
  'setelah',
  'sesudah',
  'jelang',
  'menjelang',
  'periode',
  'era',
  'selama',
  'mulai',
  'awal',
  'akhir',
  'pertengahan',
  'medio',
  'usai',
  'semenjak',
  'lewat',
]);

/** Words after a bare year that make it a date (`2014 lalu`). */
export const YEAR_AFTER = new Set(['lalu', 'silam', 'ini', 'mendatang', 'nanti', 'kemarin', 'depan']);

/** Words before a count that make it an age or a measure, not a duration (`berusia 30 tahun`). */
export const NOT_DURATION_BEFORE = new Set(['usia', 'berusia', 'umur', 'berumur', 'ke', 'ulang']);

/** Words before a bare number that make it a count, a measure or part of a name, not a year (`sebanyak 2000`). */
// biome-ignore format: a word list
export const NOT_YEAR_BEFORE = new Set([
  'sebanyak', 'sekitar', 'mencapai', 'sebesar', 'total', 'jumlah', 'nomor', 'nomer', 'ke', 'rp', 'kurang', 'lebih',
  'hampir', 'setidaknya', 'minimal', 'maksimal', 'hanya', 'tinggal', 'sisa', 'senilai', 'seharga', 'harga',
  'kode', 'pasal', 'ayat', 'angka', 'skor', 'poin', 'halaman', 'km', 'kilometer', 'meter', 'mdpl',
  'pemilu', 'pilpres', 'pileg', 'pilkada', 'edisi', 'musim', 'piala', 'versi', 'seri', 'model', 'tipe', 'kelas',
  'angkatan', 'liga', 'kejuaraan', 'festival', 'expo',
]);
