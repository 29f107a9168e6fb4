/**
 * A compact set of hashed names, each with a bit mask of the lists it is on (person, place, …).
 * Stored as base64 of sorted, delta-varint hashes, each followed by its varint mask; loaded into an
 * open-addressed table.
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

/** True on little-endian machines, where the encoded 16-bit arrays are read in place. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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

/** Decodes a base64 name set made by `encodeGazetteer`. */
export function decodeGazetteer(base64: string): Gazetteer {
  const bytes = Buffer.from(base64, 'base64');
  const count = (bytes.length - RUNS) >> 2;
  if (count < 0 || bytes.length !== RUNS + count * 4) throw new Error('gazetteer: bad length');
  // Copied into fresh, aligned arrays (the decoded buffer may sit at any offset of a shared pool).
  const lows = new Uint16Array(count);
  const masks = new Uint16Array(count);
  new Uint8Array(lows.buffer).set(bytes.subarray(RUNS, RUNS + count * 2));
  new Uint8Array(masks.buffer).set(bytes.subarray(RUNS + count * 2));
  if (!LITTLE_ENDIAN) {
    for (let e = 0; e < count; e++) {
      const l = lows[e] as number;
      const m = masks[e] as number;
      lows[e] = (l >> 8) | ((l & 255) << 8);
      masks[e] = (m >> 8) | ((m & 255) << 8);
    }
  }
  // first[run] is the first entry of the run; a lookup scans its few keys.
  const first = new Uint32Array(RUNS + 1);
  for (let run = 0, at = 0; run < RUNS; run++) {
    at += bytes[run] as number;
    first[run + 1] = at;
  }
  const shift = 32 - INDEX_BITS;
  return {
    size: count,
    get(hash: number): number {
      const key = hash >>> 0 || 1;
      const run = key >>> shift;
      const low = key & 0xffff;
      for (let e = first[run] as number, last = first[run + 1] as number; e < last; e++) {
        const found = lows[e] as number;
        if (found === low) return masks[e] as number;
        if (found > low) return 0;
      }
      return 0;
    },
  };
}
