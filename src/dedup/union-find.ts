/**
 * Union-find over input positions in an Int32Array (`parent[i] === i` for a root), with path compression. The
 * lower position becomes the root, so a root is always its component's first article in input order.
 */

/** The root of `i`'s component; compresses the path on the way. */
export function findRoot(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  let x = i;
  while (parent[x] !== r) {
    const next = parent[x] as number;
    parent[x] = r;
    x = next;
  }
  return r;
}

/** Joins the components of `a` and `b` under the lower root. */
export function unionRoots(parent: Int32Array, a: number, b: number): void {
  const ra = findRoot(parent, a);
  const rb = findRoot(parent, b);
  if (ra === rb) return;
  if (ra < rb) parent[rb] = ra;
  else parent[ra] = rb;
}
