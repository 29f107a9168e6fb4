/**
 * Ascending sort of 32-bit unsigned values in a slice of a typed array, in place: LSD radix sort by bytes
 * (four counting passes through one reusable buffer), about three times faster than the built-in sort on
 * the few hundred shingle hashes of an article; insertion sort for short slices.
 */

/** Sorts slices of Uint32Arrays; reuses its buffers, so one sorter serves one thread. */
export class RadixSorter {
  private buffer = new Uint32Array(1024);
  private readonly counts = new Uint32Array(1024);

  /** Sorts `data[start, end)` ascending in place. */
  sort(data: Uint32Array, start: number, end: number): void {
    const n = end - start;
    if (n < 48) {
      insertionSort(data, start, end);
      return;
    }
    if (this.buffer.length < n) this.buffer = new Uint32Array(Math.max(n, this.buffer.length * 2));
    const tmp = this.buffer;
    const counts = this.counts;
    counts.fill(0);
    for (let i = start; i < end; i++) {
      const v = data[i] as number;
      (counts[v & 255] as number)++;
      (counts[256 + ((v >>> 8) & 255)] as number)++;
      (counts[512 + ((v >>> 16) & 255)] as number)++;
      (counts[768 + (v >>> 24)] as number)++;
    }
    for (let base = 0; base < 1024; base += 256) {
      let sum = 0;
      for (let k = base; k < base + 256; k++) {
        const c = counts[k] as number;
        counts[k] = sum;
        sum += c;
      }
    }
    // Byte 0: data → tmp, byte 1: tmp → data, byte 2: data → tmp, byte 3: tmp → data.
    for (let i = start; i < end; i++) {
      const v = data[i] as number;
      const k = v & 255;
      const at = counts[k] as number;
      counts[k] = at + 1;
      tmp[at] = v;
    }
    for (let i = 0; i < n; i++) {
      const v = tmp[i] as number;
      const k = 256 + ((v >>> 8) & 255);
      const at = counts[k] as number;
      counts[k] = at + 1;
      data[start + at] = v;
    }
    for (let i = start; i < end; i++) {
      const v = data[i] as number;
      const k = 512 + ((v >>> 16) & 255);
      const at = counts[k] as number;
      counts[k] = at + 1;
      tmp[at] = v;
    }
    for (let i = 0; i < n; i++) {
      const v = tmp[i] as number;
      const k = 768 + (v >>> 24);
      const at = counts[k] as number;
      counts[k] = at + 1;
      data[start + at] = v;
    }
  }
}

function insertionSort(data: Uint32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const v = data[i] as number;
    let j = i - 1;
    while (j >= start && (data[j] as number) > v) {
      data[j + 1] = data[j] as number;
      j--;
    }
    data[j + 1] = v;
  }
}
