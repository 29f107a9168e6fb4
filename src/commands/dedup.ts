/**
 * `kliping dedup`: one dedup record per input article, in input order, `{id, cluster, duplicateOf,
 * similarity}`; exact, near and same-URL duplicates; optionally against an incremental SQLite index.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { INTERRUPTED, onInterrupt } from '../cli/interrupt.js';
import { openProgress } from '../cli/progress.js';
import { compareEntries } from '../dedup/compare.js';
import { Corpus, type CorpusResult, type CorpusResults } from '../dedup/corpus.js';
import { sharedPassage } from '../dedup/explain.js';
import { hex32 } from '../dedup/hash.js';
import { finishWithIndex } from '../dedup/indexed-run.js';
import { type DedupSettings, dedupSettings, type KeepRule } from '../dedup/options.js';
import { expandInputs } from '../io/expand-files.js';
import type { InputRecord, ReadOptions } from '../io/read-records.js';
import { readRecords } from '../io/read-records.js';
import { TempTexts } from '../io/temp-file.js';
import { openOutput } from '../io/write-output.js';
import { mapOrdered } from '../parallel/map-ordered.js';
import { grown } from '../typed-arrays.js';

/** Options of `kliping dedup` (and of the dedup step of `kliping clean`). */
export interface DedupOptions extends ReadOptions, Partial<DedupSettings> {
  /** `jsonl` (default) or `json`. */
  readonly format?: 'json' | 'jsonl';
  /** Add `explain` (reason, Jaccard, containment, the shared passage) to each duplicate. Default false. */
  readonly explain?: boolean;
  /** Leave recurring template paragraphs out of the comparison. Default false. */
  readonly stripRecurring?: boolean;
  /** Distinct articles of one site that make a paragraph recurring. Default 5. */
  readonly recurringMin?: number;
  /** Write a JSON report (counts, recurring paragraphs) to this file. */
  readonly report?: string;
  /** Keep the dedup state in this SQLite file and deduplicate against earlier runs. */
  readonly index?: string;
  /** Milliseconds to wait for another process holding the index. Default 60000. */
  readonly busyTimeout?: number;
  /** Write each article's exact hash, canonical URL and LSH band keys (JSONL) to this file. */
  readonly signatures?: string;
  /** Worker threads that clean the articles (dedup itself runs in the main thread). Default: the cores. */
  readonly jobs?: number;
  /** Stops reading when aborted; what was read is still clustered and written. */
  readonly signal?: AbortSignal;
}

/** Characters of output gathered before one write. */
const OUTPUT_CHUNK = 1 << 16;

/** Makes a corpus for the options. */
export function corpusFor(options: DedupOptions): Corpus {
  return new Corpus(dedupSettings(options), {
    countRecurring: options.report !== undefined,
    stripRecurring: options.stripRecurring === true,
    recurringMin: options.recurringMin,
  });
}

/** Clusters a collected corpus, against the index when one is given, and writes the index. */
export function clusterCorpus(corpus: Corpus, options: DedupOptions): CorpusResults {
  if (!options.index) return corpus.finish().results;
  return finishWithIndex(corpus, dedupSettings(options), {
    file: options.index,
    busyTimeoutMs: options.busyTimeout ?? 60000,
  });
}

/** The printed dedup record of one result. */
export function dedupRecordOf(result: CorpusResult): Record<string, unknown> {
  return {
    id: result.id,
    cluster: result.cluster,
    duplicateOf: result.duplicateOf,
    similarity: result.similarity,
  };
}

/** Runs `kliping dedup` over input records; `write` receives the output, whole lines (about 64 KB at a time). */
export async function runDedup(
  records: AsyncIterable<InputRecord>,
  options: DedupOptions,
  write: (line: string) => Promise<void> | void,
): Promise<{ failed: number }> {
  const corpus = corpusFor(options);
  // --explain: the bodies wait in a temporary file (numbered by corpus position).
  const bodies = new TempTexts('bodies.txt');
  try {
    // Per input row: its corpus position, or −1 for a failed row (its id and error in `failures`).
    let positions = new Int32Array(1024);
    let rows = 0;
    const failures = new Map<number, { id: string; error: string }>();
    let failed = 0;
    const spec = { kind: 'clean', line: false } as const;
    const pool = { jobs: options.jobs, signal: options.signal };
    for await (const { record, result } of mapOrdered(records, spec, pool)) {
      positions = grown(positions, rows + 1);
      const input = result.corpusInput;
      if (result.error !== undefined || !input) {
        failed++;
        const id = result.id || record.meta.id || String(record.index);
        failures.set(rows, { id, error: result.error ?? 'no result' });
        positions[rows++] = -1;
        continue;
      }
      const position = corpus.add(input);
      positions[rows++] = position;
      if (options.explain) bodies.push(input.paragraphs.join('\n'));
    }
    const results = clusterCorpus(corpus, options);
    if (options.signatures) writeSignatures(options.signatures, corpus, positions.subarray(0, rows));
    const json = options.format === 'json';
    // Lines are gathered into chunks of about 64 KB: one write (and one wait for the stream) per chunk.
    let pending = json ? '[\n' : '';
    let first = true;
    for (let row = 0; row < rows; row++) {
      const position = positions[row] as number;
      let record: Record<string, unknown>;
      if (position < 0) {
        const { id, error } = failures.get(row) as { id: string; error: string };
        record = { id, cluster: id, duplicateOf: null, similarity: null, error };
      } else {
        const result = results.get(position);
        record = dedupRecordOf(result);
        if (options.explain && result.duplicateOf !== null)
          record.explain = explainOf(corpus, bodies, position, result, options);
      }
      pending += json ? `${first ? '' : ',\n'}${JSON.stringify(record)}` : `${JSON.stringify(record)}\n`;
      first = false;
      if (pending.length >= OUTPUT_CHUNK) {
        await write(pending);
        pending = '';
      }
    }
    if (json) pending += first ? ']\n' : '\n]\n';
    if (pending !== '') await write(pending);
    if (options.report)
      await writeFile(options.report, `${JSON.stringify(reportOf(corpus, results, failed), null, 2)}\n`);
    return { failed };
  } finally {
    corpus.remove();
    bodies.remove();
  }
}

/** `--signatures`: per article, its exact key, canonical URL and band keys (JSONL), written as they come. */
function writeSignatures(file: string, corpus: Corpus, positions: Int32Array): void {
  const fd = openSync(file, 'w');
  try {
    let pending: string[] = [];
    let length = 0;
    for (const position of positions) {
      if (position < 0) continue;
      const f = corpus.fingerprintOf(position);
      if (!f) continue;
      const { id, url } = corpus.inputOf(position);
      const line = JSON.stringify({
        id,
        exact: hex32(f.exact[0]) + hex32(f.exact[1]),
        url,
        bands: [...f.keys].map(hex32),
      });
      pending.push(line);
      length += line.length + 1;
      if (length >= 1 << 20) {
        writeSync(fd, `${pending.join('\n')}\n`);
        pending = [];
        length = 0;
      }
    }
    if (pending.length) writeSync(fd, `${pending.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}

function explainOf(
  corpus: Corpus,
  bodies: TempTexts,
  position: number,
  result: CorpusResult,
  options: DedupOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = { reason: result.reason };
  const kept = result.keptIndex;
  if (kept === null) return out;
  const a = corpus.fingerprintOf(position);
  const b = corpus.fingerprintOf(kept);
  if (a && b) {
    const verdict = compareEntries(
      { fingerprint: a, url: corpus.inputOf(position).url },
      { fingerprint: b, url: corpus.inputOf(kept).url },
      dedupSettings(options),
    );
    out.jaccard = Math.round(verdict.jaccard * 1000) / 1000;
    out.containment = Math.round(verdict.containment * 1000) / 1000;
  }
  const body = bodies.get(position);
  const keptBody = bodies.get(kept);
  if (body !== undefined && keptBody !== undefined) out.shared = sharedPassage(body, keptBody);
  return out;
}

/** The `--report` document: counts and the recurring paragraphs. */
export function reportOf(corpus: Corpus, results: CorpusResults, failed: number): Record<string, unknown> {
  let duplicates = 0;
  for (let i = 0; i < results.size; i++) if (results.isDuplicate(i)) duplicates++;
  return {
    articles: results.size + failed,
    failed,
    clusters: results.clusterCount(),
    duplicates,
    recurring: corpus.recurringParagraphs(),
  };
}

/** Reads the dedup flags that commander parsed into options. */
export function dedupOptionsOf(flags: Record<string, unknown>): DedupOptions {
  const num = (v: unknown) => (v === undefined ? undefined : Number(v));
  return {
    textField: flags.textField as string | undefined,
    idField: flags.idField as string | undefined,
    titleField: flags.titleField as string | undefined,
    dateField: flags.dateField as string | undefined,
    urlField: flags.urlField as string | undefined,
    format: flags.format === 'json' ? 'json' : 'jsonl',
    keep: flags.keep as KeepRule | undefined,
    jaccard: num(flags.jaccard),
    containment: num(flags.containment),
    numbers: num(flags.numbers),
    shingleSize: num(flags.shingleSize),
    bands: num(flags.bands),
    rows: num(flags.rows),
    byUrl: flags.url !== false,
    explain: flags.explain === true,
    stripRecurring: flags.stripRecurring === true,
    recurringMin: num(flags.recurringMin),
    report: flags.report as string | undefined,
    index: flags.index as string | undefined,
    busyTimeout: num(flags.busyTimeout),
    signatures: flags.signatures as string | undefined,
    jobs: num(flags.jobs),
  };
}

/** Adds the dedup flags (shared by `dedup` and `clean`) to a command. */
export function withDedupOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--keep <rule>', 'which article of a cluster is kept')
        .choices(['first', 'longest', 'earliest'])
        .default('first'),
    )
    .option('--jaccard <x>', 'shingle Jaccard that makes a near duplicate (default 0.6)')
    .option('--containment <x>', 'containment of the shorter body that makes a duplicate (default 0.9)')
    .option('--numbers <x>', 'share of figures and dates two duplicates must have in common (default 0.8)')
    .option('--shingle-size <n>', 'words per shingle (default 4)')
    .option('--bands <n>', 'LSH bands (default 24)')
    .option('--rows <n>', 'MinHash values per band (default 3)')
    .option('--no-url', 'do not treat the same canonical URL as the same article')
    .option('--strip-recurring', 'leave paragraphs that recur across a site out (and out of clean bodies)')
    .option('--recurring-min <n>', 'articles of one site that make a paragraph recurring (default 5)')
    .option('--report <file>', 'write a JSON report: counts and recurring paragraphs')
    .option('--index <file>', 'SQLite index: deduplicate against earlier runs and add this one')
    .option('--busy-timeout <ms>', 'wait this long for another process on the index (default 60000)')
    .option('--signatures <file>', 'write band keys per article (JSONL) for grouping on another engine');
}

/** What the CLI shell shares with the commands registered here. */
export interface CliShared {
  /** Adds --text-field, --id-field, … */
  readonly withInputOptions: (command: Command) => Command;
  /** Receives the command's exit code. */
  readonly setCode: (code: number) => void;
  /** Adds -j/--jobs (worker threads). */
  readonly withJobsOption: (command: Command) => Command;
}

/**
 * Runs a corpus command (`dedup`, `clean`) over its input files: a progress bar on standard error when that is a
 * terminal (unless `--quiet`), and SIGINT handling (the first stops reading, what was read is clustered and
 * written, exit 130; a second exits at once). `run` gets the records and the signal to pass to the pool.
 */
export async function runCorpusCommand(
  files: readonly string[],
  flags: Record<string, unknown>,
  options: DedupOptions,
  shared: CliShared,
  run: (records: AsyncIterable<InputRecord>, signal: AbortSignal) => Promise<{ failed: number }>,
): Promise<void> {
  const inputs = files.length ? expandInputs(files) : ['-'];
  const toStdout = flags.output === undefined || flags.output === '-';
  const progress = openProgress(inputs, flags.quiet === true, toStdout && process.stdout.isTTY === true);
  const interrupt = onInterrupt();
  let count = 0;
  async function* counted(): AsyncGenerator<InputRecord> {
    for await (const record of readRecords(inputs, { ...options, onBytes: (n) => progress.bytes(n) })) {
      count++;
      progress.article();
      yield record;
    }
  }
  try {
    const { failed } = await run(counted(), interrupt.signal);
    progress.finish();
    if (interrupt.signal.aborted) {
      process.stdin.destroy();
      if (flags.quiet !== true) process.stderr.write(`kliping: interrupted after ${count} records\n`);
      shared.setCode(INTERRUPTED);
    } else shared.setCode(failed ? 1 : 0);
  } catch (error) {
    progress.finish();
    reportFailure(error, shared);
  } finally {
    interrupt.dispose();
  }
}

/** Prints a run that could not finish (unreadable index, …) as `kliping: message`; exit code 2. */
export function reportFailure(error: unknown, shared: CliShared): void {
  process.stderr.write(`kliping: ${error instanceof Error ? error.message : String(error)}\n`);
  shared.setCode(2);
}

/** Registers `kliping dedup` on the program. */
export function registerDedupCommand(program: Command, shared: CliShared): Command {
  const command = shared.withInputOptions(
    program
      .command('dedup')
      .description('find exact, near and same-URL duplicate articles: one record per input article, in order')
      .argument('[files...]', 'JSONL/CSV corpora (.gz too); "-" or none reads standard input'),
  );
  withDedupOptions(command)
    .addOption(new Option('--format <format>', 'output: jsonl (default) or json').choices(['json', 'jsonl']))
    .option('--explain', 'add to each duplicate why, with its similarity and the passage the two share')
    .option('-o, --output <file>', 'write records to FILE instead of standard output')
    .option('-q, --quiet', 'no progress bar on standard error');
  shared.withJobsOption(command).action(async (files: string[], flags: Record<string, unknown>) => {
    const options = dedupOptionsOf(flags);
    const output = openOutput(flags.output as string | undefined);
    try {
      await runCorpusCommand(files, flags, options, shared, (records, signal) =>
        runDedup(records, { ...options, signal }, (line) => output.write(line)),
      );
    } finally {
      await output.close();
    }
  });
  return command;
}
