/**
 * A multimap from 32-bit keys to article numbers in typed arrays: open addressing for the heads, one linked
 * entry (12 bytes) per (key, article). No JS object per key, so a million articles with 25 keys each fit in
 * a few hundred megabytes, and there is no Map size limit.
 */

/** Key → article numbers, in insertion order reversed (newest first). */
export class KeyTable {
  private slots: Uint32Array;
  private heads: Int32Array;
  private used = 0;
  private entryArticle: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;

  constructor(expectedEntries = 1024) {
    const size = 1 << Math.max(10, Math.ceil(Math.log2(expectedEntries * 2)));
    this.slots = new Uint32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.entryArticle = new Int32Array(Math.max(1024, expectedEntries));
    this.entryNext = new Int32Array(Math.max(1024, expectedEntries));
  }

  /** Number of (key, article) entries. */
  get size(): number {
    return this.entries;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.slots.byteLength + this.heads.byteLength + this.entryArticle.byteLength * 2;
  }

  /** Adds `article` under `key`. */
  add(key: number, article: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.rehash();
    if (this.entries === this.entryArticle.length) this.growEntries();
    const slot = this.find(key >>> 0);
    if ((this.heads[slot] as number) < 0) {
      this.slots[slot] = key >>> 0;
      this.used++;
    }
    const e = this.entries++;
    this.entryArticle[e] = article;
    this.entryNext[e] = this.heads[slot] as number;
    this.heads[slot] = e;
  }

  /** Calls `visit` for the articles under `key`, newest first, at most `limit` of them. */
  forEach(key: number, visit: (article: number) => void, limit = Number.POSITIVE_INFINITY): void {
    let e = this.heads[this.find(key >>> 0)] as number;
    for (let n = 0; e >= 0 && n < limit; n++) {
      visit(this.entryArticle[e] as number);
      e = this.entryNext[e] as number;
    }
  }

  /** Whether any article is under `key`. */
  has(key: number): boolean {
    return (this.heads[this.find(key >>> 0)] as number) >= 0;
  }

  private find(key: number): number {
    const mask = this.slots.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    slot &= mask;
    while ((this.heads[slot] as number) >= 0 && this.slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHeads = this.heads;
    this.slots = new Uint32Array(oldSlots.length * 2);
    this.heads = new Int32Array(oldSlots.length * 2).fill(-1);
    for (let i = 0; i < oldSlots.length; i++) {
      const head = oldHeads[i] as number;
      if (head < 0) continue;
      const slot = this.find(oldSlots[i] as number);
      this.slots[slot] = oldSlots[i] as number;
      this.heads[slot] = head;
    }
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
