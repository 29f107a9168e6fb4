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

/** Encodes hash → mask entries as base64 (the generated file's format). */
export function encodeGazetteer(entries: ReadonlyMap<number, number>): string {
  const pairs = [...entries].map(([k, m]) => [k >>> 0 || 1, m] as const).sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  let prev = 0;
  for (const [key, value] of pairs) {
    let delta = key - prev;
    prev = key;
    while (delta >= 128) {
      bytes.push((delta % 128) | 128);
      delta = Math.floor(delta / 128);
    }
    bytes.push(delta);
    let mask = value;
    while (mask >= 128) {
      bytes.push((mask & 127) | 128);
      mask >>>= 7;
    }
    bytes.push(mask);
  }
  return Buffer.from(bytes).toString('base64');
}

/** Decodes a base64 name set made by `encodeGazetteer`. */
export function decodeGazetteer(base64: string): Gazetteer {
  const bytes = Buffer.from(base64, 'base64');
  // Every entry takes at least two bytes, so this bounds the count.
  const hashes = new Uint32Array(bytes.length >> 1);
  const masks = new Uint16Array(bytes.length >> 1);
  let count = 0;
  let prev = 0;
  let i = 0;
  const length = bytes.length;
  while (i < length) {
    let b = bytes[i++] as number;
    let delta = b & 127;
    let shift = 7;
    while (b >= 128) {
      b = bytes[i++] as number;
      delta += (b & 127) * 2 ** shift;
      shift += 7;
    }
    prev += delta;
    hashes[count] = prev;
    b = bytes[i++] as number;
    let mask = b & 127;
    if (b >= 128) mask |= ((bytes[i++] as number) & 127) << 7;
    masks[count] = mask;
    count++;
  }
  let size = 1024;
  while (size < count * 2) size *= 2;
  const keys = new Int32Array(size);
  const values = new Uint16Array(size);
  const mask = size - 1;
  for (let k = 0; k < count; k++) {
    const key = (hashes[k] as number) | 0;
    let slot = key & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    values[slot] = masks[k] as number;
  }
  return {
    size: count,
    get(hash: number): number {
      const key = hash | 0 || 1;
      let slot = key & mask;
      for (;;) {
        const found = keys[slot] as number;
        if (found === key) return values[slot] as number;
        if (found === 0) return 0;
        slot = (slot + 1) & mask;
      }
    },
  };
}
