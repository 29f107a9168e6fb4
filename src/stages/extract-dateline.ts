import { isOutletName } from '../data/outlets.js';
import type { Paragraph, Removed, Stage } from '../model.js';
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

/** `TENGGARONG` → `Tenggarong`, `JAKARTA PUSAT` → `Jakarta Pusat`; mixed-case names stay as written. */
export function normalisePlace(place: string): string {
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
 * Whether a dateline can open `text`: every shape is at most four words of letters, digits and `.'’-` followed
 * by a comma, a parenthesis or a dash (`|` too), so a text whose fifth word comes first, or whose first other
 * character is anything else, has none. A character loop that spares most first paragraphs the shapes' regexes.
 */
function mayOpenWithDateline(text: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 0x80 ? (DATELINE_ASCII[c] as number) : datelineKind(c);
    if (kind === ENDS) return true;
    if (kind === SPACE) {
      inWord = false;
      continue;
    }
    if (kind === OTHER) return false;
    if (!inWord) {
      if (++words > 4) return false;
      inWord = true;
    }
  }
  return false;
}

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
  if (!mayOpenWithDateline(text)) return null;
  for (let index = 0; index < SHAPES.length; index++) {
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
    const removed: Removed = { ...removedSpan, reason: 'dateline', rule: 'dateline' };
    const body: Paragraph = trimmedSpan(source, view, cut, first.end);
    const paragraphs = article.paragraphs.slice();
    if (body.end > body.start) paragraphs[0] = body;
    else paragraphs.shift();
    return { ...article, dateline: found.place, paragraphs, removed: [...article.removed, removed] };
  };
}
