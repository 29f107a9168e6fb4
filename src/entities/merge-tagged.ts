import { grown } from '../typed-arrays.js';
import { type Candidate, changed, type EntityType, makeCandidate } from './candidate.js';
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
export const looksLikeName = (text: string): boolean => hasNameShape(text) && !hasNotNameWord(text);

const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| bin| binti| van| de){0,4}$/u;

/** `NAME_SHAPE.test(text)`: ASCII decided by character codes, anything else by the regular expression. */
function hasNameShape(text: string): boolean {
  const n = text.length;
  let words = 0;
  let from = 0;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? text.charCodeAt(k) : 32;
    if (c >= 128) return NAME_SHAPE.test(text);
    if (c !== 32) continue;
    // The word `text[from, k)`: capitalised letters (and `'.-`), or a connector after the first word.
    if (k === from || ++words > 5) return false;
    const first = text.charCodeAt(from);
    if (first >= 65 && first <= 90) {
      for (let m = from + 1; m < k; m++) {
        const d = text.charCodeAt(m);
        if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 46 || d === 45))
          return false;
      }
    } else if (words === 1 || !isNameConnector(text, from, k)) return false;
    from = k + 1;
  }
  return true;
}

/** Whether `text[from, to)` is `bin`, `binti`, `van` or `de`. */
function isNameConnector(text: string, from: number, to: number): boolean {
  const length = to - from;
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  if (length === 2) return a === 100 && b === 101;
  const c = text.charCodeAt(from + 2);
  if (length === 3) return (a === 98 && b === 105 && c === 110) || (a === 118 && b === 97 && c === 110);
  return (
    length === 5 &&
    a === 98 &&
    b === 105 &&
    c === 110 &&
    text.charCodeAt(from + 3) === 116 &&
    text.charCodeAt(from + 4) === 105
  );
}

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

/** `span` moved to `[start, end)`, in the tagger's shape of a span (`{ type, start, end, score }`). */
const spanOf = (span: TaggedSpan, start: number, end: number): TaggedSpan => ({
  type: span.type,
  start,
  end,
  score: span.score,
});

/** Whether two spans overlap. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** How {@link mergeTagged} finds overlaps: buckets of `width` code units once it holds more than `small` items. */
export interface MergeIndex {
  readonly width: number;
  readonly small: number;
}

/**
 * Buckets of 64 code units; up to 64 candidates and spans (nearly every paragraph) one bucket, which is a
 * plain scan in order.
 */
export const MERGE_INDEX: MergeIndex = { width: 64, small: 64 };

/** {@link mergeTagged} with its work space made once and reused from call to call (one per stage). */
export type Merger = (
  view: string,
  found: Candidate[],
  spans: readonly TaggedSpan[],
  lexicon: Lexicon,
) => Candidate[];

/**
 * Merges tagger spans into rule candidates: rule-typed spans win; a tagged span replaces an untyped run
 * (a tagged person inside a name-shaped run takes the whole run); a tagged person inside a rule's person
 * keeps the tagger's extent and the rule's titles, the words between going to the title's organisation.
 * Overlaps are found through buckets of positions ({@link Buckets}), so a long paragraph costs time in
 * proportion to its length, not to its candidates times its spans.
 */
export function mergeTagged(
  view: string,
  found: Candidate[],
  spans: readonly TaggedSpan[],
  lexicon: Lexicon,
  index: MergeIndex = MERGE_INDEX,
): Candidate[] {
  return makeMerger(index)(view, found, spans, lexicon);
}

/**
 * A {@link mergeTagged} that keeps its buckets, slots and scratch lists (typed arrays) from call to call, so
 * that a paragraph's merge allocates little more than its new candidates and its result.
 */
export function makeMerger(index: MergeIndex = MERGE_INDEX): Merger {
  const keptBuckets = new Buckets();
  const kept = new Kept(keptBuckets);
  const runs = new Buckets();
  const spanIndex = new Buckets();
  const clashes: number[] = [];
  let notName = new Int8Array(64);
  return (view, found, spans, lexicon) => {
    // No span: every candidate stays, in order, but a rule's person after a title that no tagger confirmed.
    if (spans.length === 0) return found.filter(agreed);
    let buckets = 1;
    let lo = 0;
    if (found.length + spans.length > index.small) {
      let hi = 0;
      lo = Number.POSITIVE_INFINITY;
      for (const c of found) {
        if (c.start < lo) lo = c.start;
        if (c.end > hi) hi = c.end;
      }
      for (const t of spans) {
        if (t.start < lo) lo = t.start;
        if (t.end > hi) hi = t.end;
      }
      buckets = hi > lo ? Math.ceil((hi - lo) / index.width) : 1;
    }
    keptBuckets.reset(lo, index.width, buckets);
    kept.reset();
    let spansIndexed = false;
    for (const c of found) {
      if (c.type !== 'UNK') {
        kept.add(c);
        continue;
      }
      if (!spansIndexed) {
        spanIndex.reset(lo, index.width, buckets);
        for (let k = 0; k < spans.length; k++) {
          const t = spans[k] as TaggedSpan;
          spanIndex.add(k, t.start, t.end);
        }
        spansIndexed = true;
      }
      if (!overlapsAny(spanIndex, spans, c)) kept.keep(c);
    }
    // The rules' strong places and organisations (heads of tagged people) and untyped runs, by position.
    runs.reset(lo, index.width, buckets);
    for (let k = 0; k < found.length; k++) {
      const c = found[k] as Candidate;
      if (c.type === 'UNK' || ((c.type === 'ORG' || c.type === 'LOC') && c.strong))
        runs.add(k, c.start, c.end);
    }
    // Per untyped run, whether it holds a calendar or event word (0 not known yet, 1 no, 2 yes).
    if (notName.length < found.length) notName = new Int8Array(found.length * 2);
    else notName.fill(0, 0, found.length);
    const result = merge(view, found, spans, lexicon, kept, runs, clashes, notName);
    keptBuckets.release();
    runs.release();
    spanIndex.release();
    kept.release();
    if (notName.length > MAX_KEPT) notName = new Int8Array(64);
    return result;
  };
}

/** What one paragraph's merge reads and writes, besides the span at hand (one shape for every call). */
interface MergeWork {
  readonly view: string;
  readonly found: readonly Candidate[];
  readonly lexicon: Lexicon;
  readonly kept: Kept;
  readonly runs: Buckets;
  readonly clashes: number[];
  readonly notName: Int8Array;
}

function merge(
  view: string,
  found: readonly Candidate[],
  spans: readonly TaggedSpan[],
  lexicon: Lexicon,
  kept: Kept,
  runs: Buckets,
  clashes: number[],
  notName: Int8Array,
): Candidate[] {
  let parts = spans;
  for (let k = 0; k < spans.length; k++) {
    const t = spans[k] as TaggedSpan;
    if (t.type === 'PER' && hasDigitOrSemicolon(view, t.start, t.end)) {
      parts = splitPeopleAtNumbers(view, spans, k);
      break;
    }
  }
  const work: MergeWork = { view, found, lexicon, kept, runs, clashes, notName };
  for (let k = 0; k < parts.length; k++) mergeSpan(work, parts[k] as TaggedSpan);
  // With a tagger, a person the rules found after a title needs the tagger's agreement (`Ketua Dewan Perwakilan Rakyat`).
  return kept.list();
}

/** The spans with each person run across numbers from `from` on split (the spans before it stay as they are). */
function splitPeopleAtNumbers(view: string, spans: readonly TaggedSpan[], from: number): TaggedSpan[] {
  const split: TaggedSpan[] = spans.slice(0, from);
  for (let m = from; m < spans.length; m++) {
    const u = spans[m] as TaggedSpan;
    if (u.type === 'PER' && hasDigitOrSemicolon(view, u.start, u.end)) splitAtNumbers(view, u, split);
    else split.push(u);
  }
  return split;
}

/** Merges one tagged span into the kept candidates. */
function mergeSpan(work: MergeWork, whole: TaggedSpan): void {
  const { view, found, lexicon, kept, runs, clashes } = work;
  let tagged: TaggedSpan | undefined = whole;
  // A tagged person that starts inside a rule's place or organisation (`Bank Mandiri Rohan Hafas`) starts after it.
  const head = tagged.type === 'PER' ? headOf(runs, found, whole) : undefined;
  if (head) {
    let start = head.end;
    while (view.charCodeAt(start) === 32) start++;
    tagged = spanOf(whole, start, whole.end);
  }
  const span = tagged.type === 'PER' ? trimPerson(view, tagged, lexicon) : trimName(view, tagged, lexicon);
  if (!span || span.end - span.start < 2) return;
  kept.clashes(span.start, span.end, clashes);
  const first = clashes[0];
  if (first === undefined) {
    addUnclashed(work, span);
    return;
  }
  const clash = kept.at(first);
  // A tagged organisation around places that were only part of a run (`Kabinet Indonesia Bersatu`) replaces them.
  if (
    everyInside(kept, clashes, span) &&
    (clashes.length > 1 || clash.start > span.start || clash.end < span.end) &&
    span.type === 'ORG'
  ) {
    for (const slot of clashes) kept.remove(slot);
    kept.add(makeCandidate({ type: span.type, strong: false }, span.start, span.end));
    return;
  }
  // `Kementerian Agama Agus Salim`: a tagged person at the end of a rule's organisation ends it.
  if (
    clash.type === 'ORG' &&
    span.type === 'PER' &&
    span.end === clash.end &&
    span.start > clash.start + 8 &&
    !clash.acronym
  ) {
    endOrganizationAt(work, first, clash, span);
    return;
  }
  if (clash.type === 'PER' && !clash.confirmed && span.type !== 'PER' && clashes.length === 1) {
    // The tagger's place or organisation over a rule's guess of a name after a title.
    kept.replace(first, makeCandidate({ type: span.type, strong: false }, span.start, span.end));
    return;
  }
  if (clash.type === 'PER' && span.type === 'PER') confirmPerson(work, first, clash, span);
  else if (clash.type === span.type && clash.type !== 'PER') {
    const canonical = clash.canonical ?? singleSpaced(view.slice(clash.start, clash.end));
    kept.replace(first, changed(clash, { start: span.start, end: span.end, canonical }));
  }
}

/** A span that clashes with no typed candidate: kept, unless it is a lone short acronym or a term. */
function addUnclashed(work: MergeWork, span: TaggedSpan): void {
  const { view, found, lexicon, kept, runs, notName } = work;
  // An unknown short acronym (`BUMN`, `SARA`, `UKM`, initials) is too ambiguous to stand alone.
  if (span.type === 'ORG' && isShortAcronym(view, span.start, span.end)) return;
  // Common words with their acronym are a term, not a name (`Pekerja Seks Komersial (PSK)`).
  if (span.type !== 'PER' && isCommonPhrase(view, span.start, span.end, lexicon)) return;
  // The untyped run holding the span (`span.end > span.start`: the run holds the span's first character).
  const r = runAround(runs, found, span);
  const run = r < 0 ? undefined : (found[r] as Candidate);
  // `Idul Fitri`, `Piala Sudirman`: a calendar or event name around a tagged person is not a person.
  if (run && span.type === 'PER') {
    if (notName[r] === 0) notName[r] = hasNotNameWord(view, run.start, run.end) ? 2 : 1;
    if (notName[r] === 2) return;
  }
  const whole =
    run &&
    span.type === 'PER' &&
    (run.start !== span.start || run.end !== span.end) &&
    (run.words ?? 1) <= 4 &&
    looksLikeName(singleSpaced(view.slice(run.start, run.end))) &&
    !hasCommonWord(view, run.start, span.start, lexicon) &&
    !hasCommonWord(view, span.end, run.end, lexicon);
  kept.add(
    makeCandidate(
      { type: span.type, strong: false },
      whole ? run.start : span.start,
      whole ? run.end : span.end,
    ),
  );
}

/** `Kementerian Agama Agus Salim`: the organisation in `slot` ends before the tagged person. */
function endOrganizationAt(work: MergeWork, slot: number, clash: Candidate, span: TaggedSpan): void {
  const { view, kept } = work;
  let end = span.start;
  while (view.charCodeAt(end - 1) === 32) end--;
  kept.replace(slot, changed(clash, { end, canonical: view.slice(clash.start, end).replace(/\s+/g, ' ') }));
  kept.add(makeCandidate({ type: 'PER', strong: false }, span.start, span.end));
}

/** The tagger's extent, the rule's titles; the title's organisation ends where the name starts. */
function confirmPerson(work: MergeWork, slot: number, clash: Candidate, span: TaggedSpan): void {
  const { view, kept } = work;
  kept.replace(slot, changed(clash, { start: span.start, end: span.end, confirmed: true }));
  const o = kept.organizationBefore(view, clash.start);
  const organization = o < 0 ? undefined : kept.at(o);
  if (organization && span.start !== clash.start && span.start > organization.start + 2) {
    let end = span.start;
    while (end > organization.start && view.charCodeAt(end - 1) === 32) end--;
    kept.replace(o, changed(organization, { end, canonical: view.slice(organization.start, end) }));
  }
}

/** Whether every clash lies inside `span` and is not strong. */
function everyInside(kept: Kept, clashes: readonly number[], span: TaggedSpan): boolean {
  for (const slot of clashes) {
    const c = kept.at(slot);
    if (!(c.start >= span.start && c.end <= span.end && !c.strong)) return false;
  }
  return true;
}

/**
 * Ids of intervals by position: each interval is listed in every bucket of `width` code units it covers
 * (one of zero length in its start's bucket), in the order added, so the intervals that overlap a range
 * are among the lists of the range's buckets. Positions outside the buckets go to the first or last one;
 * with a single bucket every query scans every interval in order. A bucket's list is linked through typed
 * arrays (`first`, then `next` of each entry), reused from paragraph to paragraph ({@link reset}).
 */
class Buckets {
  private lo = 0;
  private width = 1;
  private last = 0;
  /** Per bucket, its first and last entry (-1: empty). */
  private head = new Int32Array(SMALL_BUCKETS);
  private tail = new Int32Array(SMALL_BUCKETS);
  /** Per entry, its id and the next entry of its bucket (-1: none). */
  private ids = new Int32Array(SMALL_ENTRIES);
  private nexts = new Int32Array(SMALL_ENTRIES);
  private count = 0;

  /** Empties the buckets for a paragraph: `buckets` buckets of `width` code units from `lo`. */
  reset(lo: number, width: number, buckets: number): void {
    this.lo = lo;
    this.width = width;
    this.last = buckets - 1;
    if (this.head.length < buckets) {
      this.head = new Int32Array(buckets);
      this.tail = new Int32Array(buckets);
    }
    this.head.fill(-1, 0, buckets);
    this.count = 0;
  }

  /** Drops storage that a long paragraph made big (a hostile megabyte would otherwise stay held). */
  release(): void {
    if (this.head.length > MAX_KEPT) {
      this.head = new Int32Array(SMALL_BUCKETS);
      this.tail = new Int32Array(SMALL_BUCKETS);
    }
    if (this.ids.length > MAX_KEPT) {
      this.ids = new Int32Array(SMALL_ENTRIES);
      this.nexts = new Int32Array(SMALL_ENTRIES);
    }
  }

  /** The bucket of position `x`. */
  at(x: number): number {
    const last = this.last;
    if (last === 0) return 0;
    const b = Math.floor((x - this.lo) / this.width);
    return b < 0 ? 0 : Math.min(b, last);
  }

  /** The last bucket of `[start, end)`. */
  lastOf(start: number, end: number): number {
    return this.at(end > start ? end - 1 : start);
  }

  add(id: number, start: number, end: number): void {
    const last = this.lastOf(start, end);
    for (let b = this.at(start); b <= last; b++) {
      const e = this.count++;
      if (e === this.ids.length) {
        const ids = new Int32Array(e * 2);
        ids.set(this.ids);
        this.ids = ids;
        const nexts = new Int32Array(e * 2);
        nexts.set(this.nexts);
        this.nexts = nexts;
      }
      this.ids[e] = id;
      this.nexts[e] = -1;
      if (this.head[b] === -1) this.head[b] = e;
      else this.nexts[this.tail[b] as number] = e;
      this.tail[b] = e;
    }
  }

  /** The first entry of bucket `b` (-1: none); then {@link next} of each entry. */
  first(b: number): number {
    return this.head[b] as number;
  }

  next(e: number): number {
    return this.nexts[e] as number;
  }

  /** The id of entry `e`. */
  id(e: number): number {
    return this.ids[e] as number;
  }
}

const SMALL_BUCKETS = 16;
const SMALL_ENTRIES = 64;
/** Storage past this many items is dropped after the paragraph that needed it. */
const MAX_KEPT = 1 << 16;

/**
 * The kept candidates in order (slots: a replaced candidate keeps its place, a removed one leaves a hole,
 * new ones go last), the typed ones in buckets. Each placing of a typed candidate is a record; a bucket's
 * record is stale once its slot holds another record. Its arrays are reused from paragraph to paragraph.
 */
class Kept {
  private readonly slots: Array<Candidate | undefined> = [];
  private slotCount = 0;
  /** Per slot, its typed candidate's record (-1: untyped or removed). */
  private current = new Int32Array(SMALL_ENTRIES);
  /** Per record, its slot. */
  private owner = new Int32Array(SMALL_ENTRIES);
  private recordCount = 0;

  constructor(private readonly buckets: Buckets) {}

  /** Empties the slots for a paragraph (the buckets are reset by the caller). */
  reset(): void {
    this.slotCount = 0;
    this.recordCount = 0;
  }

  /** Drops storage that a long paragraph made big. */
  release(): void {
    if (this.current.length > MAX_KEPT) this.current = new Int32Array(SMALL_ENTRIES);
    if (this.owner.length > MAX_KEPT) this.owner = new Int32Array(SMALL_ENTRIES);
    if (this.slots.length > MAX_KEPT) this.slots.length = 0;
  }

  at(slot: number): Candidate {
    return this.slots[slot] as Candidate;
  }

  /** A new slot holding `c`, with no record. */
  private push(c: Candidate | undefined): number {
    const slot = this.slotCount++;
    if (slot === this.current.length) this.current = grown(this.current);
    this.current[slot] = -1;
    this.slots[slot] = c;
    return slot;
  }

  /** Keeps an untyped run (never a clash). */
  keep(c: Candidate): void {
    this.push(c);
  }

  /** Adds a typed candidate last. */
  add(c: Candidate): void {
    this.replace(this.push(undefined), c);
  }

  replace(slot: number, c: Candidate): void {
    const record = this.recordCount++;
    if (record === this.owner.length) this.owner = grown(this.owner);
    this.owner[record] = slot;
    this.current[slot] = record;
    this.slots[slot] = c;
    this.buckets.add(record, c.start, c.end);
  }

  remove(slot: number): void {
    this.current[slot] = -1;
    this.slots[slot] = undefined;
  }

  /** The slots of the typed candidates that overlap `[start, end)`, in order, into `out`. */
  clashes(start: number, end: number, out: number[]): void {
    out.length = 0;
    const buckets = this.buckets;
    const first = buckets.at(start);
    const last = buckets.lastOf(start, end);
    for (let b = first; b <= last; b++) {
      for (let e = buckets.first(b); e >= 0; e = buckets.next(e)) {
        const record = buckets.id(e);
        const slot = this.owner[record] as number;
        if (this.current[slot] !== record) continue;
        const c = this.slots[slot] as Candidate;
        if (!(c.start < end && start < c.end)) continue;
        // Listed in several buckets: counted in the first one of the range.
        const home = buckets.at(c.start);
        if (b !== Math.max(home, first)) continue;
        let k = out.length;
        out.push(slot);
        while (k > 0 && (out[k - 1] as number) > slot) {
          out[k] = out[k - 1] as number;
          k--;
        }
        out[k] = slot;
      }
    }
  }

  /** The first organisation that ends at `at` or before it with only white space between (-1: none). */
  organizationBefore(view: string, at: number): number {
    let from = at;
    while (from > 0 && isSpaceCode(view.charCodeAt(from - 1))) from--;
    let best = -1;
    const buckets = this.buckets;
    const last = buckets.at(at);
    for (let b = buckets.at(from - 1); b <= last; b++) {
      for (let e = buckets.first(b); e >= 0; e = buckets.next(e)) {
        const record = buckets.id(e);
        const slot = this.owner[record] as number;
        if (this.current[slot] !== record || (best >= 0 && slot >= best)) continue;
        const c = this.slots[slot] as Candidate;
        if (c.type === 'ORG' && c.end <= at && c.end >= from) best = slot;
      }
    }
    return best;
  }

  /**
   * The kept candidates in order, without a rule's person after a title that the tagger did not confirm (with
   * a tagger, such a person needs its agreement: `Ketua Dewan Perwakilan Rakyat`). Empties the slots.
   */
  list(): Candidate[] {
    const list: Candidate[] = [];
    const slots = this.slots;
    for (let k = 0; k < this.slotCount; k++) {
      const c = slots[k];
      if (c === undefined) continue;
      slots[k] = undefined;
      if (agreed(c)) list.push(c);
    }
    return list;
  }
}

/** Whether a candidate may stay: a rule's person after a title needs the tagger's agreement. */
const agreed = (c: Candidate): boolean => c.type !== 'PER' || !c.titles || c.confirmed === true;

/** A rule's strong place or organisation in which the tagged person starts (and that ends inside it). */
function headOf(runs: Buckets, found: readonly Candidate[], whole: TaggedSpan): Candidate | undefined {
  for (let e = runs.first(runs.at(whole.start)); e >= 0; e = runs.next(e)) {
    const c = found[runs.id(e)] as Candidate;
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

/** The index in `found` of the first untyped run holding `span` (-1: none); `span` must not be empty. */
function runAround(runs: Buckets, found: readonly Candidate[], span: TaggedSpan): number {
  for (let e = runs.first(runs.at(span.start)); e >= 0; e = runs.next(e)) {
    const k = runs.id(e);
    const c = found[k] as Candidate;
    if (c.type === 'UNK' && c.start <= span.start && c.end >= span.end) return k;
  }
  return -1;
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

/** Whether `lexicon.leadingWords` may hold `view[start, end)`: false when its (ASCII) hash is not in the table. */
function mayLead(view: string, start: number, end: number, lexicon: Lexicon): boolean {
  let h = HASH_START;
  for (let k = start; k < end; k++) {
    const c = view.charCodeAt(k);
    if (c >= 128) return true;
    h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
  }
  return lexicon.leadingTable.get(h | 0 || 1) !== 0;
}

/** A tagged person without leading title words or trailing lower-case words; undefined when nothing is left. */
function trimPerson(view: string, span: TaggedSpan, lexicon: Lexicon): TaggedSpan | undefined {
  let start = span.start;
  let end = span.end;
  for (;;) {
    // The next space inside the span (a search bounded by the span: a long text without spaces stays linear).
    let space = start;
    while (space < end && view.charCodeAt(space) !== 32) space++;
    if (space >= end) break;
    // `leadingWords`: titles, title continuations, organisations and honorifics at once (the word is made
    // only when its hash may be among them).
    const isWord =
      (mayLead(view, start, space, lexicon) && lexicon.leadingWords.has(view.slice(start, space))) ||
      (space > start &&
        view.charCodeAt(space - 1) === 46 &&
        lexicon.honorifics.has(view.slice(start, space - 1))) ||
      (opensAt(view, start) && isCommonWordAt(view, start, space, lexicon));
    if (!isWord) break;
    start = space + 1;
  }
  for (;;) {
    let space = end - 1;
    while (space >= start && view.charCodeAt(space) !== 32) space--;
    if (space < start) break;
    if (space + 1 < end && startsUpper(view, space + 1)) break;
    end = space;
  }
  if (end <= start || !startsUpper(view, start)) return undefined;
  const text = view.slice(start, end);
  // Titles are single words: a text with a space is none.
  const single = !text.includes(' ');
  if (hasNotNameWord(text) || (single && lexicon.titles.has(text))) return undefined;
  // A lone common word, or a word with a clitic (`Ceritanya`), is not a name.
  if (single && (isCommonWord(text, lexicon) || endsWithClitic(text))) {
    return undefined;
  }
  return start === span.start && end === span.end ? span : spanOf(span, start, end);
}

/** Whether any span overlaps `c`. */
function overlapsAny(buckets: Buckets, spans: readonly TaggedSpan[], c: Candidate): boolean {
  const last = buckets.lastOf(c.start, c.end);
  for (let b = buckets.at(c.start); b <= last; b++) {
    for (let e = buckets.first(b); e >= 0; e = buckets.next(e)) {
      const s = spans[buckets.id(e)] as TaggedSpan;
      if (s.start < c.end && c.start < s.end) return true;
    }
  }
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
    parts.push(spanOf(span, start, start + trimmed.length));
  }
}
