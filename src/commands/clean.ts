/**
 * `kliping clean`: the cleaning pipeline, a language filter and dedup over a corpus; writes the kept articles
 * (article record plus `body` and `cluster`) as JSONL, and everything set aside, with why, to `--rejects`.
 */

import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { languageCodes } from '../cli/language-codes.js';
import type { InputRecord } from '../io/read-records.js';
import { SpillFile } from '../io/spill-file.js';
import { openOutput } from '../io/write-output.js';
import type { Article, Removed } from '../model.js';
import { mapOrdered } from '../parallel/map-ordered.js';
import { grown } from '../typed-arrays.js';
import {
  type CliShared,
  clusterCorpus,
  corpusFor,
  type DedupOptions,
  dedupOptionsOf,
  reportOf,
  runCorpusCommand,
  withDedupOptions,
} from './dedup.js';

/** Options of `kliping clean`. */
export interface CleanOptions extends DedupOptions {
  /** ISO 639-3 codes to keep (`ind`, `zsm`); empty or unset keeps every language. */
  readonly languages?: readonly string[];
  /** Write one JSON line per set-aside article (duplicate, language, error) with the reason. */
  readonly rejects?: (line: string | Uint8Array) => Promise<void> | void;
}

const NEWLINE = Buffer.from('\n');

/** A spilled line's bytes with `end` after them, in one buffer (one write, no decoding and encoding again). */
function withEnd(line: Uint8Array, end: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(line.length + end.length);
  out.set(line, 0);
  out.set(end, line.length);
  return out;
}

/** Why an article left the clean corpus. */
export type RejectReason = 'duplicate' | 'language' | 'error';

/** Takes recurring template paragraphs out of an article's body, into `removed`. */
export function stripParagraphs(article: Article, isRecurring: (text: string) => boolean): Article {
  const kept = article.paragraphs.filter((p) => !isRecurring(p.text));
  if (kept.length === article.paragraphs.length) return article;
  const removed: Removed[] = article.paragraphs
    .filter((p) => isRecurring(p.text))
    .map((p) => ({
      text: p.text,
      start: p.start,
      end: p.end,
      reason: 'boilerplate',
      rule: 'recurring-template',
    }));
  return {
    ...article,
    paragraphs: kept,
    removed: [...article.removed, ...removed].sort((a, b) => a.start - b.start),
  };
}

/**
 * Runs `kliping clean` over input records; `write` receives each kept article's line. While the corpus is read,
 * each article's line waits in a temporary file, not in memory; once the clusters are known the file is read back
 * in input order and each line goes to the output or to the rejects.
 */
export async function runClean(
  records: AsyncIterable<InputRecord>,
  options: CleanOptions,
  write: (line: string | Uint8Array) => Promise<void> | void,
): Promise<{ failed: number; kept: number; rejected: number }> {
  const corpus = corpusFor(options);
  const languages = new Set(options.languages ?? []);
  // Per input row: its corpus position, or -1 when its spilled line is already a reject line.
  let positions = new Int32Array(1024);
  let rows = 0;
  const spill = new SpillFile();
  try {
    let failed = 0;
    const pool = { jobs: options.jobs, signal: options.signal };
    for await (const { record, result } of mapOrdered(records, { kind: 'clean' }, pool)) {
      let position = -1;
      // The article's line: a worker's bytes without their newline, or the string made in this thread.
      let line = result.jsonLine?.subarray(0, -1) ?? result.json;
      const id = result.id ?? record.meta.id ?? '';
      if (result.error !== undefined || !result.corpusInput || line === undefined) {
        failed++;
        line = JSON.stringify({ id, reason: 'error', error: result.error ?? 'no result' });
      } else if (languages.size && !languages.has(result.language?.code ?? 'und')) {
        line = JSON.stringify({ id, reason: 'language', language: result.language });
      } else {
        position = corpus.add(result.corpusInput);
      }
      positions = grown(positions, rows + 1);
      positions[rows++] = position;
      spill.append(line);
    }
    const results = clusterCorpus(corpus, options);
    let kept = 0;
    let rejected = 0;
    let row = 0;
    for await (const line of spill.lines()) {
      const position = positions[row++] as number;
      const result = position < 0 ? null : results.get(position);
      if (!result || result.duplicateOf !== null) {
        rejected++;
        if (!options.rejects) continue;
        if (result)
          await options.rejects(
            `${JSON.stringify({
              id: result.id,
              reason: 'duplicate',
              cluster: result.cluster,
              duplicateOf: result.duplicateOf,
              similarity: result.similarity,
            })}\n`,
          );
        else await options.rejects(withEnd(line, NEWLINE));
        continue;
      }
      kept++;
      const cluster = JSON.stringify(result.cluster);
      if (options.stripRecurring) {
        const site = corpus.siteAt(position);
        const stored = JSON.parse(line.toString('utf8')) as Article & { body: string };
        const article = stripParagraphs(stored, (text) => corpus.isRecurring(site, text));
        const body = article === stored ? stored.body : bodyOf(article);
        await write(`${JSON.stringify({ ...article, body, cluster: result.cluster })}\n`);
      } else await write(withEnd(line.subarray(0, -1), Buffer.from(`,"cluster":${cluster}}\n`)));
    }
    if (options.report) {
      const report = { ...reportOf(corpus, results, failed), kept, rejected };
      await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
    }
    return { failed, kept, rejected };
  } finally {
    spill.remove();
    corpus.remove();
  }
}

/** The clean body: the kept paragraphs joined by a blank line. */
function bodyOf(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n\n');
}

/** Registers `kliping clean` on the program. */
export function registerCleanCommand(program: Command, shared: CliShared): Command {
  const command = shared.withInputOptions(
    program
      .command('clean')
      .description('clean, filter by language and deduplicate a corpus; write the kept articles as JSONL')
      .argument('[files...]', 'JSONL/CSV corpora (.gz too); "-" or none reads standard input'),
  );
  withDedupOptions(command)
    .addOption(
      new Option('--languages <codes>', 'keep only these ISO 639-3 languages, e.g. ind,zsm (default: all)'),
    )
    .option(
      '--rejects <file>',
      'write every set-aside article (duplicate, language, error) with why, as JSONL',
    )
    .option('-o, --output <file>', 'write the clean corpus to FILE (gzipped when it ends in .gz)')
    .option('-q, --quiet', 'no progress bar on standard error');
  shared.withJobsOption(command).action(async (files: string[], flags: Record<string, unknown>) => {
    const languages = languageCodes(flags.languages) ?? [];
    const output = openOutput(flags.output as string | undefined);
    const rejects = typeof flags.rejects === 'string' ? openOutput(flags.rejects) : null;
    const options: CleanOptions = {
      ...dedupOptionsOf(flags),
      languages,
      rejects: rejects ? (line) => rejects.write(line) : undefined,
    };
    try {
      await runCorpusCommand(files, flags, options, shared, (records, signal) =>
        runClean(records, { ...options, signal }, (line) => output.write(line)),
      );
    } finally {
      await output.close();
      await rejects?.close();
    }
  });
  return command;
}
