/**
 * The loop every batch command shares: expand the inputs, read records, map a task over them with worker
 * threads in input order, report each failure with its file and line, feed `--rejects`, honour
 * `--on-error`, draw progress, and stop cleanly on SIGINT.
 */
import { expandInputs } from '../io/expand-files.js';
import { type InputRecord, type ReadOptions, readRecords } from '../io/read-records.js';
import { type Mapped, mapOrdered } from '../parallel/map-ordered.js';
import type { TaskSpec } from '../parallel/tasks.js';
import { onInterrupt } from './interrupt.js';
import { openProgress } from './progress.js';
import { openRejects } from './rejects.js';

/** What to do with a record that fails: `report` (default) prints it and goes on, exit 1 at the end;
 * `skip` prints it, leaves it out of the output, exit 0; `fail` stops at the first one, exit 1. */
export type OnError = 'report' | 'skip' | 'fail';

/** Options every batch command shares. */
export interface BatchOptions extends ReadOptions {
  /** No progress bar. Default false. */
  readonly quiet?: boolean;
  /** Worker threads. Default: the number of cores. */
  readonly jobs?: number;
  /** Default `report`. */
  readonly onError?: OnError;
  /** Write every failed record here (JSONL). */
  readonly rejects?: string;
  /** Print each failed record on standard error. Default true. */
  readonly reportFailures?: boolean;
  /** Where the data goes (`-` or undefined: standard output), to keep the bar off a terminal showing data. */
  readonly output?: string;
  /** Whether records are written as they come (default true); false when the output comes at the end. */
  readonly liveOutput?: boolean;
}

/** How a batch run ended. */
export interface BatchOutcome {
  /** Records that failed. */
  readonly failed: number;
  /** Records read (processed). */
  readonly records: number;
  /** Records set aside (not failed: `--languages` left them out). */
  readonly setAside: number;
  /** Ended by SIGINT. */
  readonly interrupted: boolean;
  /** Stopped early by `--on-error fail`. */
  readonly stopped: boolean;
}

/** Where a record came from, for messages: `file:line` or `file`. */
export function whereOf(record: InputRecord): string {
  return record.line === null ? record.file : `${record.file}:${record.line}`;
}

/** The message of a failed record, naming its file and line once. */
export function failureMessage(record: InputRecord, error: string): string {
  return error.startsWith(record.file) ? error : `${whereOf(record)}: ${error}`;
}

/**
 * Runs `spec` over the records of `files`; `emit` gets each record to output (all of them, except failed ones
 * under `skip`) and returns true to stop (e.g. the reader of standard output went away).
 */
export async function runBatch(
  files: readonly string[],
  options: BatchOptions,
  spec: TaskSpec,
  emit: (mapped: Mapped) => Promise<boolean | undefined> | boolean | undefined,
): Promise<BatchOutcome> {
  const inputs = files.length ? expandInputs(files) : ['-'];
  const toStdout = options.liveOutput !== false && (options.output === undefined || options.output === '-');
  const progress = openProgress(inputs, options.quiet, toStdout && process.stdout.isTTY === true);
  const interrupt = onInterrupt();
  const rejects = openRejects(options.rejects);
  const onError = options.onError ?? 'report';
  let failed = 0;
  let records = 0;
  let setAside = 0;
  let stopped = false;
  const source = readRecords(inputs, { ...options, onBytes: (n) => progress.bytes(n) });
  try {
    for await (const mapped of mapOrdered(source, spec, { jobs: options.jobs, signal: interrupt.signal })) {
      records++;
      progress.article();
      const error = mapped.result.error;
      if (mapped.result.setAside !== undefined) {
        setAside++;
        await rejects.add(mapped.record, mapped.result.setAside);
        continue;
      }
      if (error !== undefined) {
        failed++;
        if (options.reportFailures !== false)
          progress.log(`kliping: ${failureMessage(mapped.record, error)}`);
        await rejects.add(mapped.record, error);
        if (onError !== 'skip' && (await emit(mapped))) break;
        if (onError === 'fail') {
          stopped = true;
          break;
        }
        continue;
      }
      if (await emit(mapped)) break;
    }
  } finally {
    progress.finish();
    interrupt.dispose();
    await rejects.close();
  }
  const interrupted = interrupt.signal.aborted;
  if (interrupted) {
    // Standard input may still hold the event loop open; nothing more is read from it.
    process.stdin.destroy();
    if (!options.quiet) process.stderr.write(`kliping: interrupted after ${records} records\n`);
  }
  return { failed, records, setAside, interrupted, stopped };
}

/** The exit code of a batch run: 130 when interrupted, 1 when a record failed (unless skipped), else 0. */
export function exitCodeOf(outcome: BatchOutcome, onError: OnError = 'report'): number {
  if (outcome.interrupted) return 130;
  if (outcome.failed && onError !== 'skip') return 1;
  return 0;
}
