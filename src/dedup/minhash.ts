/**
 * One-permutation MinHash with rotation densification (Shrivastava & Li 2014): one hash per shingle instead
 * of one per shingle and permutation, then LSH band keys from the signature.
 */
import { combine32, mix32 } from './hash.js';

const EMPTY = 0xffffffff;

/** Computes MinHash signatures of `bins` values and their band keys, reusing its buffers. */
export class MinHasher {
  private readonly bins: Uint32Array;
  private readonly filled: Uint8Array;
  private readonly bandSeeds: Uint32Array;

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.bins = new Uint32Array(bands * rows);
    this.filled = new Uint8Array(bands * rows);
    this.bandSeeds = new Uint32Array(bands);
    for (let b = 0; b < bands; b++) this.bandSeeds[b] = mix32(0x5bd1e995 + b);
  }

  /**
   * The densified signature of a set of shingle hashes, `shingles[start, end)` (a reused buffer), or null
   * when empty.
   */
  signature(shingles: ArrayLike<number>, start = 0, end = shingles.length): Uint32Array | null {
    if (end <= start) return null;
    const k = this.bins.length;
    const bins = this.bins;
    const filled = this.filled;
    bins.fill(EMPTY);
    filled.fill(0);
    for (let i = start; i < end; i++) {
      const h = mix32((shingles[i] as number) ^ 0x3c6ef372);
      // The top 16 bits pick the bin (k ≤ 65536); the whole hash competes for the bin's minimum.
      const bin = Math.imul(h >>> 16, k) >>> 16;
      filled[bin] = 1;
      // The new minimum, without a branch the processor could not guess.
      bins[bin] = Math.min(h, bins[bin] as number);
    }
    // An empty bin borrows the next filled bin's value, salted by the distance, so that two similar sets
    // fill it the same way (rotation densification).
    for (let i = 0; i < k; i++) {
      if (filled[i]) continue;
      let j = i;
      let d = 0;
      do {
        j = j + 1 === k ? 0 : j + 1;
        d++;
      } while (!filled[j]);
      bins[i] = mix32((bins[j] as number) + Math.imul(d, 0x9e3779b9));
    }
    return bins;
  }

  /** Writes one key per band of a signature into `out` from `offset`. */
  bandKeys(signature: Uint32Array, out: Uint32Array, offset: number): void {
    const r = this.rows;
    for (let b = 0; b < this.bands; b++) {
      let h = this.bandSeeds[b] as number;
      for (let t = 0; t < r; t++) h = combine32(h, signature[b * r + t] as number);
      out[offset + b] = mix32(h);
    }
  }
}
