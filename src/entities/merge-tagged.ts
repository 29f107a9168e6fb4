import { type Candidate, type EntityType, makeCandidate } from './candidate.js';
import type { Lexicon } from './lexicon.js';
import { singleSpaced, splitWords } from './spaces.js';
import { HASH_START, hashStep } from './word-hash.js';

/** An entity span from a statistical tagger, offsets into the text it was given. */
export interface TaggedSpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** A tagger: `tagEntities(text, start?, end?)` over `text[start, end)`. */
export type Tagger = (text: string, start?: number, end?: number) => readonly TaggedSpan[];

// Capitalised words that are not parts of personal names.
export const NOT_NAME =
  /\b(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Lebaran|Idul|Ramadhan|Ramadan|Natal|Tahun|Nomor|Pasal|Undang|Piala|Liga|Pemilu|Pilpres|Pilkada|Pileg|WIB|WITA|WIT|Covid|Road|Tol|Allah|Insya|Tuhan|Ilahi)\b/;

// The words of NOT_NAME, and for each first letter A–Z the bit mask of their lengths (a cheap test before the set).
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(NOT_NAME.source.slice(3, -3).split('|'));
const NOT_NAME_LENGTHS = new Int32Array(26);
for (const word of NOT_NAME_WORDS) {
  const k = word.charCodeAt(0) - 65;
  NOT_NAME_LENGTHS[k] = (NOT_NAME_LENGTHS[k] as number) | (1 << word.length);
}

/** Whether a word character as `\b` reads it: `[A-Za-z0-9_]`. */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * `NOT_NAME.test(text[start, end))` without the regular expression: whether a run of word characters
 * (`[A-Za-z0-9_]`, as `\b` delimits them) is one of its words.
 */
export function hasNotNameWord(text: string, start = 0, end = text.length): boolean {
  let from = -1;
  for (let k = start; k <= end; k++) {
    if (k < end && isWordCode(text.charCodeAt(k))) {
      if (from < 0) from = k;
      continue;
    }
    if (from < 0) continue;
    const first = text.charCodeAt(from) - 65;
    const length = k - from;
    if (
      first >= 0 &&
      first < 26 &&
      length < 31 &&
      ((NOT_NAME_LENGTHS[first] as number) & (1 << length)) !== 0 &&
      NOT_NAME_WORDS.has(text.slice(from, k))
    )
      return true;
    from = -1;
  }
  return false;
}

/** Whether an untyped run may be a personal name: letters only, each word capitalised, no calendar words. */
export const looksLikeName = (text: string): boolean =>
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| bin| binti| van| de){0,4}$/u.test(text) &&
  !hasNotNameWord(text);

/**
 * `/\p{Ll}{4}(nya|lah|kah)$/u.test(text)`: a word with a clitic (`Ceritanya`); ASCII decided without the
 * regular expression.
 */
export function endsWithClitic(text: string): boolean {
  const n = text.length;
  // Four letters and the clitic take seven code units at least.
  if (n < 7) return false;
  const a = text.charCodeAt(n - 3);
  const b = text.charCodeAt(n - 2);
  const c = text.charCodeAt(n - 1);
  const suffix = (a === 110 && b === 121 && c === 97) || ((a === 108 || a === 107) && b === 97 && c === 104);
  if (!suffix) return false;
  for (let k = n - 7; k < n - 3; k++) {
    const d = text.charCodeAt(k);
    if (d >= 128) return CLITIC.test(text);
    if (d < 97 || d > 122) return false;
  }
  return true;
}
const CLITIC = /\p{Ll}{4}(nya|lah|kah)$/u;

/** Whether `view[start, end)` is one to four letters A–Z (`/^[A-Z]{1,4}$/`). */
function isShortAcronym(view: string, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 4) return false;
  for (let k = start; k < end; k++) {
    const c = view.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Whether two spans overlap. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Merges tagger spans into rule candidates: rule-typed spans win; a tagged span replaces an untyped run
 * (a tagged person inside a name-shaped run takes the whole run); a tagged person inside a rule's person
 * keeps the tagger's extent and the rule's titles, the words between going to the title's organisation.
 */
export function mergeTagged(
  view: string,
  found: Candidate[],
  spans: readonly TaggedSpan[],
  lexicon: Lexicon,
): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of found) if (c.type !== 'UNK' || !overlapsAny(spans, c)) kept.push(c);
  let parts = spans;
  for (let k = 0; k < spans.length; k++) {
    const t = spans[k] as TaggedSpan;
    if (t.type !== 'PER' || !hasDigitOrSemicolon(view, t.start, t.end)) continue;
    // A person run across numbers: split it (the spans before it stay as they are).
    const split: TaggedSpan[] = spans.slice(0, k);
    for (let m = k; m < spans.length; m++) {
      const u = spans[m] as TaggedSpan;
      if (u.type === 'PER' && hasDigitOrSemicolon(view, u.start, u.end)) splitAtNumbers(view, u, split);
      else split.push(u);
    }
    parts = split;
    break;
  }
  for (const whole of parts) {
    let tagged: TaggedSpan | undefined = whole;
    // A tagged person that starts inside a rule's place or organisation (`Bank Mandiri Rohan Hafas`) starts after it.
    const head = tagged.type === 'PER' ? headOf(found, whole) : undefined;
    if (head) {
      let start = head.end;
      while (view[start] === ' ') start++;
      tagged = { ...whole, start };
    }
    const span = tagged.type === 'PER' ? trimPerson(view, tagged, lexicon) : trimName(view, tagged, lexicon);
    if (!span || span.end - span.start < 2) continue;
    const clashes = clashesWith(kept, span);
    const clash = clashes[0];
    // A tagged organisation around places that were only part of a run (`Kabinet Indonesia Bersatu`) replaces them.
    if (
      clash &&
      clashes.every((c) => c.start >= span.start && c.end <= span.end && !c.strong) &&
      (clashes.length > 1 || clash.start > span.start || clash.end < span.end) &&
      span.type === 'ORG'
    ) {
      for (const c of clashes) kept.splice(kept.indexOf(c), 1);
      kept.push(makeCandidate({ type: span.type, strong: false }, span.start, span.end));
      continue;
    }
    if (!clash) {
      // An unknown short acronym (`BUMN`, `SARA`, `UKM`, initials) is too ambiguous to stand alone.
      if (span.type === 'ORG' && isShortAcronym(view, span.start, span.end)) continue;
      // Common words with their acronym are a term, not a name (`Pekerja Seks Komersial (PSK)`).
      if (span.type !== 'PER' && isCommonPhrase(view, span.start, span.end, lexicon)) continue;
      const run = runAround(found, span);
      // `Idul Fitri`, `Piala Sudirman`: a calendar or event name around a tagged person is not a person.
      if (run && span.type === 'PER' && hasNotNameWord(view, run.start, run.end)) continue;
      const whole =
        run &&
        span.type === 'PER' &&
        (run.start !== span.start || run.end !== span.end) &&
        (run.words ?? 1) <= 4 &&
        looksLikeName(singleSpaced(view.slice(run.start, run.end))) &&
        !hasCommonWord(view, run.start, span.start, lexicon) &&
        !hasCommonWord(view, span.end, run.end, lexicon);
      kept.push(
        makeCandidate(
          { type: span.type, strong: false },
          whole ? run.start : span.start,
          whole ? run.end : span.end,
        ),
      );
      continue;
    }
    // `Kementerian Agama Agus Salim`: a tagged person at the end of a rule's organisation ends it.
    if (
      clash.type === 'ORG' &&
      span.type === 'PER' &&
      span.end === clash.end &&
      span.start > clash.start + 8 &&
      !clash.acronym
    ) {
      let end = span.start;
      while (view[end - 1] === ' ') end--;
      kept[kept.indexOf(clash)] = {
        ...clash,
        end,
        canonical: view.slice(clash.start, end).replace(/\s+/g, ' '),
      };
      kept.push(makeCandidate({ type: 'PER', strong: false }, span.start, span.end));
      continue;
    }
    if (clash.type === 'PER' && !clash.confirmed && span.type !== 'PER' && clashes.length === 1) {
      // The tagger's place or organisation over a rule's guess of a name after a title.
      kept[kept.indexOf(clash)] = makeCandidate({ type: span.type, strong: false }, span.start, span.end);
      continue;
    }
    if (clash.type === 'PER' && span.type === 'PER') {
      // The tagger's extent, the rule's titles; the title's organisation ends where the name starts.
      kept[kept.indexOf(clash)] = { ...clash, start: span.start, end: span.end, confirmed: true };
      const organization = kept.find(
        (c) => c.type === 'ORG' && c.end <= clash.start && !view.slice(c.end, clash.start).trim(),
      );
      if (organization && span.start !== clash.start && span.start > organization.start + 2) {
        let end = span.start;
        while (end > organization.start && view[end - 1] === ' ') end--;
        kept[kept.indexOf(organization)] = {
          ...organization,
          end,
          canonical: view.slice(organization.start, end),
        };
      }
    } else if (clash.type === span.type && clash.type !== 'PER') {
      const ci = kept.indexOf(clash);
      const canonical = clash.canonical ?? singleSpaced(view.slice(clash.start, clash.end));
      kept[ci] = { ...clash, start: span.start, end: span.end, canonical };
    }
  }
  // With a tagger, a person the rules found after a title needs the tagger's agreement (`Ketua Dewan Perwakilan Rakyat`).
  const agreed = (c: Candidate) => c.type !== 'PER' || !c.titles || c.confirmed === true;
  return kept.every(agreed) ? kept : kept.filter(agreed);
}

/** A rule's strong place or organisation in which the tagged person starts (and that ends inside it). */
function headOf(found: readonly Candidate[], whole: TaggedSpan): Candidate | undefined {
  for (const c of found) {
    if (
      (c.type === 'ORG' || c.type === 'LOC') &&
      c.strong &&
      c.start <= whole.start &&
      c.end > whole.start &&
      c.end < whole.end
    )
      return c;
  }
  return undefined;
}

const NO_CLASHES: readonly Candidate[] = [];

/** The typed candidates that overlap `span`, in order (a shared empty list when none). */
function clashesWith(kept: readonly Candidate[], span: TaggedSpan): readonly Candidate[] {
  let list: Candidate[] | undefined;
  for (const c of kept) {
    if (c.type !== 'UNK' && c.start < span.end && span.start < c.end) {
      if (list) list.push(c);
      else list = [c];
    }
  }
  return list ?? NO_CLASHES;
}

/** The untyped run holding `span`. */
function runAround(found: readonly Candidate[], span: TaggedSpan): Candidate | undefined {
  for (const c of found) if (c.type === 'UNK' && c.start <= span.start && c.end >= span.end) return c;
  return undefined;
}

/** Whether every word before any `(…)` is a frequent lower-case word. */
function isCommonPhrase(view: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (hasRareWord(view, start, end, lexicon)) return false;
  const core = view
    .slice(start, end)
    .replace(/\s*\(.*$/, '')
    .toLowerCase();
  return core.length > 0 && splitWords(core).every((w) => lexicon.common.has(w));
}

/**
 * Whether a word of `text` before any `(` is surely not a frequent word: ASCII only and its hash not in the
 * common table (which holds every frequent word's hash). False when unsure.
 */
function hasRareWord(view: string, start: number, end: number, lexicon: Lexicon): boolean {
  let h = HASH_START;
  let length = 0;
  let ascii = true;
  for (let k = start; k <= end; k++) {
    const c = k < end ? view.charCodeAt(k) : 32;
    if (c === 40) break;
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (length > 0 && ascii && lexicon.commonTable.get(h | 0 || 1) === 0) return true;
      h = HASH_START;
      length = 0;
      ascii = true;
      continue;
    }
    if (c >= 128) ascii = false;
    h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
    length++;
  }
  return false;
}

/**
 * `lexicon.common.has(word.toLowerCase())`; an ASCII word whose hash the common table lacks is answered
 * without making the lower-case string (the table holds every frequent word's hash).
 */
function isCommonWord(word: string, lexicon: Lexicon): boolean {
  return isCommonWordAt(word, 0, word.length, lexicon);
}

/** Whether a word of `view[start, end)` (cut at white space, as `split(/\s+/)` cuts) is a frequent word. */
function hasCommonWord(view: string, start: number, end: number, lexicon: Lexicon): boolean {
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && !isSpaceCode(view.charCodeAt(k))) continue;
    if (k > from && isCommonWordAt(view, from, k, lexicon)) return true;
    from = k + 1;
  }
  return false;
}

/** {@link isCommonWord} of `view[start, end)`, made into a string only when the common table may hold it. */
function isCommonWordAt(view: string, start: number, end: number, lexicon: Lexicon): boolean {
  let h = HASH_START;
  for (let k = start; k < end; k++) {
    const c = view.charCodeAt(k);
    if (c >= 128) return lexicon.common.has(view.slice(start, end).toLowerCase());
    h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
  }
  return (
    lexicon.commonTable.get(h | 0 || 1) !== 0 && lexicon.common.has(view.slice(start, end).toLowerCase())
  );
}

/** A tagged place or organisation, unless it is all lower case (`lokasi kejadian`) or a lone common word (`Negara`). */
function trimName(view: string, span: TaggedSpan, lexicon: Lexicon): TaggedSpan | undefined {
  if (!hasUpper(view, span.start, span.end)) return undefined;
  let space = span.start;
  while (space < span.end && view.charCodeAt(space) !== 32) space++;
  if (space === span.end && isCommonWordAt(view, span.start, span.end, lexicon)) return undefined;
  return span;
}

const UPPER_START = /^\p{Lu}/u;
const UPPER = /\p{Lu}/u;

/** Whether `view[start, end)` holds an upper-case letter (ASCII fast; `\p{Lu}` past ASCII). */
function hasUpper(view: string, start: number, end: number): boolean {
  let other = false;
  for (let k = start; k < end; k++) {
    const c = view.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) other = true;
  }
  return other && UPPER.test(view.slice(start, end));
}

/** Whether the text at `k` starts with an upper-case letter (ASCII fast). */
function startsUpper(view: string, k: number): boolean {
  const c = view.charCodeAt(k);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(view.slice(k, k + 2));
}

/** Whether a sentence, line or quotation opens at `k`: the start, or one of `\n.!?"“:–-` then spaces in the 3 characters before. */
function opensAt(view: string, k: number): boolean {
  if (k === 0) return true;
  const from = Math.max(0, k - 3);
  let j = k - 1;
  while (j >= from && isSpaceCode(view.charCodeAt(j))) {
    if (view.charCodeAt(j) === 10) return true;
    j--;
  }
  if (j < from) return false;
  const c = view.charCodeAt(j);
  return (
    c === 10 ||
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 34 ||
    c === 0x201c ||
    c === 58 ||
    c === 0x2013 ||
    c === 45
  );
}

/** White space as `\s` reads it in the view (spaces and line breaks; the view folds the rest). */
const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0xfeff ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** A tagged person without leading title words or trailing lower-case words; undefined when nothing is left. */
function trimPerson(view: string, span: TaggedSpan, lexicon: Lexicon): TaggedSpan | undefined {
  let start = span.start;
  let end = span.end;
  for (;;) {
    const space = view.indexOf(' ', start);
    if (space < 0 || space >= end) break;
    const word = view.slice(start, space);
    // `leadingWords`: titles, title continuations, organisations and honorifics at once.
    const isWord =
      lexicon.leadingWords.has(word) ||
      (word.charCodeAt(word.length - 1) === 46 && lexicon.honorifics.has(word.slice(0, -1))) ||
      (opensAt(view, start) && isCommonWord(word, lexicon));
    if (!isWord) break;
    start = space + 1;
  }
  for (;;) {
    const space = view.lastIndexOf(' ', end - 1);
    if (space < start) break;
    if (space + 1 < end && startsUpper(view, space + 1)) break;
    end = space;
  }
  if (end <= start || !startsUpper(view, start)) return undefined;
  const text = view.slice(start, end);
  if (hasNotNameWord(text) || lexicon.titles.has(text)) return undefined;
  // A lone common word, or a word with a clitic (`Ceritanya`), is not a name.
  if (!text.includes(' ') && (isCommonWord(text, lexicon) || endsWithClitic(text))) {
    return undefined;
  }
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

/** Whether any span overlaps `c`. */
function overlapsAny(spans: readonly TaggedSpan[], c: Candidate): boolean {
  for (const s of spans) if (s.start < c.end && c.start < s.end) return true;
  return false;
}

/** Whether `view[start, end)` holds a digit or a semicolon. */
function hasDigitOrSemicolon(view: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = view.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 59) return true;
  }
  return false;
}

/** A tagged person run across numbers (`Ardhiyasa; 6-Maman Abdurrahman`) is one person per part, into `parts`. */
function splitAtNumbers(view: string, span: TaggedSpan, parts: TaggedSpan[]): void {
  const text = view.slice(span.start, span.end);
  const pattern = /[^\d;,()]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^-+|-+$/g, '');
    if (!/^\p{Lu}/u.test(trimmed)) continue;
    const start = span.start + m.index + lead + raw.trimStart().indexOf(trimmed);
    parts.push({ ...span, start, end: start + trimmed.length });
  }
}
