/**
 * A compact set of hashed names, each with a bit mask of the lists it is on (person, place, …).
 * Stored as base64 (`encodeGazetteer`); loaded into one sorted array of 32-bit entries indexed by key prefix
 * (`decodeGazetteer`).
 */

/** The lists a name can be on, as bits of its mask. */
export const GAZ = {
  person: 1,
  place: 2,
  organization: 4,
  /** Province, regency or city of Indonesia (with or without `Kabupaten`/`Kota`). */
  region: 8,
  /** District (kecamatan) or village (desa/kelurahan). */
  locality: 16,
  /** A single word the training text uses in lower case (`sementara`, `menurut`): rarely a name alone. */
  commonWord: 32,
  /** A single word of some person's name (`Budi` of `Budi Gunawan`). */
  personWord: 64,
  /** A single word of some organisation's name. */
  organizationWord: 128,
  /** The first words of a longer name (`Kutai` of `Kutai Kartanegara`): a lookup goes on to the next word. */
  prefix: 256,
} as const;

/** Longest name, in words, that is looked up. */
export const GAZ_MAX_WORDS = 5;

/** A loaded name set. */
export interface Gazetteer {
  /** The mask of the name with this hash, 0 when absent. */
  get(hash: number): number;
  readonly size: number;
}

/** Bits of a key that pick its run: entries are grouped by their key's top INDEX_BITS bits. */
const INDEX_BITS = 16;
const RUNS = 1 << INDEX_BITS;

/**
 * Encodes hash → mask entries as base64 (the generated file's format): the entries sorted by key, as the
 * number of entries in each of the 2^16 runs of keys with the same top 16 bits (one byte each), then every
 * key's low 16 bits, then every mask (16-bit little-endian arrays). Decoding is a few array copies.
 */
export function encodeGazetteer(entries: ReadonlyMap<number, number>): string {
  const pairs = [...entries].map(([k, m]) => [k >>> 0 || 1, m] as const).sort((a, b) => a[0] - b[0]);
  const count = pairs.length;
  const bytes = Buffer.alloc(RUNS + count * 4);
  pairs.forEach(([key, mask], e) => {
    const run = key >>> (32 - INDEX_BITS);
    if (bytes[run] === 255) throw new Error('gazetteer: more than 255 names share a key prefix');
    bytes[run] = (bytes[run] as number) + 1;
    bytes.writeUInt16LE(key & 0xffff, RUNS + e * 2);
    if (mask > 0xffff) throw new Error('gazetteer: a mask wider than 16 bits');
    bytes.writeUInt16LE(mask, RUNS + count * 2 + e * 2);
  });
  return bytes.toString('base64');
}

/**
 * Top bits of a key that pick its run in the loaded set: its other bits and its mask make one 32-bit entry, so
 * a lookup reads the small run index and then one run of about 14 entries (one or two cache lines).
 */
const LOOKUP_BITS = 14;

/** Decodes a base64 name set made by `encodeGazetteer`. */
export function decodeGazetteer(base64: string): Gazetteer {
  const bytes = Buffer.from(base64, 'base64');
  const count = (bytes.length - RUNS) >> 2;
  if (count < 0 || bytes.length !== RUNS + count * 4) throw new Error('gazetteer: bad length');
  const maskAt = RUNS + count * 2;
  let masks = 0;
  for (let e = 0; e < count; e++)
    masks |= (bytes[maskAt + 2 * e] as number) | ((bytes[maskAt + 2 * e + 1] as number) << 8);
  // An entry is the key's low `32 - lookupBits` bits above the mask's `maskBits` bits.
  const maskBits = 32 - Math.clz32(masks);
  const lookupBits = Math.max(LOOKUP_BITS, maskBits);
  const restBits = 32 - lookupBits;
  const restMask = (1 << restBits) - 1;
  const span = 2 ** maskBits;
  const entries = new Uint32Array(count);
  // first[run] is the first entry of the run (entries stay in key order, so each run is sorted).
  const first = new Uint32Array((1 << lookupBits) + 1);
  for (let run = 0, e = 0; run < RUNS; run++) {
    for (let last = e + (bytes[run] as number); e < last; e++) {
      const low = (bytes[RUNS + 2 * e] as number) | ((bytes[RUNS + 2 * e + 1] as number) << 8);
      const mask = (bytes[maskAt + 2 * e] as number) | ((bytes[maskAt + 2 * e + 1] as number) << 8);
      const key = ((run << 16) | low) >>> 0;
      entries[e] = (((key & restMask) << maskBits) | mask) >>> 0;
      first[(key >>> restBits) + 1] = e + 1;
    }
  }
  for (let run = 1; run < first.length; run++)
    first[run] = Math.max(first[run] as number, first[run - 1] as number);
  return {
    size: count,
    get(hash: number): number {
      const key = hash >>> 0 || 1;
      const run = key >>> restBits;
      const from = ((key & restMask) << maskBits) >>> 0;
      for (let e = first[run] as number, last = first[run + 1] as number; e < last; e++) {
        const found = entries[e] as number;
        if (found >= from) return found - from < span ? found - from : 0;
      }
      return 0;
    },
  };
}
