/**
 * Text similarity, our own small module (string-similarity is deprecated upstream).
 * Word shingles hashed to 32-bit integers; Dice, Jaccard and containment over the shingle sets.
 */

/** Lower-case words (letters and digits) of a text, NFC-folded. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The set of hashed word k-shingles of a word list (k words each; a shorter list is one shingle). */
export function shingleSet(words: readonly string[], k = 3): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  const n = Math.max(1, words.length - k + 1);
  for (let i = 0; i < n; i++) out.add(hashString(words.slice(i, i + k).join(' ')));
  return out;
}

function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Sørensen–Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); 1 for two empty sets. */
export function dice(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size + b.size === 0) return 1;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/** Jaccard index of two sets: |A∩B| / |A∪B|; 1 for two empty sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size + b.size === 0) return 1;
  const inter = intersectionSize(a, b);
  return inter / (a.size + b.size - inter);
}

/** Containment of the smaller set in the larger: |A∩B| / min(|A|,|B|); 1 for two empty sets. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const min = Math.min(a.size, b.size);
  if (min === 0) return a.size === b.size ? 1 : 0;
  return intersectionSize(a, b) / min;
}

/** Size of the intersection of two ascending, duplicate-free arrays (a linear merge, no allocation). */
export function sortedIntersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  const na = a.length;
  const nb = b.length;
  while (i < na && j < nb) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Jaccard index of two ascending, duplicate-free arrays; 1 for two empty arrays. */
export function sortedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length + b.length === 0) return 1;
  const inter = sortedIntersectionSize(a, b);
  return inter / (a.length + b.length - inter);
}

/** Containment of the shorter ascending, duplicate-free array in the longer; 1 for two empty arrays. */
export function sortedContainment(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const min = Math.min(a.length, b.length);
  if (min === 0) return a.length === b.length ? 1 : 0;
  return sortedIntersectionSize(a, b) / min;
}

/**
 * Sorts a typed array of 32-bit hashes ascending (in place) and returns the duplicate-free values as a
 * compact copy.
 */
export function sortedUnique(values: Uint32Array): Uint32Array {
  const n = values.length;
  if (n === 0) return new Uint32Array(0);
  values.sort();
  let m = 1;
  for (let i = 1; i < n; i++) {
    const v = values[i] as number;
    if (v !== values[m - 1]) values[m++] = v;
  }
  return values.slice(0, m);
}
