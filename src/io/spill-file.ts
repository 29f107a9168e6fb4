/**
 * A temporary JSONL file for work that must wait for the whole input (clustering) without holding every record
 * in memory: lines are appended while reading, then read back in order once, and the file is removed.
 */
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { splitLines } from './split-byte-lines.js';
import { TempFile } from './temp-file.js';

const NEWLINE = new Uint8Array([10]);

/** Lines written now and read back later, in order, from a file in the system's temporary directory. */
export class SpillFile {
  private readonly file: TempFile;
  private read = false;

  constructor(directory = tmpdir()) {
    this.file = new TempFile('spill.jsonl', 1 << 16, directory);
  }

  /** Appends one line (without its newline; it must hold none, as a JSON text does not), as text or UTF-8. */
  append(line: string | Uint8Array): void {
    if (this.read) throw new Error('spill file already read');
    if (typeof line === 'string') this.file.appendString(line);
    else this.file.append(line);
    this.file.append(NEWLINE);
  }

  /** Reads every appended line back, in order, as UTF-8 bytes without the newline; appending ends here. */
  async *lines(): AsyncGenerator<Buffer> {
    this.read = true;
    const path = this.file.sync();
    if (path === null) return;
    yield* splitLines(createReadStream(path, { highWaterMark: 1 << 20 }));
  }

  /** Removes the file (safe to call twice; also done when the process exits). */
  remove(): void {
    this.file.remove();
  }
}
