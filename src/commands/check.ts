/**
 * `kliping check`: measures a dataset's health with the cleaning pipeline and compares it with limits.
 * Exit 0 when every limit holds, 1 when one fails, 2 for a usage error or an unreadable input file.
 */
import { type BatchOptions, runBatch } from '../cli/run-batch.js';
import { openOutput } from '../io/write-output.js';
import { type CheckFormat, renderCheck } from '../report/check-formats.js';
import { Collector, type DatasetStats, DEFAULT_MIN_WORDS } from '../report/collect.js';
import { evaluateLimits, type Limits, type Verdict } from '../report/limits.js';

/** Options of `kliping check`. */
export interface CheckOptions extends BatchOptions, Limits {
  /** Default `text`. */
  readonly format?: CheckFormat;
  readonly output?: string;
  /** Bodies with fewer words are too short. Default 40. */
  readonly minWords?: number;
  /** Measure only articles in these languages (ISO 639-3); the rest are set aside (`--rejects`). */
  readonly languages?: readonly string[];
}

/** Reads the inputs and gathers their health figures (shared by `check` and `stats`). */
export async function collectStats(
  files: readonly string[],
  options: BatchOptions & { readonly minWords?: number; readonly languages?: readonly string[] },
): Promise<{ stats: DatasetStats; interrupted: boolean }> {
  const collector = new Collector(options.minWords ?? DEFAULT_MIN_WORDS);
  // Failures are data here: they are counted and listed in the report, not printed one by one.
  const outcome = await runBatch(
    files,
    { ...options, onError: 'report', reportFailures: false, liveOutput: false },
    { kind: 'observe', ...(options.languages?.length ? { languages: options.languages } : {}) },
    ({ result }) => {
      if (result.observation) collector.add(result.observation);
      return false;
    },
  );
  return { stats: collector.finish(outcome.setAside), interrupted: outcome.interrupted };
}

/** The exit code of a check: 2 when an input file was unreadable, 1 when a limit failed, else 0. */
export function checkExitCode(stats: DatasetStats, verdicts: readonly Verdict[]): number {
  if (stats.unreadableFiles.length) return 2;
  return verdicts.every((v) => v.ok) ? 0 : 1;
}

/** Runs `kliping check`; returns the exit code. */
export async function runCheck(files: readonly string[], options: CheckOptions): Promise<number> {
  const { stats, interrupted } = await collectStats(files, options);
  const verdicts = evaluateLimits(stats, options);
  const output = openOutput(options.output);
  await output.write(renderCheck(options.format ?? 'text', stats, verdicts));
  await output.close();
  for (const file of stats.unreadableFiles)
    if (options.format !== 'github') process.stderr.write(`kliping: ${file}: unreadable\n`);
  if (interrupted) return 130;
  return checkExitCode(stats, verdicts);
}
