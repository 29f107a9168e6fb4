/**
 * Sorts `list` in place, stably, as `list.sort(compare)` does: short lists (the usual case, and mostly in
 * order already) by insertion, without the work array and the calls that `Array.prototype.sort` makes;
 * long ones by `Array.prototype.sort`, so that a hostile input stays O(n log n).
 */
export function stableSort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > MAX_INSERTION) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const item = list[i] as T;
    let j = i - 1;
    if (compare(list[j] as T, item) <= 0) continue;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

const MAX_INSERTION = 64;

/** Compares two spans by start (for {@link stableSort}). */
export const byStart = (a: { readonly start: number }, b: { readonly start: number }): number =>
  a.start - b.start;
