import { type BatchOptions, exitCodeOf, runBatch } from '../cli/run-batch.js';
import { openOutput } from '../io/write-output.js';
import { summarize } from './summary.js';

export { whereOf } from '../cli/run-batch.js';

/** How `parse` writes its records. */
export type OutputFormat = 'json' | 'jsonl' | 'summary';

/** Options of `kliping parse`. */
export interface ParseOptions extends BatchOptions {
  readonly format: OutputFormat;
  readonly output?: string;
  /** Run only the cleaning stages (the `clean` job). Default false. */
  readonly cleanOnly?: boolean;
  /** Keep only these languages (ISO 639-3); the rest go to `--rejects` with the reason. Default: all. */
  readonly languages?: readonly string[];
  /** Add `languageExplanation` (candidates and scores of both language steps) to each record. */
  readonly explainLanguage?: boolean;
}

/** Runs `kliping parse`: one record per input article, in input order. Returns the exit code. */
export async function runParse(files: readonly string[], options: ParseOptions): Promise<number> {
  const output = openOutput(options.output);
  const format = options.format;
  let first = true;
  let outcome: Awaited<ReturnType<typeof runBatch>>;
  try {
    if (format === 'json') await output.write('[');
    outcome = await runBatch(
      files,
      // A person reads the summary as it comes: one job keeps it streaming record by record.
      format === 'summary' ? { ...options, jobs: 1 } : options,
      {
        kind: 'article',
        cleanOnly: options.cleanOnly === true,
        keepObject: format === 'summary',
        ...(options.languages?.length ? { languages: options.languages } : {}),
        ...(options.explainLanguage ? { explainLanguage: true } : {}),
      },
      async ({ result }) => {
        if (format === 'summary') {
          if (result.article) await output.write(summarize(result.article));
        } else if (result.jsonLine) {
          // A worker's line, as bytes with its newline: written as it is.
          if (format === 'json') {
            await output.write(first ? '\n' : ',\n');
            await output.write(result.jsonLine.subarray(0, -1));
          } else await output.write(result.jsonLine);
        } else if (format === 'json') await output.write(`${first ? '\n' : ',\n'}${result.json}`);
        else await output.write(`${result.json}\n`);
        first = false;
        return output.closed;
      },
    );
    if (format === 'json') await output.write(first ? ']\n' : '\n]\n');
  } finally {
    // Whatever was written reaches the output, also when the run failed.
    await output.close();
  }
  return exitCodeOf(outcome, options.onError);
}
