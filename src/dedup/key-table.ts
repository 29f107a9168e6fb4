/**
 * A multimap from 32-bit keys to article numbers in typed arrays: open addressing for the heads (8 bytes a
 * slot, at most 70% full); a key with one article keeps it in its slot, and only keys shared by several
 * articles get linked entries (8 bytes each). No JS object per key, so a million articles with 25 keys each
 * fit in a few hundred megabytes, and there is no Map size limit. Most LSH keys belong to one article.
 */

const EMPTY = -1;
/** A head at or below this holds one article inline: `INLINE - article`. */
const INLINE = -2;

/** Key → article numbers, in insertion order reversed (newest first). */
export class KeyTable {
  // Slot s: its key at 2s, its head at 2s + 1 (one cache line for both): EMPTY, an entry number (≥ 0),
  // or one article inline (≤ INLINE).
  private table: Int32Array;
  private slotCount: number;
  private used = 0;
  private entryArticle: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private count = 0;

  constructor(expectedEntries = 1024) {
    this.slotCount = 1 << Math.max(10, Math.ceil(Math.log2(expectedEntries / 0.7)));
    this.table = KeyTable.emptyTable(this.slotCount);
    this.entryArticle = new Int32Array(Math.max(1024, expectedEntries >> 3));
    this.entryNext = new Int32Array(this.entryArticle.length);
  }

  /** Number of (key, article) pairs. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.table.byteLength + this.entryArticle.byteLength * 2;
  }

  /** Adds `article` under `key`. */
  add(key: number, article: number): void {
    this.visitThenAdd(key, article, noVisit, 0);
  }

  /**
   * Calls `visit` for the articles under `key` (newest first, at most `limit`), then adds `article` under
   * it: `forEach` and `add` with one probe of the table.
   */
  visitThenAdd(key: number, article: number, visit: (article: number) => void, limit: number): void {
    if ((this.used + 1) * 10 > this.slotCount * 7) this.rehash();
    const slot = this.find(key | 0);
    const head = this.table[slot + 1] as number;
    this.count++;
    if (head === EMPTY) {
      this.table[slot] = key | 0;
      this.table[slot + 1] = INLINE - article;
      this.used++;
      return;
    }
    let next = head;
    if (head <= INLINE) {
      if (limit >= 1) visit(INLINE - head);
      next = this.entry(INLINE - head, EMPTY);
    } else {
      let e = head;
      for (let n = 0; e >= 0 && n < limit; n++) {
        visit(this.entryArticle[e] as number);
        e = this.entryNext[e] as number;
      }
    }
    // `visit` may not add to this table, so `slot` still holds the key.
    this.table[slot + 1] = this.entry(article, next);
  }

  /** Calls `visit` for the articles under `key`, newest first, at most `limit` of them. */
  forEach(key: number, visit: (article: number) => void, limit = Number.POSITIVE_INFINITY): void {
    let e = this.table[this.find(key | 0) + 1] as number;
    if (e <= INLINE) {
      if (limit >= 1) visit(INLINE - e);
      return;
    }
    for (let n = 0; e >= 0 && n < limit; n++) {
      visit(this.entryArticle[e] as number);
      e = this.entryNext[e] as number;
    }
  }

  /** Whether any article is under `key`. */
  has(key: number): boolean {
    return this.table[this.find(key | 0) + 1] !== EMPTY;
  }

  private entry(article: number, next: number): number {
    if (this.entries === this.entryArticle.length) this.growEntries();
    const e = this.entries++;
    this.entryArticle[e] = article;
    this.entryNext[e] = next;
    return e;
  }

  /** The table index of `key`'s slot (2s), or of the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.slotCount - 1;
    const table = this.table;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (table[2 * slot + 1] !== EMPTY && table[2 * slot] !== key) slot = (slot + 1) & mask;
    return 2 * slot;
  }

  private rehash(): void {
    const old = this.table;
    this.slotCount *= 2;
    this.table = KeyTable.emptyTable(this.slotCount);
    for (let i = 0; i < old.length; i += 2) {
      const head = old[i + 1] as number;
      if (head === EMPTY) continue;
      const slot = this.find(old[i] as number);
      this.table[slot] = old[i] as number;
      this.table[slot + 1] = head;
    }
  }

  private static emptyTable(slots: number): Int32Array {
    const table = new Int32Array(2 * slots);
    for (let i = 1; i < table.length; i += 2) table[i] = EMPTY;
    return table;
  }

  private growEntries(): void {
    const article = new Int32Array(this.entryArticle.length * 2);
    const next = new Int32Array(this.entryNext.length * 2);
    article.set(this.entryArticle);
    next.set(this.entryNext);
    this.entryArticle = article;
    this.entryNext = next;
  }
}

const noVisit = (_article: number): void => {};
