import type { Mention, Organization, Person, Place } from '../model.js';
import type { Candidate } from './candidate.js';
import { keyOf } from './gazetteer.js';

/** The people, places and organisations of one article. */
export interface Entities {
  readonly people: Person[];
  readonly places: Place[];
  readonly organizations: Organization[];
}

const MULTI_SPACE = /^\s|\s$|\s{2,}|[^\S ]/;
const single = (s: string): string => (MULTI_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s);
const wordsOf = (s: string): string[] => single(s).toLowerCase().split(' ');

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
  s === s.toUpperCase() && /\p{Lu}{3}/u.test(s) && !/\s\p{Lu}{2,4}$/u.test(s)
    ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase())
    : s;

/** `PT Jasa Marga (Persero) Tbk` and `Jasa Marga` are one company. */
const organizationKey = (name: string): string =>
  keyOf(name)
    .replace(/^pt\.? /, '')
    .replace(/ ?\(persero\)/, '')
    .replace(/,? tbk\.?$/, '');

/** Merges candidate mentions into entities: one person per name (short forms join the fullest form). */
export function buildEntities(source: string, candidates: readonly Candidate[]): Entities {
  const mentionOf = (c: Candidate): Mention => ({
    text: source.slice(c.start, c.end),
    start: c.start,
    end: c.end,
  });
  // People: longest names first, so that `Rita` finds `Rita Widyasari`.
  type PersonDraft = { name: string; words: string[]; titles: string[]; mentions: Mention[]; last: number };
  const people: PersonDraft[] = [];
  const persons = candidates.filter((c) => c.type === 'PER');
  const order = persons
    .map((c) => {
      const text = single(source.slice(c.start, c.end));
      return { c, text, words: wordsOf(text) };
    })
    .sort((a, b) => b.words.length - a.words.length || a.c.start - b.c.start);
  for (const { c, text, words } of order) {
    const owners = people.filter((p) => isWordRunOf(words, p.words));
    // Two people share the short form (`Lee`): the one named last before this mention takes it.
    const owner =
      owners.length <= 1
        ? owners[0]
        : (owners
            .filter((p) => p.mentions.some((m) => m.start < c.start))
            .sort((x, y) => y.last - x.last)[0] ?? owners[0]);
    if (owner) {
      owner.mentions.push(mentionOf(c));
      owner.last = Math.max(owner.last, c.start);
      for (const t of c.titles ?? []) if (!owner.titles.includes(t)) owner.titles.push(t);
    } else {
      people.push({
        name: displayName(text),
        words,
        titles: [...(c.titles ?? [])],
        mentions: [mentionOf(c)],
        last: c.start,
      });
    }
  }
  // Places: by administrative code, else by name without its prefix.
  const places = new Map<
    string,
    { place: Place; mentions: Mention[]; aliases: string[]; standsAlone: boolean }
  >();
  for (const c of candidates) {
    if (c.type !== 'LOC') continue;
    const written = single(source.slice(c.start, c.end));
    const entry = c.place;
    const name = entry ? entry.name : displayName(c.canonical ?? written);
    const key =
      entry?.code ?? `n:${keyOf(name).replace(/^(kabupaten|kota|provinsi|kecamatan|desa|kelurahan) /, '')}`;
    let draft = places.get(key);
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
      draft = {
        place: {
          name: named,
          kind: entry?.kind ?? c.kind ?? 'locality',
          code: entry?.code ?? null,
          aliases: [],
          mentions: [],
        },
        mentions: [],
        aliases: [],
        standsAlone: false,
      };
      places.set(key, draft);
    }
    draft.mentions.push(mentionOf(c));
    if (!c.inTitle) draft.standsAlone = true;
    const bareWritten = written
      .replace(/^(Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan) /, '')
      .replace(/ \(.*\)$/, '');
    if (
      entry &&
      !keyOf(entry.name).endsWith(keyOf(bareWritten)) &&
      !draft.aliases.includes(bareWritten) &&
      bareWritten.length < entry.name.length
    ) {
      draft.aliases.push(bareWritten);
    }
  }
  // Organisations: by canonical name.
  const organizations = new Map<string, { name: string; acronym: string | null; mentions: Mention[] }>();
  for (const c of candidates) {
    if (c.type !== 'ORG') continue;
    const written = single(source.slice(c.start, c.end));
    const name = c.canonical ?? written;
    const key = organizationKey(name);
    let draft = organizations.get(key);
    if (!draft) {
      draft = { name, acronym: null, mentions: [] };
      organizations.set(key, draft);
    } else if (name.length > draft.name.length) draft.name = name;
    draft.mentions.push(mentionOf(c));
    if (c.acronym && !draft.acronym) draft.acronym = c.acronym;
  }
  const byStart = (a: Mention, b: Mention) => a.start - b.start;
  return {
    people: people
      .map((p) => ({ name: p.name, titles: p.titles, mentions: p.mentions.sort(byStart) }))
      .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)),
    places: [...places.values()]
      .filter((d) => d.standsAlone)
      .map((d) => ({ ...d.place, aliases: d.aliases, mentions: d.mentions.sort(byStart) })),
    organizations: [...organizations.values()].map((d) => ({
      name: d.name,
      acronym: d.acronym,
      mentions: d.mentions.sort(byStart),
    })),
  };
}
