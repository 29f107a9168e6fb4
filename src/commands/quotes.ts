import type { Command } from 'commander';
import { Option } from 'commander';
import { readRecords } from '../io/read-records.js';
import { openOutput } from '../io/write-output.js';
import { quoteRecords } from '../quotes/quote-records.js';
import { type CliShared, reportFailure } from './dedup.js';
import { whereOf } from './parse.js';

/** Registers `kliping quotes`: one JSON line per quote, for researchers who want just the quotes. */
export function registerQuotesCommand(program: Command, shared: CliShared): Command {
  return shared
    .withInputOptions(
      program
        .command('quotes')
        .description(
          'print one JSON line per quote: article id, url, publishedAt, speaker, titles, text, kind, cue',
        )
        .argument('[files...]', 'input files; "-" or none reads standard input'),
    )
    .addOption(
      new Option('--kind <kind>', 'only direct or only indirect quotes').choices(['direct', 'indirect']),
    )
    .option('-o, --output <file>', 'write to FILE (gzipped when it ends in .gz) instead of standard output')
    .action(async (files: string[], flags: Record<string, string | undefined>) => {
      const output = openOutput(flags.output);
      // The pipeline is loaded when a command runs it, not when the command line is read.
      const { articleOf } = await import('../parallel/tasks.js');
      let failed = 0;
      try {
        for await (const record of readRecords(files, flags)) {
          const article = articleOf(record);
          if (article.error) {
            failed++;
            process.stderr.write(
              `kliping: ${article.error.startsWith(record.file) ? article.error : `${whereOf(record)}: ${article.error}`}\n`,
            );
            continue;
          }
          for (const quote of quoteRecords(article)) {
            if (flags.kind && quote.kind !== flags.kind) continue;
            await output.write(`${JSON.stringify(quote)}\n`);
          }
          if (output.closed) break;
        }
        shared.setCode(failed ? 1 : 0);
      } catch (error) {
        reportFailure(error, shared);
      } finally {
        await output.close();
      }
    });
}
