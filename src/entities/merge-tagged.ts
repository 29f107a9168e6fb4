import { type Candidate, type EntityType, makeCandidate } from './candidate.js';
import type { Lexicon } from './lexicon.js';

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

/** Whether an untyped run may be a personal name: letters only, each word capitalised, no calendar words. */
export const looksLikeName = (text: string): boolean =>
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| bin| binti| van| de){0,4}$/u.test(text) && !NOT_NAME.test(text);

const SHORT_ACRONYM = /^[A-Z]{1,4}$/;

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
