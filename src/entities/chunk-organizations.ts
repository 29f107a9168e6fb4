import type { PlaceKind } from '../model.js';
import type { Candidate } from './candidate.js';
import { placeAt } from './chunk-places.js';
import {
  type ChunkState,
  MAJOR,
  MAX_NAME_TOKENS,
  mayBe,
  mayBeDefined,
  textOf,
  tokenAt,
} from './chunk-state.js';
import { PLACE_PREFIXES } from './lexicon.js';
import { WORD_FLAGS } from './tokenize.js';

const LEVEL_WORDS: Partial<Record<PlaceKind, string>> = {
  province: 'Provinsi',
  regency: 'Kabupaten',
  city: 'Kota',
};
// Government bodies whose name ends in a place: `Pemprov Kaltim`, `Polda Sumut`, `DPRD Kabupaten Ende`.
const GOVERNMENT_HEAD = /^(Pem|Pol|DPRD|Kej|Kod|Dinas|Kantor|Balai)/;

/** The longest organisation known to the lexicon or defined in the article that starts at token `a`. */
export function organizationAt(
  s: ChunkState,
  a: number,
  b: number,
): { length: number; candidate: Omit<Candidate, 'start' | 'end'> } | undefined {
  const { lexicon, defined } = s;
  if (a >= b) return undefined;
  // Defined short forms are single words; known names are no longer than the longest with this first word.
  // The first words of known names are among the special words.
  const first = tokenAt(s, a);
  const mayDefined = mayBeDefined(s, first);
  const longest = Math.max(
    mayBe(first, WORD_FLAGS.SPECIAL) ? (lexicon.organizationLongest.get(first.text) ?? 0) : 0,
    mayDefined ? 1 : 0,
  );
  if (longest === 0) return undefined;
  for (let n = Math.min(MAX_NAME_TOKENS, b - a, longest); n >= 1; n--) {
    const text = textOf(s, a, a + n);
    // Defined words are single words (a name of several holds a space).
    const local = n === 1 && mayDefined ? defined.get(text) : undefined;
    if (local) return { length: n, candidate: local };
    const known = lexicon.organizations.get(text);
    if (known !== undefined) {
      const isAcronym = text !== known && !text.includes(' ');
      return {
        length: n,
        candidate: { type: 'ORG', canonical: known, strong: true, ...(isAcronym ? { acronym: text } : {}) },
      };
    }
  }
  return undefined;
}

/** `Pemprov Kaltim` → `Pemerintah Provinsi Kalimantan Timur`: expands the head and a short place form. */
export function organizationName(s: ChunkState, a: number, b: number): string {
  if (b - a < 2 || !GOVERNMENT_HEAD.test(tokenAt(s, a).text)) return textOf(s, a, b);
  const { lexicon, gazetteer } = s;
  const head = lexicon.organizations.get(tokenAt(s, a).text) ?? tokenAt(s, a).text;
  let from = a + 1;
  let level = '';
  const levelKind = from < b ? PLACE_PREFIXES.get(tokenAt(s, from).text) : undefined;
  if (levelKind === 'province' || levelKind === 'regency' || levelKind === 'city') {
    level = tokenAt(s, from).text;
    from++;
  }
  if (from >= b) return textOf(s, a, b);
  const rest = textOf(s, from, b);
  const place =
    gazetteer.alias(rest) ??
    (placeAt(s, from, b, false)?.length === b - from ? gazetteer.bare(rest)[0] : undefined);
  if (!place) return `${head} ${textOf(s, a + 1, b)}`;
  const placeName = place.name.replace(/^(Kabupaten|Kota) /, '');
  const placeLevel = LEVEL_WORDS[place.kind];
  if (head === 'Pemerintah Daerah' && placeLevel) return `Pemerintah ${placeLevel} ${placeName}`;
  return `${head} ${level ? `${level} ` : ''}${placeName}`;
}

/** End of an organisation closed by a tail word (`Lokataru Foundation`, `Amnesty International Indonesia`), or 0. */
export function findTail(s: ChunkState, a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const t = tokenAt(s, k);
    if (!mayBe(t, WORD_FLAGS.ORGANIZATION) || !s.lexicon.organizationTails.has(t.text)) continue;
    const place = placeAt(s, k + 1, b, false);
    return place && MAJOR.has(place.entry.kind) ? k + 1 + place.length : k + 1;
  }
  return 0;
}
