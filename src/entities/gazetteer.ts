import { WILAYAH_REGIONS } from '../data/generated/wilayah-regions.js';
import { WILAYAH_VILLAGES } from '../data/generated/wilayah-villages.js';
import { INDONESIA_ALIASES, PLACE_ALIASES, PLACE_DISPLAY_NAMES } from '../data/places-aliases.js';
import { COUNTRIES, WORLD_CITIES, WORLD_REGIONS } from '../data/world-places.js';
import type { PlaceKind } from '../model.js';
import { makeVillageIndex } from './village-index.js';
import { hashWord, makeWordTable } from './word-hash.js';
import { isSpaceCode } from './word-ranges.js';

/** A place the gazetteer knows: display name, kind and administrative code (null outside Indonesia). */
export interface PlaceEntry {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly code: string | null;
}

/** Lookups over Indonesia's 2025 regions, short forms, countries, world cities and regions. */
export interface Gazetteer {
  /** Places called `name` without a prefix (`Bekasi` → the city and the regency), best first. */
  bare(name: string): readonly PlaceEntry[];
  /**
   * {@link bare} for a name given with the {@link hashWord} of its lower-cased, single-spaced text (nonzero):
   * a plain ASCII name is compared with the known names of that hash, without making its lower-case key.
   */
  bareHashed(name: string, hash: number): readonly PlaceEntry[];
  /** Places of one kind called `name` (`Kabupaten` + `Bekasi` → the regency). */
  ofKind(kind: PlaceKind, name: string): readonly PlaceEntry[];
  /** Villages called `name` (kept apart from `bare`: village names are many and often common words). */
  village(name: string): readonly PlaceEntry[];
  /** Whether some known name (not a village) starts with this lower-case word: a cheap test before lookups. */
  startsName(lowerWord: string): boolean;
  /** The most words of a known name (not a village) that starts with this lower-case word; 0 for none. */
  longestFrom(lowerWord: string): number;
  /** {@link longestFrom} by the word's {@link hashWord} (before any hyphen), without making a string. */
  longestFromHash(headHash: number): number;
  /** Every first word (lower case) of a known name with the most words of such a name (what `longestFrom` reads). */
  firstWordLengths(): Iterable<readonly [string, number]>;
  /** A short form as written (`Kukar`, `Kaltim`, `AS`), case-sensitive. */
  alias(form: string): PlaceEntry | undefined;
  /** Every short form {@link alias} knows. */
  aliasForms(): Iterable<string>;
  /**
   * Whether a name (not a village) or a short form may have this {@link hashWord} of its lower-cased,
   * single-spaced text: false means `bare` and `alias` find nothing for it (a cheap test before them).
   */
  mayName(hash: number): boolean;
  /** The same for villages: false means `village` finds nothing. */
  mayVillage(hash: number): boolean;
}

/** Lower-cased, single-spaced lookup key. */
export const keyOf = (name: string): string => {
  const lower = name.toLowerCase();
  return isOddlySpaced(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
};

/** `s.includes('  ') || s.includes('\n') || s.trim() !== s`, in one pass. */
function isOddlySpaced(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(n - 1))) return true;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || (c === 32 && s.charCodeAt(k + 1) === 32)) return true;
  }
  return false;
}

// Bare names resolve in this order: a country before a province before a city …
const RANK: Record<PlaceKind, number> = {
  country: 0,
  province: 1,
  'world-city': 2,
  city: 3,
  regency: 4,
  region: 5,
  district: 6,
  village: 7,
  locality: 8,
};

const empty: readonly PlaceEntry[] = [];

/** Builds the gazetteer (regions, world places, short forms, and unless `villages: false` the village index). */
export function loadGazetteer(options: { villages?: boolean } = {}): Gazetteer {
  const bare = new Map<string, PlaceEntry[]>();
  const byOfficial = new Map<string, PlaceEntry>();
  const add = (key: string, entry: PlaceEntry) => {
    const list = bare.get(key);
    if (!list) bare.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const line of WILAYAH_REGIONS.split('\n')) {
    const tab = line.indexOf('\t');
    const code = line.slice(0, tab);
    const official = line.slice(tab + 1);
    const parts = code.split('.').length;
    let kind: PlaceKind = parts === 1 ? 'province' : parts === 2 ? 'regency' : 'district';
    let plain = official;
    if (parts === 2) {
      if (official.startsWith('Kota ')) kind = 'city';
      plain = official.replace(/^(Kabupaten|Kota) /, '');
    }
    const entry: PlaceEntry = { name: PLACE_DISPLAY_NAMES[official] ?? official, kind, code };
    byOfficial.set(official, entry);
    add(keyOf(plain), entry);
    if (entry.name !== official) add(keyOf(entry.name), entry);
  }
  // Villages are many (83,762): indexed by name hash over the packed text, entries made (and kept) on lookup.
  const villageIndex = options.villages === false ? undefined : makeVillageIndex(WILAYAH_VILLAGES);
  const villageCache = new Map<string, readonly PlaceEntry[]>();
  const villagesOf = (key: string): readonly PlaceEntry[] => {
    if (villageIndex === undefined) return empty;
    let list = villageCache.get(key);
    if (list) return list;
    list = villageIndex.lookup(key);
    if (list.length > 0) villageCache.set(key, list);
    return list;
  };
  const aliases = new Map<string, PlaceEntry>();
  const world = (list: readonly string[], kind: PlaceKind) => {
    for (const item of list) {
      const [name = '', forms = ''] = item.split('=');
      const entry: PlaceEntry = { name, kind, code: null };
      add(keyOf(name), entry);
      for (const form of forms.split('|').filter(Boolean)) aliases.set(form, entry);
    }
  };
  world(COUNTRIES, 'country');
  world(WORLD_CITIES, 'world-city');
  world(WORLD_REGIONS, 'region');
  const indonesia: PlaceEntry = { name: 'Indonesia', kind: 'country', code: null };
  for (const form of INDONESIA_ALIASES) aliases.set(form, indonesia);
  add('indonesia', indonesia);
  for (const [form, official] of Object.entries(PLACE_ALIASES)) {
    const entry = byOfficial.get(official);
    if (entry) aliases.set(form, entry);
  }
  for (const list of bare.values()) list.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  // First word of every known name → the most words such a name has (bounds the lookups of a run).
  const firstWords = new Map<string, number>();
  for (const key of [...bare.keys(), ...[...aliases.keys()].map(keyOf)]) {
    const first = key.split(/[\s-]/)[0] ?? key;
    const words = key.split(' ').length;
    if ((firstWords.get(first) ?? 0) < words) firstWords.set(first, words);
  }
  const longestTable = makeWordTable(firstWords);
  const nameTable = makeWordTable(hashed([...bare.keys(), ...aliases.keys()]));
  // Bare names by the hash of their key (open addressing over typed arrays), for lookups from a hash already
  // computed over the text.
  const bareKeys: string[] = [];
  const bareEntries: PlaceEntry[][] = [];
  let size = 1024;
  while (size < bare.size * 2) size *= 2;
  const mask = size - 1;
  const slotHashes = new Int32Array(size);
  const slotItems = new Int32Array(size);
  for (const [key, entries] of bare) {
    const hash = hashWord(key);
    let slot = hash & mask;
    while (slotHashes[slot] !== 0) slot = (slot + 1) & mask;
    slotHashes[slot] = hash;
    slotItems[slot] = bareKeys.length;
    bareKeys.push(key);
    bareEntries.push(entries);
  }
  const bareHashed = (name: string, hash: number): readonly PlaceEntry[] => {
    let slot = hash & mask;
    let found = slotHashes[slot] as number;
    while (found !== 0 && found !== hash) {
      slot = (slot + 1) & mask;
      found = slotHashes[slot] as number;
    }
    if (found === 0) return empty;
    if (!isPlainName(name)) return bare.get(keyOf(name)) ?? empty;
    // A plain ASCII name: its key is its lower-cased text.
    for (; found !== 0; slot = (slot + 1) & mask, found = slotHashes[slot] as number) {
      const item = slotItems[slot] as number;
      if (found === hash && sameLowerAscii(bareKeys[item] as string, name))
        return bareEntries[item] as PlaceEntry[];
    }
    return empty;
  };
  const longestFrom = (lowerWord: string): number => {
    const dash = lowerWord.indexOf('-');
    return firstWords.get(dash < 0 ? lowerWord : lowerWord.slice(0, dash)) ?? 0;
  };
  return {
    startsName: (lowerWord) => longestFrom(lowerWord) > 0,
    longestFrom,
    longestFromHash: (headHash) => longestTable.get(headHash),
    firstWordLengths: () => firstWords.entries(),
    bare: (name) => bare.get(keyOf(name)) ?? empty,
    bareHashed,
    ofKind: (kind, name) =>
      kind === 'village'
        ? villagesOf(keyOf(name))
        : (bare.get(keyOf(name)) ?? empty).filter((e) => e.kind === kind),
    village: (name) => villagesOf(keyOf(name)),
    alias: (form) => aliases.get(form),
    aliasForms: () => aliases.keys(),
    mayName: (hash) => nameTable.get(hash) !== 0,
    mayVillage: (hash) => villageIndex?.has(hash) === true,
  };
}

/** ASCII without control characters, no space at either end nor two in a row (then its key is its lower case). */
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(name.length - 1) === 32) return false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 32 || c >= 128 || (c === 32 && name.charCodeAt(k + 1) === 32)) return false;
  }
  return true;
}

/** Whether `key` is `name` lower-cased, `name` being plain ASCII. */
function sameLowerAscii(key: string, name: string): boolean {
  if (key.length !== name.length) return false;
  for (let k = 0; k < key.length; k++) {
    const c = name.charCodeAt(k);
    if (key.charCodeAt(k) !== (c >= 65 && c <= 90 ? c | 32 : c)) return false;
  }
  return true;
}

/** Keys for a hash-only {@link makeWordTable}: each word's lower-cased text. */
function* hashed(words: Iterable<string>): Iterable<readonly [string, number]> {
  for (const word of words) yield [word.toLowerCase(), 1];
}
