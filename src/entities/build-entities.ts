import type { Mention, Organization, Person, Place } from '../model.js';
import type { Candidate } from './candidate.js';
import { keyOf } from './gazetteer.js';
import { stableSort } from './stable-sort.js';

/** The people, places and organisations of one article. */
export interface Entities {
  readonly people: Person[];
  readonly places: Place[];
  readonly organizations: Organization[];
}

/** Whether `s` has white space other than single spaces between words (ASCII fast; `\s` beyond it). */
function hasOddSpace(s: string): boolean {
  const last = s.length - 1;
  let previousSpace = false;
  for (let k = 0; k <= last; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (previousSpace || k === 0 || k === last) return true;
      previousSpace = true;
    } else if (c < 33 || (c >= 0x80 && SPACE.test(s[k] as string))) return true;
    else previousSpace = false;
  }
  return false;
}
const SPACE = /\s/;
const single = (s: string): string => (hasOddSpace(s) ? s.replace(/\s+/g, ' ').trim() : s);

/** Whether `part` is a run of whole words inside `whole` (`Rita` in `Rita Widyasari`). */
function isWordRunOf(part: readonly string[], whole: readonly string[]): boolean {
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}

/** Title-cases an all-caps name (`TENGGARONG` → `Tenggarong`). */
export const displayName = (s: string): string =>
  !hasLowerAscii(s) && s === s.toUpperCase() && /\p{Lu}{3}/u.test(s) && !/\s\p{Lu}{2,4}$/u.test(s)
    ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase())
    : s;

/** Whether `s` has a lower-case ASCII letter (then it is not all upper case). */
function hasLowerAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** `keyOf(whole).endsWith(keyOf(tail))`, without making strings when both are plain single-spaced ASCII. */
function keyEndsWith(whole: string, tail: string): boolean {
  if (!isPlainKey(whole) || !isPlainKey(tail)) return keyOf(whole).endsWith(keyOf(tail));
  const offset = whole.length - tail.length;
  if (offset < 0) return false;
  for (let k = 0; k < tail.length; k++) {
    const a = whole.charCodeAt(offset + k);
    const b = tail.charCodeAt(k);
    if ((a >= 65 && a <= 90 ? a | 32 : a) !== (b >= 65 && b <= 90 ? b | 32 : b)) return false;
  }
  return true;
}

/** ASCII without control characters, no space at either end nor two in a row (then `keyOf` only lower-cases). */
function isPlainKey(s: string): boolean {
  if (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c >= 128 || (c === 32 && s.charCodeAt(k + 1) === 32)) return false;
  }
  return true;
}

/** `PT Jasa Marga (Persero) Tbk` and `Jasa Marga` are one company. */
const organizationKey = (name: string): string => {
  let key = keyOf(name);
  if (key.startsWith('pt')) key = key.replace(/^pt\.? /, '');
  if (key.includes('(persero)')) key = key.replace(/ ?\(persero\)/, '');
  if (key.includes('tbk')) key = key.replace(/,? tbk\.?$/, '');
  return key;
};

/** A place's name as written without its prefix or a trailing `(…)` (`Kabupaten Kukar` → `Kukar`). */
const withoutPrefix = (written: string): string => {
  const c = written.charCodeAt(0);
  const bare = c === 75 || c === 80 || c === 68 ? written.replace(PREFIX, '') : written;
  return bare.endsWith(')') ? bare.replace(/ \(.*\)$/, '') : bare;
};
const PREFIX = /^(Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan) /;

type PersonDraft = { name: string; words: string[]; titles: string[]; mentions: Mention[]; last: number };
type PersonMention = { c: Candidate; raw: string; text: string; words: string[] };
/** A place draft: its place is the output object (its `aliases` and `mentions` are the draft's lists). */
type PlaceDraft = { place: Place; mentions: Mention[]; aliases: string[]; standsAlone: boolean };
/** Places by administrative code, else by name without its prefix, and in the order made. */
type Places = { readonly byKey: Map<string, PlaceDraft>; readonly drafts: PlaceDraft[] };
/** An organisation draft is the output object. */
type OrganizationDraft = { name: string; acronym: string | null; mentions: Mention[] };
/** Organisations by canonical name, and in the order made. */
type Organizations = { readonly byKey: Map<string, OrganizationDraft>; readonly list: OrganizationDraft[] };

/** `raw` is `source.slice(c.start, c.end)`, made once per candidate. */
const mentionOf = (c: Candidate, raw: string): Mention => ({ text: raw, start: c.start, end: c.end });

/** Merges candidate mentions into entities: one person per name (short forms join the fullest form). */
export function buildEntities(source: string, candidates: readonly Candidate[]): Entities {
  const people = buildPeople(source, candidates);
  const places: Places = { byKey: new Map(), drafts: [] };
  const organizations: Organizations = { byKey: new Map(), list: [] };
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.type === 'LOC') addPlace(source, places, c);
    else if (c.type === 'ORG') addOrganization(source, organizations, c);
  }
  const personList: Person[] = [];
  for (const p of people) personList.push({ name: p.name, titles: p.titles, mentions: inOrder(p.mentions) });
  if (!isSorted(personList)) {
    stableSort(personList, (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  }
  const placeList: Place[] = [];
  for (const d of places.drafts) {
    if (!d.standsAlone) continue;
    inOrder(d.mentions);
    // The place object holds the draft's lists already (a renamed one was copied with them).
    placeList.push(d.place);
  }
  for (const d of organizations.list) inOrder(d.mentions);
  return { people: personList, places: placeList, organizations: organizations.list };
}

/** People: longest names first, so that `Rita` finds `Rita Widyasari`. */
function buildPeople(source: string, candidates: readonly Candidate[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  const order: PersonMention[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.type !== 'PER') continue;
    const raw = source.slice(c.start, c.end);
    const text = single(raw);
    // `text` is single-spaced already: its words are its lower case cut at spaces.
    order.push({ c, raw, text, words: text.toLowerCase().split(' ') });
  }
  if (order.length === 0) return people;
  stableSort(order, (a, b) => b.words.length - a.words.length || a.c.start - b.c.start);
  // The people holding each word, in the order they were made (owners hold the mention's first word).
  const byWord = new Map<string, PersonDraft[]>();
  for (const { c, raw, text, words } of order) {
    const holders = byWord.get(words[0] as string);
    const owner = holders ? ownerOf(holders, words, c) : undefined;
    if (owner) {
      owner.mentions.push(mentionOf(c, raw));
      owner.last = Math.max(owner.last, c.start);
      if (c.titles) for (const t of c.titles) if (!owner.titles.includes(t)) owner.titles.push(t);
    } else {
      const person: PersonDraft = {
        name: displayName(text),
        words,
        titles: c.titles ? [...c.titles] : [],
        mentions: [mentionOf(c, raw)],
        last: c.start,
      };
      people.push(person);
      for (let k = 0; k < words.length; k++) {
        const word = words[k] as string;
        if (k > 0 && words.indexOf(word) !== k) continue;
        const list = byWord.get(word);
        if (list) list.push(person);
        else byWord.set(word, [person]);
      }
    }
  }
  return people;
}

/** The person among `holders` whose name holds `words` as a run; of several, the one named last before `c`. */
function ownerOf(
  holders: readonly PersonDraft[],
  words: readonly string[],
  c: Candidate,
): PersonDraft | undefined {
  let owner: PersonDraft | undefined;
  let owners: PersonDraft[] | undefined;
  for (const p of holders) {
    if (!isWordRunOf(words, p.words)) continue;
    if (owner === undefined) owner = p;
    else if (owners === undefined) owners = [owner, p];
    else owners.push(p);
  }
  // Two people share the short form (`Lee`): the one named last before this mention takes it (the first such
  // in order on a tie), else the first.
  if (owners) {
    let named: PersonDraft | undefined;
    for (const p of owners) {
      if ((named === undefined || p.last > named.last) && p.mentions.some((m) => m.start < c.start))
        named = p;
    }
    // (`owner` is the first of `owners`.)
    if (named !== undefined) owner = named;
  }
  return owner;
}

function addPlace(source: string, places: Places, c: Candidate): void {
  const raw = source.slice(c.start, c.end);
  const written = single(raw);
  const entry = c.place;
  const name = entry ? entry.name : displayName(c.canonical ?? written);
  const key =
    entry?.code ?? `n:${keyOf(name).replace(/^(kabupaten|kota|provinsi|kecamatan|desa|kelurahan) /, '')}`;
  let draft = places.byKey.get(key);
  // A district or village named with its prefix keeps it (`Kecamatan Loa Janan`).
  if (
    draft &&
    entry &&
    (entry.kind === 'district' || entry.kind === 'village') &&
    written !== entry.name &&
    draft.place.name === entry.name &&
    written.endsWith(entry.name)
  ) {
    draft.place = { ...draft.place, name: written };
  }
  if (!draft) {
    const named =
      entry && (entry.kind === 'district' || entry.kind === 'village') && written.endsWith(entry.name)
        ? written
        : name;
    const mentions: Mention[] = [];
    const aliases: string[] = [];
    draft = {
      place: {
        name: named,
        kind: entry?.kind ?? c.kind ?? 'locality',
        code: entry?.code ?? null,
        aliases,
        mentions,
      },
      mentions,
      aliases,
      standsAlone: false,
    };
    places.byKey.set(key, draft);
    places.drafts.push(draft);
  }
  draft.mentions.push(mentionOf(c, raw));
  if (!c.inTitle) draft.standsAlone = true;
  if (!entry) return;
  const bareWritten = withoutPrefix(written);
  if (
    bareWritten.length < entry.name.length &&
    !keyEndsWith(entry.name, bareWritten) &&
    !draft.aliases.includes(bareWritten)
  ) {
    draft.aliases.push(bareWritten);
  }
}

function addOrganization(source: string, organizations: Organizations, c: Candidate): void {
  const raw = source.slice(c.start, c.end);
  const written = single(raw);
  const name = c.canonical ?? written;
  const key = organizationKey(name);
  let draft = organizations.byKey.get(key);
  if (!draft) {
    draft = { name, acronym: null, mentions: [] };
    organizations.byKey.set(key, draft);
    organizations.list.push(draft);
  } else if (name.length > draft.name.length) draft.name = name;
  draft.mentions.push(mentionOf(c, raw));
  if (c.acronym && !draft.acronym) draft.acronym = c.acronym;
}

const byStart = (a: Mention, b: Mention) => a.start - b.start;

/** Mentions sorted by start (most are already: candidates come in text order). */
function inOrder(mentions: Mention[]): Mention[] {
  for (let k = 1; k < mentions.length; k++) {
    if ((mentions[k - 1] as Mention).start > (mentions[k] as Mention).start)
      return stableSort(mentions, byStart);
  }
  return mentions;
}

/** Whether people are in the order of their first mentions. */
function isSorted(list: readonly Person[]): boolean {
  for (let k = 1; k < list.length; k++) {
    if (((list[k - 1] as Person).mentions[0]?.start ?? 0) > ((list[k] as Person).mentions[0]?.start ?? 0))
      return false;
  }
  return true;
}
