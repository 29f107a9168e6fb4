/**
 * Storage of 32-bit values for many articles in a few large typed arrays (chunks) instead of small
 * ArrayBuffers per article, which the garbage collector would have to track. A full chunk is never copied:
 * the next one is started (growing up to 4 MB), so each stored byte touches fresh memory once.
 */

/** Chunked storage of 32-bit values; a slice is addressed by (chunk, offset). */
export class Uint32Arena {
  /** The chunk being filled. */
  chunk: Uint32Array;
  /** Values used in `chunk`. */
  length = 0;
  private nextSize: number;

  constructor(
    capacity = 1 << 16,
    private readonly maxChunk = 1 << 20,
  ) {
    this.chunk = new Uint32Array(capacity);
    this.nextSize = Math.min(capacity * 2, maxChunk);
  }

  /** Makes room for `count` values in `chunk` (starting a new chunk when full); returns their offset. */
  reserve(count: number): number {
    if (this.length + count > this.chunk.length) {
      this.chunk = new Uint32Array(Math.max(this.nextSize, count));
      this.nextSize = Math.min(this.nextSize * 2, this.maxChunk);
      this.length = 0;
    }
    const offset = this.length;
    this.length += count;
    return offset;
  }
}
