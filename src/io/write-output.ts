import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';

/** A line sink that respects back-pressure and ends quietly when the reader goes away (`| head -1`). */
export interface Output {
  /** Writes a chunk; resolves when the stream can take more. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes and closes (standard output is flushed, not closed). */
  close(): Promise<void>;
  /** True once the reader has gone away (EPIPE); callers may stop early. */
  readonly closed: boolean;
}

/** Opens standard output, or FILE (gzipped when it ends in `.gz`). */
export function openOutput(file?: string): Output {
  let target: Writable;
  let sink: Writable;
  if (file && file !== '-') {
    sink = createWriteStream(file);
    target = file.endsWith('.gz') ? createGzip() : sink;
    if (target !== sink) target.pipe(sink);
  } else {
    sink = process.stdout;
    target = process.stdout;
  }
  let closed = false;
  let failure: Error | null = null;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else failure = error;
  };
  target.on('error', onError);
  if (sink !== target) sink.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (failure) throw failure;
      if (closed) return;
      if (!target.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            target.off('drain', done);
            target.off('error', done);
            target.off('close', done);
            resolve();
          };
          target.once('drain', done);
          target.once('error', done);
          target.once('close', done);
        });
      }
    },
    async close() {
      if (failure) throw failure;
      if (target === process.stdout || closed) return;
      await new Promise<void>((resolve, reject) => {
        sink.once('finish', resolve);
        sink.once('close', resolve);
        sink.once('error', reject);
        target.end();
      });
    },
  };
}
