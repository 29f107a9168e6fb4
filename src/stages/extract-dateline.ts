import { removedOf } from '../cleaning/spans.js';
import { isOutletName } from '../data/outlets.js';
import type { Paragraph, Stage } from '../model.js';
import { trimmedSpan } from '../span.js';
import { isSpace } from '../text/chars.js';

/** A place word in a dateline: capitalised, possibly all capitals, hyphens and dots inside (`PANGKAL PINANG`). */
const PLACE = "[\\p{Lu}][\\p{L}'’.-]*(?: [\\p{Lu}][\\p{L}'’.-]*){0,3}";
/** An outlet or agency word group: `KOMPAS.com`, `CNN Indonesia`, `Liputan6.com`, `TRIBUNNEWS.COM`. */
const OUTLET = "[\\p{L}\\d][\\p{L}\\d.'-]*(?: [\\p{L}\\d][\\p{L}\\d.'-]*){0,2}";
const DASH = '(?:\\s*[-–—]{1,2}|\\s*\\|)';

/** The shapes of a dateline, tried in order; groups `place` and `outlet` name the parts. */
const SHAPES: readonly RegExp[] = [
  // `JAKARTA (ANTARA) -`, `Surabaya (Reuters) -`
  new RegExp(`^(?<place>${PLACE}),? \\((?<outlet>[\\p{L}.]+)\\)${DASH}\\s`, 'u'),
  // `KONTAN.CO.ID - JAKARTA.`, `KONTAN.CO.ID -JAKARTA.`
  new RegExp(`^(?<outlet>${OUTLET})${DASH}\\s*(?<place>\\p{Lu}[\\p{Lu} '-]*)\\.(?=\\s|$)`, 'u'),
  // `JAKARTA, KOMPAS.com -`, `Jakarta, CNN Indonesia --`, `Bandung, IDN Times -`, `TRIBUNNEWS.COM, JAKARTA -`
  new RegExp(`^(?<first>${OUTLET}),\\s*(?<second>${OUTLET})${DASH}(?=\\s|\\p{Lu})`, 'u'),
  // `KOMPAS.com -`, `Suara.com -` or `TENGGARONG -`, detik's `Jakarta -`
  new RegExp(`^(?<single>${PLACE})${DASH}(?=\\s)`, 'u'),
  // `Liputan6.com, Jakarta Pemerintah …` (no dash): outlet, comma, one place word (two with a compass word).
  new RegExp(
    `^(?<outlet>${OUTLET}), (?<place>[\\p{Lu}][\\p{L}-]+(?: (?:Utara|Selatan|Barat|Timur|Tengah|Pusat|Raya|UTARA|SELATAN|BARAT|TIMUR|TENGAH|PUSAT))?)(?=\\s)`,
    'u',
  ),
];

/** Whether a word group is written in capitals (`JAKARTA`, `ACEH UTARA`), as datelines are. */
function isAllCaps(text: string): boolean {
  return /^\p{Lu}{3,}(?: \p{Lu}+)*$/u.test(text);
}

/**
 * `normalisePlace` of a place that is ASCII letters in words parted by single spaces (most datelines), without
 * its regexes; null for anything else (hyphens, dots, other spaces, non-ASCII).
 */
function capitalisedAscii(place: string): string | null {
  const n = place.length;
  if (n === 0) return null;
  let lower = false;
  for (let i = 0; i < n; i++) {
    const c = place.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c === 0x20) {
      if (i === 0 || i === n - 1 || place.charCodeAt(i - 1) === 0x20) return null;
    } else if (c < 0x41 || c > 0x5a) return null;
  }
  // A lower-case letter anywhere: written as it is. Else each word's first letter stays, the rest lowered.
  if (lower) return place;
  if (place.indexOf(' ') < 0) return place[0] + place.slice(1).toLowerCase();
  return place
    .split(' ')
    .map((w) => w[0] + w.slice(1).toLowerCase())
    .join(' ');
}

/** `TENGGARONG` → `Tenggarong`, `JAKARTA PUSAT` → `Jakarta Pusat`; mixed-case names stay as written. */
export function normalisePlace(place: string): string {
  const quick = capitalisedAscii(place);
  if (quick !== null) return quick;
  const trimmed = place
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[-–—.,]+$/, '');
  if (/\p{Ll}/u.test(trimmed)) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Which dateline shapes (bit k: `SHAPES[k]`) can open `text`: every shape is at most four words of letters,
 * digits and `.'’-` followed by a comma, a parenthesis or a dash (`|` too), so a text whose fifth word comes
 * first, or whose first other character is anything else, has none (0). A character loop that spares most first
 * paragraphs the shapes' regexes; the first such mark also rules shapes out (`shapesAfter`).
 */
function mayOpenWithDateline(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 0x80 ? (DATELINE_ASCII[c] as number) : datelineKind(c);
    if (kind === ENDS) return shapesAfter(c, text, i);
    if (kind === SPACE) {
      inWord = false;
      continue;
    }
    if (kind === OTHER) return 0;
    if (!inWord) {
      if (++words > 4) return 0;
      inWord = true;
    }
  }
  return 0;
}

/** Every shape. */
const ALL_SHAPES = 0b11111;

/**
 * The shapes that can match when the first comma, parenthesis, dash or bar of `text` is `c` at `at`. The words
 * before it hold none of `,(|–—`, so: a comma leaves shapes 0 (`PLACE, (OUTLET) -`, when a `(` follows), 2 and
 * 4; a `(`, shape 0; a dash other than `-` or a bar, shapes 1 and 3 (a dash before any comma). A hyphen can be
 * inside a word (`PANGKAL-PINANG`, `EPA-EFE`): every shape.
 */
function shapesAfter(c: number, text: string, at: number): number {
  // From a table, every comparison made on every call: a branch first taken late (the first `(`) would throw
  // the optimised code away.
  const shapes = c < 0x80 ? (SHAPES_AFTER_ASCII[c] as number) : 0b01010;
  return c === 0x2c && text.indexOf('(', at) < 0 ? shapes & ~1 : shapes;
}

/** `shapesAfter` of the ASCII marks: `,` `(` `-` `|`. */
const SHAPES_AFTER_ASCII = Uint8Array.from({ length: 0x80 }, (_, c) =>
  c === 0x2c ? 0b10101 : c === 0x28 ? 0b00001 : c === 0x2d ? ALL_SHAPES : 0b01010,
);

/** Kinds of character for `mayOpenWithDateline`. */
const OTHER = 0;
const WORD = 1;
const SPACE = 2;
/** A comma, parenthesis, hyphen or dash, a bar: where every dateline shape's first words end. */
const ENDS = 3;

/**
 * The kind of a character: letters, digits, `.` and `'` make words, and anything outside ASCII counts as a
 * letter (`’` and accented letters too) unless it is a dash or a space.
 */
function datelineKind(c: number): number {
  if (c === 0x2c || c === 0x28 || c === 0x2d || c === 0x7c || c === 0x2013 || c === 0x2014) return ENDS;
  if (isSpace(c)) return SPACE;
  const word =
    c >= 0x80 ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x27;
  return word ? WORD : OTHER;
}

/** `datelineKind` of the ASCII codes, read from a table in the loop (one look-up, no chain of tests). */
const DATELINE_ASCII = Uint8Array.from({ length: 0x80 }, (_, c) => datelineKind(c));

/** Reads a dateline at the start of a text: its length and place (null when it names no place). */
export function readDateline(text: string): { length: number; place: string | null } | null {
  const shapes = mayOpenWithDateline(text);
  if (shapes === 0) return null;
  for (let index = 0; index < SHAPES.length; index++) {
    if ((shapes & (1 << index)) === 0) continue;
    const m = (SHAPES[index] as RegExp).exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    let place: string | null = null;
    if (g.single !== undefined) {
      if (isOutletName(g.single)) place = null;
      else if (g.single.split(' ').length > 3 || !/^\p{Lu}/u.test(g.single)) continue;
      else place = g.single;
    } else if (g.first !== undefined && g.second !== undefined) {
      if (isOutletName(g.second)) place = g.first;
      else if (isOutletName(g.first)) place = g.second;
      else if (isAllCaps(g.first) && !/\p{Ll}/u.test(g.first))
        place = g.first; // `SEMARANG, Koran Lokal -`
      else continue;
    } else {
      if (index > 0 && !isOutletName(g.outlet as string)) continue;
      place = g.place ?? null;
    }
    return { length: m[0].length, place: place === null ? null : normalisePlace(place) };
  }
  return null;
}

/**
 * Takes the dateline (`TENGGARONG -`, `JAKARTA, KOMPAS.com -`, `KOMPAS.com -`, `Liputan6.com, Jakarta -`,
 * `JAKARTA (ANTARA) -`, `KONTAN.CO.ID - JAKARTA.`) out of the first paragraph: its place, in normal
 * capitalisation, becomes `dateline`; the words go to `removed` with reason `dateline`.
 */
export function extractDateline(): Stage {
  return (article, { source, view }) => {
    const first = article.paragraphs[0];
    if (!first) return article;
    // A dateline is short: matching a bounded prefix keeps this cheap on long first paragraphs.
    const found = readDateline(view.slice(first.start, Math.min(first.end, first.start + 120)));
    if (!found) return article;
    const cut = first.start + found.length;
    const removedSpan = trimmedSpan(source, view, first.start, cut);
    const removed = removedOf(removedSpan, 'dateline', 'dateline');
    const body: Paragraph = trimmedSpan(source, view, cut, first.end);
    const paragraphs = article.paragraphs.slice();
    if (body.end > body.start) paragraphs[0] = body;
    else paragraphs.shift();
    return { ...article, dateline: found.place, paragraphs, removed: [...article.removed, removed] };
  };
}
