import type { PlaceEntry } from './gazetteer.js';
import { HASH_START, hashStep, hashWord, lowerCode } from './word-hash.js';

/** Villages by lower-cased name, read from the packed gazetteer text without making a string per village. */
export interface VillageIndex {
  /** Whether some village's lower-cased name has this {@link hashWord} (false: `lookup` finds nothing). */
  has(hash: number): boolean;
  /** The villages called `key` (lower case), in the data's order, all under the first one's spelling. */
  lookup(key: string): readonly PlaceEntry[];
}

const empty: readonly PlaceEntry[] = [];

/**
 * Indexes `districtCode\tname,name~suffix,…` lines (a name without `~suffix` has the previous suffix + 1):
 * one pass over the text, typed arrays of offsets and a hash table of name hashes; entries are made on lookup.
 */
export function makeVillageIndex(data: string): VillageIndex {
  let count = 0;
  for (let k = 0; k < data.length; k++) {
    const c = data.charCodeAt(k);
    if (c === 44 || c === 9) count++;
  }
  const nameStart = new Int32Array(count);
  const nameEnd = new Int32Array(count);
  const hashes = new Int32Array(count);
  const suffixes = new Int32Array(count);
  const lineOf = new Int32Array(count);
  const next = new Int32Array(count).fill(-1);
  const parentStart: number[] = [];
  const parentEnd: number[] = [];
  let size = 1024;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const heads = new Int32Array(size).fill(-1);
  const tails = new Int32Array(size).fill(-1);
  // A bit per value of a name hash's upper 19 bits (64 KB): a clear bit says no village has the hash without
  // reading the megabyte of slots (the slots come from the lower bits).
  const present = new Int32Array(1 << 14);
  let n = 0;
  let at = 0;
  while (at < data.length) {
    const tab = data.indexOf('\t', at);
    if (tab < 0) break;
    let lineEnd = data.indexOf('\n', tab);
    if (lineEnd < 0) lineEnd = data.length;
    const line = parentStart.length;
    parentStart.push(at);
    parentEnd.push(tab);
    let suffix = 0;
    let partStart = tab + 1;
    while (partStart <= lineEnd) {
      let partEnd = data.indexOf(',', partStart);
      if (partEnd < 0 || partEnd > lineEnd) partEnd = lineEnd;
      let end = partStart;
      while (end < partEnd && data.charCodeAt(end) !== 126) end++;
      suffix = end < partEnd ? Number(data.slice(end + 1, partEnd)) : suffix + 1;
      let h = HASH_START;
      let ascii = true;
      for (let k = partStart; k < end; k++) {
        const c = data.charCodeAt(k);
        if (c >= 128) ascii = false;
        h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
      }
      // Outside ASCII, lower-case as `toLowerCase` does (a letter may lower-case to two).
      const hash = ascii ? h | 0 || 1 : hashWord(data.slice(partStart, end).toLowerCase());
      nameStart[n] = partStart;
      nameEnd[n] = end;
      hashes[n] = hash;
      suffixes[n] = suffix;
      lineOf[n] = line;
      const bit = hash >>> 13;
      present[bit >>> 5] = (present[bit >>> 5] as number) | (1 << (bit & 31));
      let slot = hash & mask;
      while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
      keys[slot] = hash;
      if (heads[slot] === -1) heads[slot] = n;
      else next[tails[slot] as number] = n;
      tails[slot] = n;
      n++;
      partStart = partEnd + 1;
    }
    at = lineEnd + 1;
  }
  const slotOf = (hash: number): number => {
    const key = hash | 0 || 1;
    const bit = key >>> 13;
    if (((present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    let slot = key & mask;
    for (;;) {
      const found = keys[slot] as number;
      if (found === key) return slot;
      if (found === 0) return -1;
      slot = (slot + 1) & mask;
    }
  };
  /** Whether village `v`'s name, lower-cased, is `key`. */
  const named = (v: number, key: string): boolean => {
    const start = nameStart[v] as number;
    const end = nameEnd[v] as number;
    let ascii = true;
    for (let k = start; k < end && ascii; k++) ascii = data.charCodeAt(k) < 128;
    if (!ascii) return data.slice(start, end).toLowerCase() === key;
    if (end - start !== key.length) return false;
    for (let k = 0; k < key.length; k++) {
      if (lowerCode(data.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
    }
    return true;
  };
  return {
    has: (hash) => slotOf(hash) >= 0,
    lookup(key) {
      const slot = slotOf(hashWord(key));
      if (slot < 0) return empty;
      let list: PlaceEntry[] | undefined;
      let name = '';
      for (let v = heads[slot] as number; v >= 0; v = next[v] as number) {
        if (!named(v, key)) continue;
        if (!list) {
          list = [];
          name = data.slice(nameStart[v], nameEnd[v]);
        }
        const line = lineOf[v] as number;
        const parent = data.slice(parentStart[line], parentEnd[line]);
        list.push({ name, kind: 'village', code: `${parent}.${suffixes[v]}` });
      }
      return list ?? empty;
    },
  };
}
