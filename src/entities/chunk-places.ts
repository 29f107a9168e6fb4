import type { PlaceKind } from '../model.js';
import { makeCandidate } from './candidate.js';
import {
  type ChunkState,
  isPlainCommon,
  MAJOR,
  MAX_NAME_TOKENS,
  mayBe,
  rangeHashes,
  textOf,
  tokenAt,
} from './chunk-state.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { FACILITY_HEADS, PLACE_PREFIXES } from './lexicon.js';
import { WORD_FLAGS } from './tokenize.js';
import { HASH_START, hashStep } from './word-hash.js';

/**
 * The longest known place that starts at token `a` (before `b`): a short form, a region or world place, and
 * with `minor` a district or a village too.
 */
export function placeAt(
  s: ChunkState,
  a: number,
  b: number,
  minor: boolean,
): { length: number; entry: PlaceEntry } | undefined {
  if (a >= b) return undefined;
  const { gazetteer } = s;
  const first = tokenAt(s, a);
  const longest = first.placeLongest >= 0 ? first.placeLongest : gazetteer.longestFromHash(first.headHash);
  const known = longest > 0;
  const village = minor && first.isCapitalized && !isPlainCommon(s, first);
  if (!known && !village) return undefined;
  const most = Math.min(MAX_NAME_TOKENS, b - a, Math.max(longest, village ? 3 : 0));
  // Hash the candidate names first: a name whose hash no table holds is not looked up (nor made).
  const hashes = rangeHashes(s, a, most);
  for (let n = most; n >= 1; n--) {
    const hash = hashes[n - 1] as number;
    const named = known && (hash === 0 || gazetteer.mayName(hash));
    const villageNamed = village && n <= 3 && (hash === 0 || gazetteer.mayVillage(hash));
    if (!named && !villageNamed) continue;
    const text = textOf(s, a, a + n);
    if (named) {
      const alias = gazetteer.alias(text);
      if (alias) return { length: n, entry: alias };
      for (const entry of hash === 0 ? gazetteer.bare(text) : gazetteer.bareHashed(text, hash)) {
        if (minor || MAJOR.has(entry.kind)) return { length: n, entry };
      }
    }
    if (villageNamed) {
      const found = gazetteer.village(text)[0];
      if (found) return { length: n, entry: found };
    }
  }
  return undefined;
}

/** An address: the run ending before token `k` is followed (after a comma at most) by a major place or a prefix. */
export function isBeforePlace(s: ChunkState, k: number): boolean {
  const next = s.tokens[k];
  if (!next?.isCapitalized || !isCommaGap(s.view, tokenAt(s, k - 1).end, next.start)) return false;
  if (mayBe(next, WORD_FLAGS.PLACE_HEAD) && PLACE_PREFIXES.has(next.text)) return true;
  if ((next.placeLongest >= 0 ? next.placeLongest : s.gazetteer.longestFromHash(next.headHash)) === 0)
    return false;
  const most = Math.min(3, s.tokens.length - k);
  const hashes = rangeHashes(s, k, most);
  for (let n = most; n >= 1; n--) {
    const hash = hashes[n - 1] as number;
    if (hash !== 0 && !s.gazetteer.mayName(hash)) continue;
    const text = textOf(s, k, k + n);
    const entry =
      s.gazetteer.alias(text) ??
      (hash === 0 ? s.gazetteer.bare(text) : s.gazetteer.bareHashed(text, hash))[0];
    if (entry && (entry.kind === 'province' || entry.kind === 'city' || entry.kind === 'regency'))
      return true;
  }
  return false;
}

/**
 * `Jakarta-Amsterdam`, `Cawang-Kota Bekasi`: places joined by a hyphen in token `p`; returns the tokens
 * used (0 when it is not such a pair), emitting the places when `write` (nothing is emitted when it returns 0).
 */
export function hyphenPlaces(s: ChunkState, p: number, b: number, write: boolean): number {
  const t = tokenAt(s, p);
  if (!t.hasDash) return 0;
  const { gazetteer } = s;
  // `ruas tol Jakarta-Cikampek` names the toll road.
  const previous = p > 0 ? tokenAt(s, p - 1) : undefined;
  if (p === s.first && previous && /^(tol|ruas)$/.test(previous.text) && t.joinsPrevious) {
    if (write)
      s.out.push(
        makeCandidate(
          { type: 'LOC', place: null, kind: 'locality', canonical: `Jalan Tol ${t.text}`, strong: true },
          t.start,
          t.end,
        ),
      );
    return 1;
  }
  const parts = t.text.split('-');
  // Every part must open with a capital and a small letter: tested first, before any lookup.
  for (const part of parts) if (!opensCapitalized(part)) return 0;
  const found: Array<[number, number, PlaceEntry | null, PlaceKind | undefined]> = [];
  let offset = t.start;
  let used = 1;
  let known = 0;
  for (const [index, part] of parts.entries()) {
    const at = offset;
    offset += part.length + 1;
    const prefix = PLACE_PREFIXES.get(part);
    if (prefix && index === parts.length - 1 && p + 1 < b) {
      const entry = gazetteer.ofKind(prefix, tokenAt(s, p + 1).text)[0];
      if (!entry) return 0;
      found.push([at, tokenAt(s, p + 1).end, entry, prefix]);
      used = 2;
      known++;
      continue;
    }
    // An ASCII part whose hash no table holds is looked up no further (as `placeAt` does).
    const hash = asciiHash(part);
    const entry =
      hash === 0 || gazetteer.mayName(hash)
        ? (gazetteer.alias(part) ?? gazetteer.bare(part)[0] ?? villageOf(gazetteer, part, hash))
        : villageOf(gazetteer, part, hash);
    if (!entry) return 0;
    if (MAJOR.has(entry.kind)) known++;
    found.push([at, at + part.length, entry, undefined]);
  }
  if (known === 0) return 0;
  for (const [start, end, entry, kind] of found) {
    if (write) s.out.push(makeCandidate({ type: 'LOC', place: entry, strong: true, kind }, start, end));
  }
  return used;
}

const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}\p{Ll}/u.test(part)`, ASCII decided by character codes. */
function opensCapitalized(part: string): boolean {
  const a = part.charCodeAt(0);
  const b = part.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return UPPER_LOWER.test(part);
}

/** {@link hashWord} of an ASCII word (lower-cased), 0 for a word with any other character (then look it up). */
function asciiHash(word: string): number {
  let h = HASH_START;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return 0;
    h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
  }
  return h | 0 || 1;
}

/** The first village called `part`, unless its hash ({@link asciiHash}, 0: unknown) rules it out. */
function villageOf(gazetteer: Gazetteer, part: string, hash: number): PlaceEntry | undefined {
  return hash === 0 || gazetteer.mayVillage(hash) ? gazetteer.village(part)[0] : undefined;
}

/**
 * Where a facility's or an unknown place's name ends: before the next head or prefix (`Masjid Al Huda` |
 * `Kampung Bali`) or before a trailing known place (`Stasiun Pasar Senen` | `Jakarta Pusat`).
 */
export function nameEnd(s: ChunkState, a: number, b: number): number {
  let k = a;
  while (k < b && mayBe(tokenAt(s, k), WORD_FLAGS.PLACE_HEAD) && FACILITY_HEADS.has(tokenAt(s, k).text)) k++;
  if (k === b) return a;
  for (k++; k < b; k++) {
    const t = tokenAt(s, k);
    if (mayBe(t, WORD_FLAGS.PLACE_HEAD) && PLACE_PREFIXES.has(t.text)) return k;
    const place = placeAt(s, k, b, false);
    if (place && k + place.length === b && MAJOR.has(place.entry.kind) && place.entry.kind !== 'region')
      return k;
  }
  return b;
}

/** Whether `view[start, end)` is white space with at most one comma first (`, `). */
function isCommaGap(view: string, start: number, end: number): boolean {
  let k = start;
  if (k < end && view.charCodeAt(k) === 44) k++;
  for (; k < end; k++) {
    const c = view.charCodeAt(k);
    if (c !== 32 && c !== 10 && !(c >= 9 && c <= 13) && !(c >= 0x80 && SPACE.test(view[k] as string)))
      return false;
  }
  return true;
}

const SPACE = /\s/;
