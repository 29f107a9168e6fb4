/** `kliping stats`: a dataset's figures as text or JSON, and with `--html FILE` a self-contained report page. */
import { writeFile } from 'node:fs/promises';
import type { BatchOptions } from '../cli/run-batch.js';
import { openOutput } from '../io/write-output.js';
import { renderStatsText } from '../report/check-formats.js';
import { renderHtml } from '../report/html.js';
import { collectStats } from './check.js';

/** Options of `kliping stats`. */
export interface StatsOptions extends BatchOptions {
  /** `text` or `json`; default: `text`, or nothing on standard output when `html` is given. */
  readonly format?: 'text' | 'json';
  readonly output?: string;
  /** Write the HTML report here. */
  readonly html?: string;
  /** Bodies with fewer words are too short. Default 40. */
  readonly minWords?: number;
  /** Measure only articles in these languages (ISO 639-3); the rest are set aside (`--rejects`). */
  readonly languages?: readonly string[];
}

/** Runs `kliping stats`; returns the exit code (2 when an input file was unreadable). */
export async function runStats(files: readonly string[], options: StatsOptions): Promise<number> {
  const { stats, interrupted } = await collectStats(files, options);
  if (options.html) await writeFile(options.html, renderHtml(stats));
  if (!options.html || options.format) {
    const output = openOutput(options.output);
    if (options.format === 'json') await output.write(`${JSON.stringify(stats)}\n`);
    else await output.write(renderStatsText(stats));
    await output.close();
  }
  for (const file of stats.unreadableFiles) process.stderr.write(`kliping: ${file}: unreadable\n`);
  if (interrupted) return 130;
  return stats.unreadableFiles.length ? 2 : 0;
}
