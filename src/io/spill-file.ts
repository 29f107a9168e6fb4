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
  private pending: string[] = [];
  private pendingLength = 0;
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
    this.pending.push(line);
    this.pendingLength += line.length + 1;
    if (this.pendingLength >= FLUSH_AT) this.flush();
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
    if (this.fd === null || this.pending.length === 0) return;
    this.pending.push('');
    writeSync(this.fd, this.pending.join('\n'));
    this.pending = [];
    this.pendingLength = 0;
  }
}
