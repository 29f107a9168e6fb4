/**
 * 32-bit integer hashing for dedup: Math.imul mixing, no strings, no allocation.
 */

/** Murmur3's finaliser: spreads every input bit over the whole 32-bit result. */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Combines a running hash with one more 32-bit value (order matters). */
export function combine32(h: number, value: number): number {
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + Math.imul(value, 0x297a2d39) + 0x9e3779b9) >>> 0;
}

/** Eight hexadecimal digits of a 32-bit value. */
export function hex32(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}
