/** Growing typed arrays: the columns and work spaces of the hot paths (dedup, duplicate blocks, entity merging). */

type Growable = Int32Array | Uint32Array | Uint16Array | Float64Array;

/**
 * `array` itself when it holds `need` values, else a copy at least `need` long and `factor` times as long (default
 * one more than it holds, twice as long), its values at the start.
 */
export function grown<T extends Growable>(array: T, need = array.length + 1, factor = 2): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(need, Math.ceil(array.length * factor)),
  );
  next.set(array);
  return next;
}
