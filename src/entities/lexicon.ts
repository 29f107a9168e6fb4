import { COMMON_WORDS, PERSON_NAME_WORDS } from '../data/generated/common-words.js';
import { ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS, ORGANIZATION_TAILS } from '../data/organizations.js';
import { HONORIFICS, TITLE_CONTINUATIONS, TITLE_WORDS } from '../data/titles.js';
import type { PlaceKind } from '../model.js';
import { makeWordTable, type WordTable } from './word-hash.js';

/** Place prefixes and the kind they announce (`Kabupaten X` is a regency). */
export const PLACE_PREFIXES: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>([
  ['Kabupaten', 'regency'],
  ['Kab', 'regency'],
  ['Kota', 'city'],
  ['Provinsi', 'province'],
  ['Prov', 'province'],
  ['Kecamatan', 'district'],
  ['Kec', 'district'],
  ['Desa', 'village'],
  ['Kelurahan', 'village'],
  ['Kel', 'village'],
  ['Dusun', 'locality'],
  ['Kampung', 'locality'],
]);

/** Words that open the name of a facility or a natural feature (`Jalan Tol X`, `Stadion X`, `Selat X`). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'Jalan',
  'Jl',
  'Tol',
  'Gerbang',
  'GT',
  'Simpang',
  'SS',
  'Stadion',
  'Masjid',
  'Gereja',
  'Pura',
  'Klenteng',
  'Vihara',
  'Hotel',
  'Stasiun',
  'Terminal',
  'Bandara',
  'Bandar',
  'Pelabuhan',
  'Rumah',
  'RS',
  'RSUD',
  'RSUP',
  'RSCM',
  'Puskesmas',
  'Gedung',
  'Wisma',
  'Mal',
  'Mall',
  'Pasar',
  'Plaza',
  'Taman',
  'Gunung',
  'Sungai',
  'Danau',
  'Pulau',
  'Kepulauan',
  'Teluk',
  'Selat',
  'Laut',
  'Samudra',
  'Samudera',
  'Tanjung',
  'Pantai',
  'Lempeng',
  'Monumen',
  'Monas',
  'Istana',
  'Lapas',
  'Rutan',
  'Lapangan',
  'Kompleks',
  'Komplek',
  'Perumahan',
  'Apartemen',
  'Jembatan',
  'Bendungan',
  'Waduk',
  'Candi',
  'Museum',
  'Bukit',
  'Lembah',
  'Tugu',
  'Alun',
  'Cincin',
  'Kawasan',
  'Pegunungan',
  'Semenanjung',
  'Benua',
  'Kampus',
  'Bundaran',
  'Perempatan',
  'Pertigaan',
  'Underpass',
  'Flyover',
  'Kanal',
  'Kali',
  'Situ',
  'Air Terjun',
  'Goa',
  'Gua',
  'Arena',
  'GOR',
  'Sirkuit',
  'Kebun',
]);

/** Lower-case words allowed inside a name between capitalised words. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'bin',
  'binti',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'del',
  'della',
  'du',
  'la',
  'le',
  'al',
  'el',
  'ibn',
  'bt',
  'of',
  'and',
  'the',
  'for',
  'y',
  'dos',
]);

/** The word lists as sets, built once per stage. */
export interface Lexicon {
  readonly common: ReadonlySet<string>;
  /** `common` by word hash, for the tokenizer. */
  readonly commonTable: WordTable;
  /** Words of people's names, lower case (`budi`, `widodo`). */
  readonly personNameWords: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly titleContinuations: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly organizationHeads: ReadonlySet<string>;
  readonly organizationTails: ReadonlySet<string>;
  readonly organizations: ReadonlyMap<string, string>;
  /** First words of `organizations` keys, for a cheap test before lookups. */
  readonly organizationFirstWords: ReadonlySet<string>;
  /** First word of an `organizations` key → the most words such a key has. */
  readonly organizationLongest: ReadonlyMap<string, number>;
  /**
   * Words a tagged person's name does not start with, in one set: titles, title continuations, organisations
   * and honorifics (those without a final period; `H.` is read as `H` with its period).
   */
  readonly leadingWords: ReadonlySet<string>;
  /** `leadingWords` by word hash (lower case): a word whose hash it lacks is not among them. */
  readonly leadingTable: WordTable;
}

/** Builds the lexicon sets from the data files. */
export function makeLexicon(): Lexicon {
  const leadingWords = new Set([
    ...TITLE_WORDS.filter((t) => !t.includes(' ')),
    ...TITLE_CONTINUATIONS,
    ...Object.keys(ORGANIZATION_ACRONYMS),
    ...HONORIFICS.filter((h) => !h.endsWith('.')),
  ]);
  return {
    common: new Set(COMMON_WORDS.split(' ')),
    commonTable: makeWordTable(COMMON_WORDS.split(' ').map((w) => [w, 1] as const)),
    personNameWords: new Set(PERSON_NAME_WORDS.split(' ')),
    titles: new Set(TITLE_WORDS.filter((t) => !t.includes(' '))),
    titleContinuations: new Set(TITLE_CONTINUATIONS),
    honorifics: new Set(HONORIFICS),
    organizationHeads: new Set(ORGANIZATION_HEADS.filter((t) => !t.includes(' '))),
    organizationTails: new Set(ORGANIZATION_TAILS),
    organizations: new Map(Object.entries(ORGANIZATION_ACRONYMS)),
    organizationFirstWords: new Set(Object.keys(ORGANIZATION_ACRONYMS).map((k) => k.split(' ')[0] ?? k)),
    organizationLongest: longestByFirstWord(Object.keys(ORGANIZATION_ACRONYMS)),
    leadingWords,
    leadingTable: makeWordTable([...leadingWords].map((w) => [w, 1] as const)),
  };
}

/** Maps the first word of each name to the most words of a name starting with it. */
function longestByFirstWord(names: readonly string[]): Map<string, number> {
  const longest = new Map<string, number>();
  for (const name of names) {
    const words = name.split(' ');
    const first = words[0] ?? name;
    if ((longest.get(first) ?? 0) < words.length) longest.set(first, words.length);
  }
  return longest;
}
