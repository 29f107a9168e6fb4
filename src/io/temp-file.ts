/**
 * A temporary binary file for state that need not stay in memory (dedup's shingles, ids, URLs; clean's lines): bytes are
 * appended through a buffer and read back at an offset with `readSync`, so a million articles cost disk and
 * page cache, not process memory. The file lives in the system's temporary directory (`TMPDIR`) and is
 * removed by `remove`, or when the process exits.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes gathered before one write system call. */
const FLUSH_AT = 1 << 20;

// One exit hook for every open file (not one listener per file).
const open = new Set<TempFile>();
let hooked = false;
function removeAll(): void {
  for (const file of [...open]) file.remove();
}

/** An append-then-read temporary file; `read` may be called at any time (pending bytes are flushed first). */
export class TempFile {
  private dir: string | null = null;
  private fd: number | null = null;
  private buffer = Buffer.allocUnsafe(FLUSH_AT);
  private pending = 0;
  private written = 0;
  /** A window of the file kept by `read`, so that reading in order costs one system call per window. */
  private window = Buffer.allocUnsafe(0);
  private windowStart = 0;
  private windowEnd = 0;
  /** For strings read behind the window. */
  private side = Buffer.allocUnsafe(256);

  constructor(
    private readonly name: string,
    private readonly windowSize = 1 << 16,
    private readonly directory = tmpdir(),
  ) {}

  /** Bytes appended so far (the offset of the next append). */
  get size(): number {
    return this.written + this.pending;
  }

  /** Appends bytes; returns their offset. */
  append(bytes: Uint8Array): number {
    const at = this.size;
    if (this.pending + bytes.length > this.buffer.length) this.flush();
    if (bytes.length > this.buffer.length) this.writeOut(bytes);
    else {
      this.buffer.set(bytes, this.pending);
      this.pending += bytes.length;
    }
    return at;
  }

  /** Appends a string as UTF-8; returns its offset and byte length. */
  appendString(text: string): { offset: number; length: number } {
    const offset = this.size;
    if (this.pending + text.length * 3 > this.buffer.length) this.flush();
    if (text.length * 3 > this.buffer.length) {
      const bytes = Buffer.from(text, 'utf8');
      this.writeOut(bytes);
      return { offset, length: bytes.length };
    }
    const length = this.buffer.write(text, this.pending, 'utf8');
    this.pending += length;
    return { offset, length };
  }

  /**
   * Reads `length` bytes at `offset` into `into` (from its start). Reads through the window when they fit
   * in it, so that nearby reads cost no system call.
   */
  read(offset: number, length: number, into: Uint8Array): void {
    if (length === 0) return;
    if (offset >= this.windowStart && offset + length <= this.windowEnd) {
      const from = offset - this.windowStart;
      into.set(this.window.subarray(from, from + length));
      return;
    }
    // Forward reads (in order) go through the window; a read behind it (an earlier article) reads just
    // its bytes and keeps the window for the reads in order.
    if (length > this.windowSize || offset < this.windowStart) {
      if (offset + length > this.written) this.flush();
      this.readAt(into, 0, length, offset);
      return;
    }
    this.fill(offset);
    into.set(this.window.subarray(0, length));
  }

  /** Reads a UTF-8 string of `length` bytes at `offset`. */
  readString(offset: number, length: number): string {
    if (length === 0) return '';
    if (offset >= this.windowStart && offset + length <= this.windowEnd) {
      const from = offset - this.windowStart;
      return this.window.toString('utf8', from, from + length);
    }
    if (length > this.windowSize || offset < this.windowStart) {
      if (this.side.length < length) this.side = Buffer.allocUnsafe(Math.max(length, 2 * this.side.length));
      this.read(offset, length, this.side);
      return this.side.toString('utf8', 0, length);
    }
    this.fill(offset);
    return this.window.toString('utf8', 0, length);
  }

  /** Writes out what is buffered and returns the file's path (null while nothing was appended). */
  sync(): string | null {
    this.flush();
    return this.dir === null ? null : join(this.dir, this.name);
  }

  /** Makes the window start at `offset`. */
  private fill(offset: number): void {
    this.flush();
    if (this.window.length < this.windowSize) this.window = Buffer.allocUnsafe(this.windowSize);
    const got = this.readAt(this.window, 0, Math.min(this.windowSize, this.written - offset), offset);
    this.windowStart = offset;
    this.windowEnd = offset + got;
  }

  /** Removes the file (safe to call twice; appending afterwards starts a new file). */
  remove(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
    this.pending = 0;
    this.written = 0;
    this.windowStart = 0;
    this.windowEnd = 0;
    open.delete(this);
  }

  private flush(): void {
    if (this.pending === 0) return;
    this.writeOut(this.buffer.subarray(0, this.pending));
    this.pending = 0;
  }

  private writeOut(bytes: Uint8Array): void {
    const fd = this.descriptor();
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }

  private readAt(into: Uint8Array, at: number, length: number, position: number): number {
    const fd = this.descriptor();
    let done = 0;
    while (done < length) {
      const got = readSync(fd, into, at + done, length - done, position + done);
      if (got === 0) break;
      done += got;
    }
    return done;
  }

  private descriptor(): number {
    if (this.fd !== null) return this.fd;
    this.dir = mkdtempSync(join(this.directory, 'kliping-'));
    this.fd = openSync(join(this.dir, this.name), 'w+');
    open.add(this);
    if (!hooked) {
      hooked = true;
      process.on('exit', removeAll);
    }
    return this.fd;
  }
}

/** Strings numbered 0, 1, 2, … in a temporary file: 12 bytes of memory each, read back by number. */
export class TempTexts {
  private readonly file: TempFile;
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private count = 0;

  constructor(name = 'texts.txt') {
    this.file = new TempFile(name);
  }

  /** Number of strings. */
  get size(): number {
    return this.count;
  }

  /** Appends a string; returns its number. */
  push(text: string): number {
    if (this.count === this.offsets.length) {
      const offsets = new Float64Array(Math.ceil(this.count * 1.5));
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lengths = new Uint32Array(offsets.length);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    const { offset, length } = this.file.appendString(text);
    this.offsets[this.count] = offset;
    this.lengths[this.count] = length;
    return this.count++;
  }

  /** The string numbered `index`, or undefined. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    return this.file.readString(this.offsets[index] as number, this.lengths[index] as number);
  }

  /** Removes the file. */
  remove(): void {
    this.file.remove();
    this.count = 0;
  }
}
