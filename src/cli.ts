import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { registerCleanCommand } from './commands/clean.js';
import { registerDedupCommand } from './commands/dedup.js';
import { type OutputFormat, runParse } from './commands/parse.js';
import { registerQuotesCommand } from './commands/quotes.js';

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

function formatOf(format: string | undefined): OutputFormat {
  if (format === 'json' || format === 'jsonl') return format;
  return process.stdout.isTTY ? 'summary' : 'jsonl';
}

/** Builds the command-line program; `run` receives each command's exit code. */
export function makeProgram(setCode: (code: number) => void): Command {
  const program = new Command('kliping')
    .description('Turns scraped news, Indonesian first, into clean, deduplicated, structured JSON.')
    .version(version, '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  withInputOptions(
    program
      .command('parse')
      .description(
        'parse articles (text, HTML, JSONL, CSV, .gz; FILE "-" or none: standard input) into records',
      )
      .argument('[files...]', 'input files; "-" or none reads standard input'),
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
    .action(async (files: string[], options: Record<string, string | undefined>) => {
      setCode(
        await runParse(files, {
          format: formatOf(options.format),
          output: options.output,
          textField: options.textField,
          idField: options.idField,
          titleField: options.titleField,
          dateField: options.dateField,
          urlField: options.urlField,
        }),
      );
    });
  registerDedupCommand(program, { withInputOptions, setCode });
  registerCleanCommand(program, { withInputOptions, setCode });
  registerQuotesCommand(program, { withInputOptions, setCode });
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
