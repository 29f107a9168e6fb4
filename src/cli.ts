import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { languageCodes } from './cli/language-codes.js';
import type { OnError } from './cli/run-batch.js';
import { runCheck } from './commands/check.js';
import { registerCleanCommand } from './commands/clean.js';
import { registerDedupCommand } from './commands/dedup.js';
import { type OutputFormat, runParse } from './commands/parse.js';
import { registerQuotesCommand } from './commands/quotes.js';
import { runStats } from './commands/stats.js';
import { applyConfig, loadConfig } from './config.js';
import { defaultJobs } from './parallel/map-ordered.js';
import type { CheckFormat } from './report/check-formats.js';
import { parseCount, parseLanguageLimits, parseRatio } from './report/limits.js';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Adds the options every reading command shares. */
function withInputOptions(command: Command): Command {
  return command
    .option(
      '--text-field <name>',
      'JSONL/CSV field holding the body (default: text, content, body, paragraf)',
    )
    .option('--id-field <name>', 'field holding the id (default: id, else the line number)')
    .option('--title-field <name>', 'field holding the title (default: title, judul)')
    .option(
      '--date-field <name>',
      'field holding the publication date (default: date, published_at, publishedAt)',
    )
    .option('--url-field <name>', 'field holding the URL (default: url, link)');
}

/** A commander parser that turns a flag's text into a value or a usage error (exit 2). */
function parser<T>(read: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return read(value);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
    }
  };
}

const jobsOf = (value: unknown) => {
  const n = parseCount(value, '--jobs');
  if (n < 1) throw new Error('--jobs expects 1 or more');
  return n;
};

/** Adds -j/--jobs. */
function withJobsOption(command: Command): Command {
  return command.option(
    '-j, --jobs <n>',
    `worker threads (default: the number of cores, ${defaultJobs()})`,
    parser(jobsOf),
  );
}

/** Adds the options of batch jobs: worker threads, error handling, rejects, progress. */
function withBatchOptions(command: Command, errors = true): Command {
  withJobsOption(command)
    .option('--rejects <file>', 'write every failed record (JSONL: file, line, reason, record) to FILE')
    .option('-q, --quiet', 'no progress bar on standard error');
  if (errors)
    command.addOption(
      new Option(
        '--on-error <mode>',
        'a failed record: report (print, keep an error record, exit 1), skip (print, leave out, exit 0), fail (stop, exit 1)',
      )
        .choices(['report', 'skip', 'fail'])
        .default('report'),
    );
  return command;
}

function formatOf(format: string | undefined): OutputFormat {
  if (format === 'json' || format === 'jsonl') return format;
  return process.stdout.isTTY ? 'summary' : 'jsonl';
}

type Values = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** The options every reading command passes on (config values may come as numbers, hence the checks). */
function batchValues(command: Command, options: Values) {
  try {
    return {
      textField: str(options.textField),
      idField: str(options.idField),
      titleField: str(options.titleField),
      dateField: str(options.dateField),
      urlField: str(options.urlField),
      jobs: options.jobs === undefined ? undefined : jobsOf(options.jobs),
      rejects: str(options.rejects),
      quiet: options.quiet === true,
      onError: (str(options.onError) ?? 'report') as OnError,
    };
  } catch (error) {
    return command.error(`error: ${error instanceof Error ? error.message : String(error)}`, { exitCode: 2 });
  }
}

/** Builds the command-line program; `run` receives each command's exit code. */
export function makeProgram(setCode: (code: number) => void): Command {
  const program = new Command('kliping')
    .description('Turns scraped news, Indonesian first, into clean, deduplicated, structured JSON.')
    .version(version, '-V, --version')
    .option(
      '--config <file>',
      'options per command from a JSON file (default: ./kliping.config.json if present)',
    )
    .showHelpAfterError()
    .exitOverride();
  program.hook('preAction', (root, command) => {
    try {
      const loaded = loadConfig(str(root.opts().config));
      if (loaded) applyConfig(command, loaded.config, loaded.file);
    } catch (error) {
      command.error(`error: ${error instanceof Error ? error.message : String(error)}`, { exitCode: 2 });
    }
  });
  const parse = withBatchOptions(
    withInputOptions(
      program
        .command('parse')
        .description(
          'parse articles (text, HTML, JSONL, CSV, .gz; files, directories, globs; FILE "-" or none: standard input) into records',
        )
        .argument('[files...]', 'input files or directories; "-" or none reads standard input'),
    ),
  )
    .addOption(
      new Option(
        '--format <format>',
        'output: jsonl (one record a line), json (one document); default: a summary on a terminal, jsonl otherwise',
      ).choices(['json', 'jsonl']),
    )
    .option(
      '-o, --output <file>',
      'write records to FILE (gzipped when it ends in .gz) instead of standard output',
    )
    .option(
      '--languages <codes>',
      'keep only articles in these ISO 639-3 languages, e.g. ind,zsm; the rest go to --rejects with the reason',
    )
    .option(
      '--explain-language',
      'add languageExplanation to each record: the candidates and scores of both language steps (the model, franc)',
    );
  parse.action(async (files: string[], options: Values) => {
    setCode(
      await runParse(files, {
        ...batchValues(parse, options),
        format: formatOf(str(options.format)),
        output: str(options.output),
        languages: languageCodes(options.languages),
        explainLanguage: options.explainLanguage === true,
      }),
    );
  });

  const check = withBatchOptions(
    withInputOptions(
      program
        .command('check')
        .description(
          "measure a dataset's health (duplicates, languages, boilerplate, empty bodies, failures) against limits; exit 0 ok, 1 a limit failed, 2 usage or unreadable input",
        )
        .argument('[files...]', 'input files or directories; "-" or none reads standard input'),
    ),
    false,
  )
    .addOption(
      new Option('--format <format>', 'text (a table), json, github (Actions annotations), junit (XML)')
        .choices(['text', 'json', 'github', 'junit'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to FILE instead of standard output')
    .option('--max-duplicates <ratio>', 'largest share of exact and near duplicates, e.g. 0.05 or 5%')
    .option(
      '--min-language <code=ratio>',
      'smallest share of a language, e.g. ind=0.9 (repeatable)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--max-empty <ratio>', 'largest share of empty or too-short bodies')
    .option('--max-failed <n>', 'most records that failed to read or parse')
    .option('--max-boilerplate <ratio>', 'largest share of characters removed as boilerplate')
    .option('--max-missing-titles <ratio>', 'largest share of articles without a title')
    .option('--max-missing-dates <ratio>', 'largest share of articles without a publication date')
    .option('--max-repaired <ratio>', 'largest share of articles whose encoding was repaired')
    .option('--min-articles <n>', 'fewest articles')
    .option('--min-words <n>', 'bodies with fewer words count as too short (default 40)')
    .option(
      '--languages <codes>',
      'measure only articles in these ISO 639-3 languages, e.g. ind,zsm; the rest are set aside (counted, and written to --rejects)',
    );
  check.action(async (files: string[], options: Values) => {
    let limits: Parameters<typeof runCheck>[1];
    try {
      const ratio = (key: string, flag: string) =>
        options[key] === undefined ? undefined : parseRatio(options[key], flag);
      const count = (key: string, flag: string) =>
        options[key] === undefined ? undefined : parseCount(options[key], flag);
      limits = {
        ...batchValues(check, options),
        format: (str(options.format) ?? 'text') as CheckFormat,
        output: str(options.output),
        maxDuplicates: ratio('maxDuplicates', '--max-duplicates'),
        minLanguage: parseLanguageLimits(options.minLanguage),
        maxEmpty: ratio('maxEmpty', '--max-empty'),
        maxFailed: count('maxFailed', '--max-failed'),
        maxBoilerplate: ratio('maxBoilerplate', '--max-boilerplate'),
        maxMissingTitles: ratio('maxMissingTitles', '--max-missing-titles'),
        maxMissingDates: ratio('maxMissingDates', '--max-missing-dates'),
        maxRepaired: ratio('maxRepaired', '--max-repaired'),
        minArticles: count('minArticles', '--min-articles'),
        minWords: count('minWords', '--min-words'),
        languages: languageCodes(options.languages),
      };
    } catch (error) {
      return check.error(`error: ${error instanceof Error ? error.message : String(error)}`, { exitCode: 2 });
    }
    setCode(await runCheck(files, limits));
  });

  const stats = withBatchOptions(
    withInputOptions(
      program
        .command('stats')
        .description("a dataset's figures as text or JSON, and with --html FILE a self-contained report page")
        .argument('[files...]', 'input files or directories; "-" or none reads standard input'),
    ),
    false,
  )
    .option('--html <file>', 'write a self-contained HTML report (charts, samples) to FILE')
    .addOption(
      new Option(
        '--format <format>',
        'text or json on standard output (default: text; none with --html)',
      ).choices(['text', 'json']),
    )
    .option('-o, --output <file>', 'write the figures to FILE instead of standard output')
    .option('--min-words <n>', 'bodies with fewer words count as too short (default 40)')
    .option(
      '--languages <codes>',
      'measure only articles in these ISO 639-3 languages, e.g. ind,zsm; the rest are set aside (counted, and written to --rejects)',
    );
  stats.action(async (files: string[], options: Values) => {
    let minWords: number | undefined;
    try {
      minWords = options.minWords === undefined ? undefined : parseCount(options.minWords, '--min-words');
    } catch (error) {
      return stats.error(`error: ${error instanceof Error ? error.message : String(error)}`, { exitCode: 2 });
    }
    setCode(
      await runStats(files, {
        ...batchValues(stats, options),
        html: str(options.html),
        format: str(options.format) as 'text' | 'json' | undefined,
        output: str(options.output),
        minWords,
        languages: languageCodes(options.languages),
      }),
    );
  });
  const shared = { withInputOptions, withJobsOption, setCode };
  registerDedupCommand(program, shared);
  registerCleanCommand(program, shared);
  registerQuotesCommand(program, shared);
  return program;
}

/** Runs the CLI with `argv` (as process.argv); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = makeProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return code;
}
