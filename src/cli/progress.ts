/**
 * A one-line progress bar on standard error when it is a terminal: articles, articles per second and, when
 * the input's size is known, the share of bytes read and an ETA. Silent otherwise (and with `--quiet`).
 */
import { statSync } from 'node:fs';

/** Progress of a batch job; every method is a no-op when disabled. */
export interface Progress {
  /** Counts bytes read from the input files. */
  bytes(count: number): void;
  /** Counts one finished article. */
  article(): void;
  /** Prints a message on its own line (the bar is redrawn after it). */
  log(message: string): void;
  /** Clears the bar. */
  finish(): void;
}

/** The total size of the input files in bytes, or null when one is standard input or unknown. */
export function totalBytes(files: readonly string[]): number | null {
  if (!files.length) return null;
  let total = 0;
  for (const file of files) {
    if (file === '-') return null;
    try {
      total += statSync(file).size;
    } catch {
      // A missing file is reported by the reader; it adds nothing here.
    }
  }
  return total;
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** Renders the bar's text (exported for tests). */
export function progressLine(articles: number, seconds: number, read: number, total: number | null): string {
  const rate = seconds > 0 ? articles / seconds : 0;
  const parts = [`${articles.toLocaleString('en')} articles`, `${Math.round(rate).toLocaleString('en')}/s`];
  if (total && total > 0) {
    const share = Math.min(1, read / total);
    const width = 20;
    const filled = Math.round(share * width);
    parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%`);
    parts.push(`${megabytes(read)} of ${megabytes(total)}`);
    if (share > 0 && seconds > 1) parts.push(`ETA ${duration((seconds / share) * (1 - share))}`);
  }
  return parts.join('  ');
}

/**
 * Opens the progress bar for these input files; disabled when `quiet`, when standard error is no terminal,
 * or when the data itself goes to the same terminal (`toTerminal`), where the bar would tear it.
 */
export function openProgress(files: readonly string[], quiet = false, toTerminal = false): Progress {
  const stream = process.stderr;
  const log = (message: string) => stream.write(`${message}\n`);
  if (quiet || toTerminal || !stream.isTTY) return { bytes() {}, article() {}, log, finish() {} };
  const total = totalBytes(files);
  const started = Date.now();
  let read = 0;
  let articles = 0;
  let last = 0;
  let shown = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    shown = true;
    const line = progressLine(articles, (now - started) / 1000, read, total);
    stream.write(`\r\x1b[K${line.slice(0, Math.max(20, (stream.columns || 80) - 1))}`);
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    bytes(count) {
      read += count;
    },
    article() {
      articles++;
      draw();
    },
    log(message) {
      clear();
      log(message);
      draw(true);
    },
    finish() {
      clear();
    },
  };
}
