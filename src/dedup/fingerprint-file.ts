/**
 * The fingerprints of a corpus, compactly: what every candidate check needs first (words, exact hashes,
 * a 64-bit URL hash, the date, a 1,024-bit shingle bitmap) in typed columns, about 180 bytes an article; the
 * shingles, figures and keys (~2 KB) and the id and URL in temporary files, read back at an offset only for
 * the few articles that meet a candidate (src/io/temp-file.ts). The candidate keys are also written as one stream, read in
 * order when the candidates are listed (src/dedup/column-engine.ts).
 */

import { TempFile } from '../io/temp-file.js';
import { grown } from '../typed-arrays.js';
import type { Fingerprint } from './fingerprint.js';

/** The columns grow by half again when full (not twice: a million articles' columns are the dedup's memory). */
const GROWTH = 1.5;

/** Two 32-bit FNV-style hashes of a string's code units (a null URL is 0, 0; others never are). */
function hashUrl(url: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  a >>>= 0;
  b >>>= 0;
  return a === 0 && b === 0 ? [1, 0] : [a, b];
}

/**
 * 32-bit words of each article's shingle bitmap: 1,024 bits, ~35% of them set for 450 shingles. With 512 bits
 * (~58% set) a fifth of the candidate pairs of the bench corpus passed the bound and had the other article's
 * shingles read back; with 1,024, a twenty-fifth (53,191 pairs: 11,040 → 2,180 reads on 20,000 articles).
 */
const BITMAP_WORDS = 32;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Bytes of a meta record read at once (its 8-byte header, id and URL): enough for most records. */
const RECORD_PEEK = 512;
/** Bytes of the meta file read at once when ids are read in order (a few thousand records). */
const ID_BLOCK = 1 << 18;

/** A fingerprint read back from the file: views into a reused buffer, valid until its slot is read again. */
export interface StoredParts {
  readonly shingles: Uint32Array;
  readonly numbers: Uint32Array;
  readonly keys: Uint32Array;
}

/** Fingerprints, ids, URLs and dates of a corpus in columns and temporary files. */
export class FingerprintFile {
  private readonly records = new TempFile('fingerprints.bin');
  private readonly keyStream = new TempFile('keys.bin');
  private readonly meta = new TempFile('meta.bin');
  private count = 0;
  private recordAt = new Float64Array(1024);
  private metaAt = new Float64Array(1024);
  /** Distinct shingles, distinct figures and candidate keys per article. */
  shingleCount = new Uint32Array(1024);
  /**
   * Per article, a bitmap of its shingles (BITMAP_WORDS 32-bit words; bit `shingle & mask`): a shingle of
   * one article that the other has sets a bit in both, so counting one article's shingles whose bit the
   * other's bitmap has bounds their intersection from above without reading the other's shingles.
   */
  bitmaps = new Uint32Array(1024 * BITMAP_WORDS);
  numberCount = new Uint32Array(1024);
  keyCount = new Uint16Array(1024);
  words = new Uint32Array(1024);
  exactA = new Uint32Array(1024);
  exactB = new Uint32Array(1024);
  /** 64-bit hash of the canonical URL (0, 0 when none). */
  urlA = new Uint32Array(1024);
  urlB = new Uint32Array(1024);
  /** 0 = no date; yyyymmdd + 1 for `YYYY-MM-DD`; −(k + 1) for the k-th other date string. */
  private date = new Int32Array(1024);
  private readonly otherDates: string[] = [];
  private readonly otherDateCodes = new Map<string, number>();
  /** The first bytes of one meta record (header, id, URL), read at once: most records fit. */
  private readonly peek = Buffer.allocUnsafe(RECORD_PEEK);
  private readonly header = this.peek.subarray(0, 8);
  /** A block of the meta file read for `idInOrder`: bytes [idBlockStart, idBlockEnd) of the file. */
  private idBlock: Buffer | null = null;
  private idBlockStart = 0;
  private idBlockEnd = 0;
  private slots: Uint8Array[] = [new Uint8Array(8192), new Uint8Array(8192), new Uint8Array(8192)];

  /** Number of articles. */
  get size(): number {
    return this.count;
  }

  /** Bytes held in memory by the columns. */
  get bytes(): number {
    return (
      this.recordAt.byteLength * 2 +
      this.shingleCount.byteLength * 7 +
      this.keyCount.byteLength +
      this.bitmaps.byteLength +
      this.date.byteLength
    );
  }

  /** Adds an article's fingerprint (sorted here: shingles and figures are stored distinct and ascending). */
  add(id: string, url: string | null, publishedAt: string | null, fingerprint: Fingerprint): number {
    const i = this.count;
    this.ensure(i + 1);
    this.set(i, fingerprint);
    this.metaAt[i] = this.writeMeta(id, url);
    const [a, b] = url === null ? [0, 0] : hashUrl(url);
    this.urlA[i] = a;
    this.urlB[i] = b;
    this.date[i] = this.dateCode(publishedAt);
    this.count++;
    return i;
  }

  /** Replaces an article's fingerprint (its keys stream is then stale: see `rewriteKeys`). */
  replace(i: number, fingerprint: Fingerprint): void {
    this.set(i, fingerprint);
  }

  /** Rewrites the key stream from the stored records (after `replace`). */
  rewriteKeys(): void {
    this.keyStream.remove();
    for (let i = 0; i < this.count; i++) {
      const keys = this.read(i, 0).keys;
      this.keyStream.append(new Uint8Array(keys.buffer, keys.byteOffset, keys.byteLength));
    }
  }

  /** Reads `count` 32-bit values of the key stream from value `at` into `into`. */
  readKeys(at: number, count: number, into: Uint32Array): void {
    this.keyStream.read(at * 4, count * 4, new Uint8Array(into.buffer, into.byteOffset, count * 4));
  }

  /** Reads an article's shingles, figures and keys into slot `slot` (0–2). */
  read(i: number, slot: number): StoredParts {
    const s = this.shingleCount[i] as number;
    const n = this.numberCount[i] as number;
    const k = this.keyCount[i] as number;
    const bytes = (s + n + k) * 4;
    let buffer = this.slots[slot] as Uint8Array;
    if (buffer.length < bytes) {
      buffer = new Uint8Array(Math.max(bytes, buffer.length * 2));
      this.slots[slot] = buffer;
    }
    this.records.read(this.recordAt[i] as number, bytes, buffer);
    const all = new Uint32Array(buffer.buffer, 0, s + n + k);
    return { shingles: all.subarray(0, s), numbers: all.subarray(s, s + n), keys: all.subarray(s + n) };
  }

  /** A self-contained copy of an article's fingerprint. */
  fingerprintOf(i: number): Fingerprint {
    const parts = this.read(i, 2);
    return {
      words: this.words[i] as number,
      exact: [this.exactA[i] as number, this.exactB[i] as number],
      shingles: parts.shingles.slice(),
      numbers: parts.numbers.slice(),
      keys: parts.keys.slice(),
    };
  }

  /** An article's id: one read of the file at most (none when its record is in the block of `idInOrder`). */
  id(i: number): string {
    const at = this.metaAt[i] as number;
    const block = this.idBlock;
    if (block !== null && at >= this.idBlockStart && at + 8 <= this.idBlockEnd) {
      const from = at - this.idBlockStart;
      const end = from + 8 + block.readUInt32LE(from);
      if (end <= this.idBlockEnd - this.idBlockStart) return block.toString('utf8', from + 8, end);
    }
    const got = this.peekRecord(at);
    const idBytes = this.peek.readUInt32LE(0);
    if (8 + idBytes <= got) return this.peek.toString('utf8', 8, 8 + idBytes);
    return this.meta.readString(at + 8, idBytes);
  }

  /**
   * An article's id, for articles asked in ascending order (the output of a run): the meta file is read a
   * block of a few thousand records at a time, wherever earlier reads left the file's window.
   */
  idInOrder(i: number): string {
    const at = this.metaAt[i] as number;
    if (at < this.idBlockStart) return this.id(i);
    let block = this.idBlock;
    if (block === null || at + 8 > this.idBlockEnd) block = this.readIdBlock(at);
    let from = at - this.idBlockStart;
    let end = from + 8 + block.readUInt32LE(from);
    if (end > this.idBlockEnd - this.idBlockStart) {
      if (end - from > ID_BLOCK) return this.id(i);
      block = this.readIdBlock(at);
      from = 0;
      end = 8 + block.readUInt32LE(0);
    }
    return block.toString('utf8', from + 8, end);
  }

  /** An article's canonical URL, or null (one read of the file for most records). */
  url(i: number): string | null {
    if (this.urlA[i] === 0 && this.urlB[i] === 0) return null;
    const at = this.metaAt[i] as number;
    const got = this.peekRecord(at);
    const idBytes = this.peek.readUInt32LE(0);
    const urlBytes = this.peek.readUInt32LE(4);
    const from = 8 + idBytes;
    if (from + urlBytes <= got) return this.peek.toString('utf8', from, from + urlBytes);
    return this.meta.readString(at + from, urlBytes);
  }

  /** Reads the first bytes of the meta record at `at` into `peek`; returns how many. */
  private peekRecord(at: number): number {
    const got = Math.min(RECORD_PEEK, this.meta.size - at);
    this.meta.read(at, got, this.peek);
    return got;
  }

  /** Reads the block of the meta file that starts at `at`. */
  private readIdBlock(at: number): Buffer {
    this.idBlock ??= Buffer.allocUnsafe(ID_BLOCK);
    const length = Math.min(ID_BLOCK, this.meta.size - at);
    this.meta.read(at, length, this.idBlock);
    this.idBlockStart = at;
    this.idBlockEnd = at + length;
    return this.idBlock;
  }

  /** An article's publication date (ISO), or null. */
  publishedAt(i: number): string | null {
    const code = this.date[i] as number;
    if (code === 0) return null;
    if (code < 0) return this.otherDates[-code - 1] as string;
    const day = code - 1;
    const y = Math.floor(day / 10000);
    const m = Math.floor(day / 100) % 100;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
  }

  /** Compares two articles' dates as their ISO strings compare (null last is the caller's business). */
  compareDates(a: number, b: number): number {
    const x = this.date[a] as number;
    const y = this.date[b] as number;
    if (x === y) return 0;
    if (x > 0 && y > 0) return x - y;
    const s = this.publishedAt(a) ?? '';
    const t = this.publishedAt(b) ?? '';
    return s < t ? -1 : s > t ? 1 : 0;
  }

  /** How many of `shingles` have their bit in article `i`'s bitmap: at least their intersection. */
  bitmapHits(i: number, shingles: Uint32Array): number {
    const bitmaps = this.bitmaps;
    const base = i * BITMAP_WORDS;
    let hits = 0;
    for (let t = 0; t < shingles.length; t++) {
      const bit = (shingles[t] as number) & (BITMAP_WORDS * 32 - 1);
      hits += ((bitmaps[base + (bit >>> 5)] as number) >>> (bit & 31)) & 1;
    }
    return hits;
  }

  /**
   * Whether at least `need` of `shingles` have their bit in article `i`'s bitmap (`bitmapHits(i, shingles) >=
   * need`). Counts without a branch per shingle (hits and misses come in no order the processor could guess),
   * checking every 32 shingles whether the answer is known.
   */
  bitmapReaches(i: number, shingles: Uint32Array, need: number): boolean {
    const bitmaps = this.bitmaps;
    const base = i * BITMAP_WORDS;
    const n = shingles.length;
    if (need <= 0) return true;
    if (need > n) return false;
    let hits = 0;
    let t = 0;
    while (t < n) {
      const end = Math.min(n, t + 32);
      for (; t < end; t++) {
        const bit = (shingles[t] as number) & (BITMAP_WORDS * 32 - 1);
        hits += ((bitmaps[base + (bit >>> 5)] as number) >>> (bit & 31)) & 1;
      }
      if (hits >= need) return true;
      if (hits + (n - t) < need) return false;
    }
    return false;
  }

  /** Whether an article has a date. */
  hasDate(i: number): boolean {
    return this.date[i] !== 0;
  }

  /** Removes the temporary files. */
  remove(): void {
    this.records.remove();
    this.keyStream.remove();
    this.meta.remove();
    this.idBlockStart = 0;
    this.idBlockEnd = 0;
  }

  private set(i: number, f: Fingerprint): void {
    const shingles = f.shingles;
    const numbers = f.numbers;
    const keys = f.keys;
    this.recordAt[i] = this.records.size;
    this.records.append(bytesOf(shingles));
    this.records.append(bytesOf(numbers));
    this.records.append(bytesOf(keys));
    this.keyStream.append(bytesOf(keys));
    this.shingleCount[i] = shingles.length;
    const bitmaps = this.bitmaps;
    const base = i * BITMAP_WORDS;
    bitmaps.fill(0, base, base + BITMAP_WORDS);
    for (let t = 0; t < shingles.length; t++) {
      const bit = (shingles[t] as number) & (BITMAP_WORDS * 32 - 1);
      bitmaps[base + (bit >>> 5)] = (bitmaps[base + (bit >>> 5)] as number) | (1 << (bit & 31));
    }
    this.numberCount[i] = numbers.length;
    this.keyCount[i] = keys.length;
    this.words[i] = f.words;
    const [a, b] = f.exact;
    this.exactA[i] = a;
    this.exactB[i] = b;
  }

  private writeMeta(id: string, url: string | null): number {
    const at = this.meta.size;
    this.peek.writeUInt32LE(Buffer.byteLength(id, 'utf8'), 0);
    this.peek.writeUInt32LE(url === null ? 0 : Buffer.byteLength(url, 'utf8'), 4);
    this.meta.append(this.header);
    this.meta.appendString(id);
    if (url !== null) this.meta.appendString(url);
    return at;
  }

  private dateCode(date: string | null): number {
    if (date === null) return 0;
    const m = ISO_DAY.exec(date);
    if (m) return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) + 1;
    let code = this.otherDateCodes.get(date);
    if (code === undefined) {
      this.otherDates.push(date);
      code = -this.otherDates.length;
      this.otherDateCodes.set(date, code);
    }
    return code;
  }

  private ensure(need: number): void {
    if (need <= this.words.length) return;
    this.recordAt = grown(this.recordAt, need, GROWTH);
    this.metaAt = grown(this.metaAt, need, GROWTH);
    this.shingleCount = grown(this.shingleCount, need, GROWTH);
    this.numberCount = grown(this.numberCount, need, GROWTH);
    this.keyCount = grown(this.keyCount, need, GROWTH);
    this.words = grown(this.words, need, GROWTH);
    this.exactA = grown(this.exactA, need, GROWTH);
    this.exactB = grown(this.exactB, need, GROWTH);
    this.urlA = grown(this.urlA, need, GROWTH);
    this.urlB = grown(this.urlB, need, GROWTH);
    this.date = grown(this.date, need, GROWTH);
    this.bitmaps = grown(this.bitmaps, this.words.length * BITMAP_WORDS, GROWTH);
  }
}

function bytesOf(values: Uint32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}
