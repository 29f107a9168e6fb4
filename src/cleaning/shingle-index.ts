import { grown } from '../typed-arrays.js';

/**
 * An index from 32-bit shingle hashes to the blocks that hold them, for the in-article duplicate remover: a new
 * block is compared only with the earlier blocks it shares a shingle with, by walking its shingles' postings,
 * instead of with every earlier block. Open addressing over typed arrays; nothing is allocated per shingle.
 *
 * One index serves one article after another: `reset()` starts a new article in O(1) (slots carry the number of
 * the article that filled them), so the arrays are made once per stage and only grow.
 */
export class ShingleIndex {
  // 4,096 slots: room for the 2,047 shingles of a long article (about 13 KB) before the table grows.
  private keys = new Uint32Array(4096);
  /** The article that filled a slot; a slot of an earlier article is empty. */
  private owner = new Uint32Array(4096);
  /** The last block that looked a slot up (+1), to count each shingle once per block. */
  private stamp = new Int32Array(4096);
  /** First posting of a slot, -1 for none. */
  private head = new Int32Array(4096);
  private mask = 4095;
  /** The slot of a hash is its top bits after a multiplicative mix: 32 minus the table's bit count. */
  private shift = 20;
  private used = 0;
  private article = 0;
  private postBlock: Int32Array = new Int32Array(4096);
  private postNext: Int32Array = new Int32Array(4096);
  private posts = 0;

  /** Forgets every shingle and posting. */
  reset(): void {
    this.article++;
    if (this.article === 0xffffffff) {
      this.owner.fill(0);
      this.article = 1;
    }
    this.used = 0;
    this.posts = 0;
  }

  /**
   * The slot of a shingle (made when new), or -1 when `block` already looked this shingle up: each distinct
   * shingle of a block is seen once.
   */
  visit(hash: number, block: number): number {
    if (2 * (this.used + 1) > this.mask) this.grow();
    const keys = this.keys;
    const owner = this.owner;
    const mask = this.mask;
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      slot &= mask;
      if (owner[slot] !== this.article) {
        owner[slot] = this.article;
        keys[slot] = hash;
        this.stamp[slot] = block + 1;
        this.head[slot] = -1;
        this.used++;
        return slot;
      }
      if (keys[slot] === hash >>> 0) {
        if (this.stamp[slot] === block + 1) return -1;
        this.stamp[slot] = block + 1;
        return slot;
      }
      slot++;
    }
  }

  /** First posting of a slot (-1 for none); walk on with `next`, read with `blockOf`. */
  first(slot: number): number {
    return this.head[slot] as number;
  }

  next(posting: number): number {
    return this.postNext[posting] as number;
  }

  blockOf(posting: number): number {
    return this.postBlock[posting] as number;
  }

  /** Records that `block` holds the shingle of `slot`. */
  post(slot: number, block: number): void {
    if (this.posts === this.postBlock.length) {
      this.postBlock = grown(this.postBlock);
      this.postNext = grown(this.postNext);
    }
    this.postBlock[this.posts] = block;
    this.postNext[this.posts] = this.head[slot] as number;
    this.head[slot] = this.posts++;
  }

  private grow(): void {
    const { keys, owner, stamp, head, article } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.owner = new Uint32Array(size);
    this.stamp = new Int32Array(size);
    this.head = new Int32Array(size);
    this.mask = size - 1;
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (owner[i] !== article) continue;
      let slot = Math.imul(keys[i] as number, 0x9e3779b1) >>> this.shift;
      for (;;) {
        slot &= this.mask;
        if (this.owner[slot] !== article) break;
        slot++;
      }
      this.keys[slot] = keys[i] as number;
      this.owner[slot] = article;
      this.stamp[slot] = stamp[i] as number;
      this.head[slot] = head[i] as number;
    }
  }
}
