import { type Candidate, type EntityType, makeCandidate } from './candidate.js';
import { findChunks } from './chunks.js';
import { type ChunkContext, makeChunkClassifier } from './classify-chunk.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { type Token, tokenize } from './tokenize.js';

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
const NOT_NAME =
  /\b(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Lebaran|Idul|Ramadhan|Ramadan|Natal|Tahun|Nomor|Pasal|Undang|Piala|Liga|Pemilu|Pilpres|Pilkada|Pileg|WIB|WITA|WIT|Covid|Road|Tol|Allah|Insya|Tuhan|Ilahi)\b/;

/** Whether an untyped run may be a personal name: letters only, each word capitalised, no calendar words. */
const looksLikeName = (text: string): boolean =>
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| bin| binti| van| de){0,4}$/u.test(text) && !NOT_NAME.test(text);

const SHORT_ACRONYM = /^[A-Z]{1,4}$/;
const AGE_AFTER = /^ ?\(\d{1,2}\)/;
// Between two items of a list of names: commas, semicolons, `dan`, shirt numbers, substitutions.
const LIST_GAP = /^(?:[\s,;()'’]|\d+-?|dan\b|\d+')*$/;

/** Shared inputs of candidate finding, made once per stage. */
export interface FinderTables {
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Finds typed entity candidates in `view` over the given ranges (paragraphs and the dateline). */
export function findCandidates(
  view: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  tables: FinderTables,
  tagger?: Tagger,
): Candidate[] {
  const { lexicon, gazetteer } = tables;
  const defined = new Map<string, Candidate>();
  const context: ChunkContext = { view, lexicon, gazetteer, defined };
  const typed: Candidate[] = [];
  const unresolved: Candidate[] = [];
  const blocked = new Set<string>();
  for (const [start, end] of ranges) {
    const tokens = tokenize(view, start, end, lexicon.common);
    const found: Candidate[] = [];
    const definitions: Array<[Token, number]> = [];
    const classify = makeChunkClassifier(tokens, context, found);
    for (const [a, b] of findChunks(tokens, lexicon)) {
      const before = found.length;
      classify(a, b);
      const acronym = definitionAfter(view, tokens, b);
      if (!acronym) continue;
      // A long form that the rules typed defines its short form at once, before the short form is read.
      const long = found.length > before ? (found[found.length - 1] as Candidate) : undefined;
      const longEnd = (tokens[b - 1] as Token).end;
      if (
        long &&
        long.end === longEnd &&
        (long.type === 'ORG' || long.type === 'LOC') &&
        isAcronymOf(acronym.text, view.slice(long.start, long.end))
      ) {
        defined.set(acronym.text, { ...long, ...(long.type === 'ORG' ? { acronym: acronym.text } : {}) });
      } else definitions.push([acronym, found.length > before ? longEnd : -1]);
    }
    const kept = tagger ? mergeTagged(view, found, tagger(view, start, end), lexicon) : found;
    for (const c of kept) {
      if (c.type === 'UNK') unresolved.push(c);
      else typed.push(c);
    }
    for (const [acronym, longEnd] of definitions) {
      const long = typed.find((c) => c.end === longEnd && c.type !== 'PER');
      if (long && isAcronymOf(acronym.text, view.slice(long.start, long.end))) {
        defined.set(acronym.text, { ...long, ...(long.type === 'ORG' ? { acronym: acronym.text } : {}) });
      } else if (!long) blocked.add(acronym.text);
    }
  }
  // `Mandiri` after `Bank Mandiri`, `Jasa Marga` after `PT Jasa Marga`: short forms of named organisations.
  const shortForms = new Map<string, Candidate>();
  for (const c of typed) {
    if (c.type !== 'ORG') continue;
    const short = view
      .slice(c.start, c.end)
      .replace(/\s+/g, ' ')
      .replace(/^(PT|Bank|Partai|Harian|Majalah) /, '');
    if (short !== view.slice(c.start, c.end) && !shortForms.has(short)) shortForms.set(short, c);
  }
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    const owner = c.type !== 'ORG' || !c.canonical ? shortForms.get(view.slice(c.start, c.end)) : undefined;
    if (
      owner &&
      (c.type !== 'LOC' || !c.strong || !c.place || c.place.kind === 'village' || c.place.kind === 'district')
    ) {
      typed[k] = { ...owner, start: c.start, end: c.end };
    }
  }
  // A name the rules typed as a place or organisation somewhere keeps that type everywhere (`Duri Kepa`).
  const typedNames = new Map<string, Candidate>();
  for (const c of typed) {
    if ((c.type !== 'LOC' && c.type !== 'ORG') || !c.strong) continue;
    const text = view.slice(c.start, c.end);
    typedNames.set(text, c);
    // `Kota Lagunas` also types a bare `Lagunas`.
    const bare = text.replace(/^(Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Dusun) /, '');
    if (bare !== text && !typedNames.has(bare)) typedNames.set(bare, c);
  }
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    const other = c.type === 'PER' && !c.titles ? typedNames.get(view.slice(c.start, c.end)) : undefined;
    if (other) typed[k] = { ...other, start: c.start, end: c.end };
  }
  // Untyped runs: a defined short form, a part of a known person's name, or (without a tagger) a cue.
  const personWords = new Set<string>();
  for (const c of typed) {
    if (c.type === 'PER') for (const w of view.slice(c.start, c.end).split(/\s+/)) personWords.add(w);
  }
  const open: Candidate[] = [];
  for (const c of unresolved) {
    const text = view.slice(c.start, c.end);
    const definition = defined.get(text) ?? shortForms.get(text);
    if (definition) {
      typed.push({ ...definition, start: c.start, end: c.end });
      continue;
    }
    if (blocked.has(text)) continue;
    const words = c.words ?? 1;
    const person = makeCandidate({ type: 'PER', strong: false }, c.start, c.end);
    if (words <= 2 && personWords.size > 0 && text.split(/\s+/).every((w) => personWords.has(w))) {
      typed.push(person);
      continue;
    }
    if (!looksLikeName(text)) continue;
    if (
      (!tagger && (c.afterCue || (!c.opens && words >= 2 && words <= 4))) ||
      AGE_AFTER.test(view.slice(c.end, c.end + 6))
    ) {
      // Without a tagger: after a speech cue, or two to four name words mid-sentence; `Sumaji (47)`: an age.
      typed.push(person);
    } else open.push(c);
  }
  addListedPeople(view, typed, open);
  // `Gubernur Daerah Istimewa Yogyakarta (DIY)`: a short form defined inside a title is inside it too.
  for (let k = 0; k < typed.length; k++) {
    const c = typed[k] as Candidate;
    if (c.type !== 'LOC' || c.inTitle || view[c.start - 1] !== '(') continue;
    if (typed.some((o) => o.type === 'LOC' && o.inTitle && o.end >= c.start - 2 && o.end < c.start)) {
      typed[k] = { ...c, inTitle: true };
    }
  }
  return typed
    .map((c) => (c.type === 'ORG' ? withCompanySuffix(view, c) : c))
    .filter((c) => !blocked.has(view.slice(c.start, c.end)))
    .flatMap((c) => (c.type === 'PER' ? splitPair(view, c) : [c]))
    .sort((a, b) => a.start - b.start);
}

/** The single token in `(…)` right after `tokens[end - 1]`, as in `Kutai Kartanegara (Kukar)`. */
function definitionAfter(view: string, tokens: readonly Token[], end: number): Token | undefined {
  const last = tokens[end - 1];
  const inner = tokens[end];
  if (!last || !inner) return undefined;
  let k = last.end;
  while (view[k] === ' ') k++;
  if (view[k] !== '(' || inner.start !== k + 1 || view[inner.end] !== ')' || !inner.isCapitalized)
    return undefined;
  return inner;
}

/** Whether `short` could abbreviate `long`: same first letter, its letters in order in `long`. */
export function isAcronymOf(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  const l = long.toLowerCase();
  if (
    s.length < 2 ||
    s.length >= l.length ||
    (s[0] !== l.replace(/^(kabupaten|kota|provinsi) /, '')[0] && s[0] !== l[0])
  )
    return false;
  let k = 0;
  for (const ch of l) if (ch === s[k]) k++;
  return k === s.length;
}

/**
 * Merges tagger spans into rule candidates: rule-typed spans win; a tagged span replaces an untyped run
 * (a tagged person inside a name-shaped run takes the whole run); a tagged person inside a rule's person
 * keeps the tagger's extent and the rule's titles, the words between going to the title's organisation.
 */
function mergeTagged(
  view: string,
  found: Candidate[],
  spans: readonly TaggedSpan[],
  lexicon: Lexicon,
): Candidate[] {
  const kept = found.filter((c) => c.type !== 'UNK' || !spans.some((s) => overlaps(s, c)));
  for (const whole of spans.flatMap((t) => (t.type === 'PER' ? splitAtNumbers(view, t) : [t]))) {
    let tagged: TaggedSpan | undefined = whole;
    // A tagged person that starts inside a rule's place or organisation (`Bank Mandiri Rohan Hafas`) starts after it.
    const head =
      tagged.type === 'PER'
        ? found.find(
            (c) =>
              (c.type === 'ORG' || c.type === 'LOC') &&
              c.strong &&
              c.start <= whole.start &&
              c.end > whole.start &&
              c.end < whole.end,
          )
        : undefined;
    if (head) {
      let start = head.end;
      while (view[start] === ' ') start++;
      tagged = { ...whole, start };
    }
    const span = tagged.type === 'PER' ? trimPerson(view, tagged, lexicon) : trimName(view, tagged, lexicon);
    if (!span || span.end - span.start < 2) continue;
    const clashes = kept.filter((c) => c.type !== 'UNK' && overlaps(c, span));
    const clash = clashes[0];
    // A tagged organisation around places that were only part of a run (`Kabinet Indonesia Bersatu`) replaces them.
    if (
      clash &&
      clashes.every((c) => c.start >= span.start && c.end <= span.end && !c.strong) &&
      (clashes.length > 1 || clash.start > span.start || clash.end < span.end) &&
      span.type === 'ORG'
    ) {
      for (const c of clashes) kept.splice(kept.indexOf(c), 1);
      kept.push({ type: span.type, start: span.start, end: span.end, strong: false });
      continue;
    }
    if (!clash) {
      // An unknown short acronym (`BUMN`, `SARA`, `UKM`, initials) is too ambiguous to stand alone.
      if (span.type === 'ORG' && SHORT_ACRONYM.test(view.slice(span.start, span.end))) continue;
      // Common words with their acronym are a term, not a name (`Pekerja Seks Komersial (PSK)`).
      if (span.type !== 'PER' && isCommonPhrase(view.slice(span.start, span.end), lexicon)) continue;
      const run = found.find((c) => c.type === 'UNK' && c.start <= span.start && c.end >= span.end);
      // `Idul Fitri`, `Piala Sudirman`: a calendar or event name around a tagged person is not a person.
      if (run && span.type === 'PER' && NOT_NAME.test(view.slice(run.start, run.end))) continue;
      const whole =
        run &&
        span.type === 'PER' &&
        (run.words ?? 1) <= 4 &&
        looksLikeName(view.slice(run.start, run.end).replace(/\s+/g, ' ')) &&
        !`${view.slice(run.start, span.start)} ${view.slice(span.end, run.end)}`
          .split(/\s+/)
          .some((w) => lexicon.common.has(w.toLowerCase()));
      kept.push({
        type: span.type,
        start: whole ? run.start : span.start,
        end: whole ? run.end : span.end,
        strong: false,
      });
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
      kept.push({ type: 'PER', start: span.start, end: span.end, strong: false });
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
      const canonical = clash.canonical ?? view.slice(clash.start, clash.end).replace(/\s+/g, ' ');
      kept[ci] = { ...clash, start: span.start, end: span.end, canonical };
    }
  }
  // With a tagger, a person the rules found after a title needs the tagger's agreement (`Ketua Dewan Perwakilan Rakyat`).
  return kept.filter((c) => c.type !== 'PER' || !c.titles || c.confirmed === true);
}

/** Whether every word before any `(…)` is a frequent lower-case word. */
function isCommonPhrase(text: string, lexicon: Lexicon): boolean {
  const core = text.replace(/\s*\(.*$/, '').toLowerCase();
  return core.length > 0 && core.split(/\s+/).every((w) => lexicon.common.has(w));
}

/** A tagged place or organisation, unless it is all lower case (`lokasi kejadian`) or a lone common word (`Negara`). */
function trimName(view: string, span: TaggedSpan, lexicon: Lexicon): TaggedSpan | undefined {
  const text = view.slice(span.start, span.end);
  if (!/\p{Lu}/u.test(text)) return undefined;
  if (!text.includes(' ') && lexicon.common.has(text.toLowerCase())) return undefined;
  return span;
}

/** A tagged person without leading title words or trailing lower-case words; undefined when nothing is left. */
function trimPerson(view: string, span: TaggedSpan, lexicon: Lexicon): TaggedSpan | undefined {
  let start = span.start;
  let end = span.end;
  for (;;) {
    const space = view.indexOf(' ', start);
    if (space < 0 || space >= end) break;
    const word = view.slice(start, space);
    const opens = start === 0 || /[\n.!?"\u201c:\u2013-]\s*$/.test(view.slice(Math.max(0, start - 3), start));
    const isWord =
      lexicon.titles.has(word) ||
      lexicon.honorifics.has(word.replace(/\.$/, '')) ||
      lexicon.titleContinuations.has(word) ||
      lexicon.organizations.has(word) ||
      (opens && lexicon.common.has(word.toLowerCase()));
    if (!isWord) break;
    start = space + 1;
  }
  for (;;) {
    const space = view.lastIndexOf(' ', end - 1);
    if (space < start) break;
    const word = view.slice(space + 1, end);
    if (/^\p{Lu}/u.test(word)) break;
    end = space;
  }
  const text = view.slice(start, end);
  if (!/^\p{Lu}/u.test(text) || NOT_NAME.test(text) || lexicon.titles.has(text)) return undefined;
  // A lone common word, or a word with a clitic (`Ceritanya`), is not a name.
  if (
    !text.includes(' ') &&
    (lexicon.common.has(text.toLowerCase()) || /\p{Ll}{4}(nya|lah|kah)$/u.test(text))
  ) {
    return undefined;
  }
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

/** A tagged person run across numbers (`Ardhiyasa; 6-Maman Abdurrahman`) is one person per part. */
function splitAtNumbers(view: string, span: TaggedSpan): TaggedSpan[] {
  const text = view.slice(span.start, span.end);
  if (!/[\d;]/.test(text)) return [span];
  const parts: TaggedSpan[] = [];
  const pattern = /[^\d;,()]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^-+|-+$/g, '');
    if (!/^\p{Lu}/u.test(trimmed)) continue;
    const start = span.start + m.index + lead + raw.trimStart().indexOf(trimmed);
    parts.push({ ...span, start, end: start + trimmed.length });
  }
  return parts;
}

/** `Prabowo Subianto-Sandiaga Uno`, `Joko Widodo-Ma'ruf Amin`: two people joined by a hyphen. */
function splitPair(view: string, c: Candidate): Candidate[] {
  const text = view.slice(c.start, c.end);
  const match = /\p{Ll}-(?=\p{Lu}\p{Ll})/u.exec(text);
  if (!match) return [c];
  const dash = c.start + match.index + 1;
  return [
    { ...c, end: dash },
    { type: 'PER', start: dash + 1, end: c.end, strong: c.strong },
  ];
}

const COMPANY_SUFFIX = /^\s*\(Persero\)(?:\s*Tbk\b)?/;

/** `PT Jasa Marga (Persero) Tbk`: the legal-form suffix after a company's name belongs to it. */
function withCompanySuffix(view: string, c: Candidate): Candidate {
  const match = COMPANY_SUFFIX.exec(view.slice(c.end, c.end + 20));
  if (!match) return c;
  const end = c.end + match[0].length;
  return { ...c, end, canonical: view.slice(c.start, end).replace(/\s+/g, ' ') };
}

/**
 * Items of a list share their type: a name-shaped run next to a person in `A, B; 9-C (D 74')`
 * is a person too. Propagates along the list.
 */
function addListedPeople(view: string, typed: Candidate[], open: Candidate[]): void {
  const people = typed.filter((c) => c.type === 'PER').sort((a, b) => a.start - b.start);
  let changed = true;
  while (changed && open.length > 0) {
    changed = false;
    for (let k = open.length - 1; k >= 0; k--) {
      const c = open[k] as Candidate;
      const near = people.some((p) =>
        p.end <= c.start
          ? c.start - p.end <= 8 &&
            LIST_GAP.test(view.slice(p.end, c.start)) &&
            /[,;]/.test(view.slice(p.end, c.start))
          : p.start >= c.end &&
            p.start - c.end <= 8 &&
            LIST_GAP.test(view.slice(c.end, p.start)) &&
            /[,;]/.test(view.slice(c.end, p.start)),
      );
      if (!near) continue;
      const person: Candidate = { type: 'PER', start: c.start, end: c.end, strong: false };
      typed.push(person);
      people.push(person);
      open.splice(k, 1);
      changed = true;
    }
  }
}
