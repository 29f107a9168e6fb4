/**
 * One growable Uint32Array holding the shingles, figures and keys of many articles: a few large buffers
 * instead of three small ArrayBuffers per article, which the garbage collector would have to track.
 */

/** Growable storage of 32-bit values; a slice is addressed by (offset, length). */
export class Uint32Arena {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.data = new Uint32Array(capacity);
  }

  /** Appends `values[0, count)`; returns their offset. */
  append(values: Uint32Array, count = values.length): number {
    if (this.length + count > this.data.length) {
      let size = this.data.length * 2;
      while (size < this.length + count) size *= 2;
      const next = new Uint32Array(size);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    const offset = this.length;
    this.data.set(count === values.length ? values : values.subarray(0, count), offset);
    this.length += count;
    return offset;
  }

  /** A view of a slice (valid until the next append that grows the arena). */
  view(offset: number, length: number): Uint32Array {
    return this.data.subarray(offset, offset + length);
  }
}
