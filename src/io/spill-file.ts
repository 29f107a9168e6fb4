/**
 * A temporary JSONL file for work that must wait for the whole input (clustering) without holding every record
 * in memory: lines are appended while reading, then read back in order once, and the file is removed.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitLines } from './split-byte-lines.js';

/** Bytes gathered before one write system call. */
const FLUSH_AT = 1 << 20;

/** Lines written now and read back later, in order, from a file in the system's temporary directory. */
export class SpillFile {
  private readonly dir: string;
  private readonly path: string;
  private fd: number | null;
  /** Lines encoded as UTF-8 and waiting for one write system call. */
  private readonly buffer = Buffer.allocUnsafe(FLUSH_AT);
  private used = 0;
  private readonly cleanup = () => this.remove();

  constructor(directory = tmpdir()) {
    this.dir = mkdtempSync(join(directory, 'kliping-'));
    this.path = join(this.dir, 'spill.jsonl');
    this.fd = openSync(this.path, 'w');
    // Removed on a normal end by `remove`; this catches an exit on an error or a second SIGINT.
    process.once('exit', this.cleanup);
  }

  /** Appends one line (without its newline; it must hold none, as a JSON text does not). */
  append(line: string): void {
    if (this.fd === null) throw new Error('spill file already read');
    // A UTF-16 unit takes at most 3 bytes of UTF-8; a line that may not fit the buffer is written on its own.
    const most = line.length * 3 + 1;
    if (this.used + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) {
        writeSync(this.fd, `${line}\n`);
        return;
      }
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.buffer[this.used++] = 10;
  }

  /** Reads every appended line back, in order; appending ends here. */
  async *lines(): AsyncGenerator<string> {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    for await (const bytes of splitLines(createReadStream(this.path, { highWaterMark: 1 << 20 })))
      yield bytes.toString('utf8');
  }

  /** Removes the file (safe to call twice). */
  remove(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.dir, { recursive: true, force: true });
    process.off('exit', this.cleanup);
  }

  private flush(): void {
    if (this.fd === null || this.used === 0) return;
    let at = 0;
    while (at < this.used) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }
}
