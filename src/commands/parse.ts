import { failedArticle, safeParse } from '../index.js';
import { type InputRecord, type ReadOptions, readRecords } from '../io/read-records.js';
import { openOutput } from '../io/write-output.js';
import type { Article } from '../model.js';
import { summarize } from './summary.js';

/** How `parse` writes its records. */
export type OutputFormat = 'json' | 'jsonl' | 'summary';

/** Options of `kliping parse`. */
export interface ParseOptions extends ReadOptions {
  readonly format: OutputFormat;
  readonly output?: string;
  readonly quiet?: boolean;
}

/** Turns one input record into an article record (a failed read becomes an error record). */
export function articleOf(record: InputRecord): Article {
  if (record.error || record.text === null) return failedArticle(record.meta, record.error ?? 'no text');
  const article = safeParse(record.text, record.meta);
  if (!record.diagnostics.length) return article;
  return { ...article, diagnostics: [...record.diagnostics, ...article.diagnostics] };
}

/** Where a record came from, for messages: `file:line` or `file`. */
export function whereOf(record: InputRecord): string {
  return record.line === null ? record.file : `${record.file}:${record.line}`;
}

/** Runs `kliping parse`: one record per input article, in input order. Returns the exit code. */
export async function runParse(files: readonly string[], options: ParseOptions): Promise<number> {
  const output = openOutput(options.output);
  let failed = 0;
  let first = true;
  if (options.format === 'json') await output.write('[');
  for await (const record of readRecords(files, options)) {
    const article = articleOf(record);
    if (article.error) {
      failed++;
      const message = article.error.startsWith(record.file)
        ? article.error
        : `${whereOf(record)}: ${article.error}`;
      process.stderr.write(`kliping: ${message}\n`);
    }
    if (options.format === 'summary') await output.write(summarize(article));
    else if (options.format === 'json')
      await output.write(`${first ? '\n' : ',\n'}${JSON.stringify(article)}`);
    else await output.write(`${JSON.stringify(article)}\n`);
    first = false;
    if (output.closed) break;
  }
  if (options.format === 'json') await output.write(first ? ']\n' : '\n]\n');
  await output.close();
  return failed ? 1 : 0;
}
