/**
 * The config file for repeatable jobs: `kliping.config.json` in the current folder, or `--config FILE`.
 * One object per command, with the long options' names in camelCase; flags on the command line win:
 *
 *     { "check": { "maxDuplicates": 0.05, "minLanguage": { "ind": 0.9 } }, "parse": { "jobs": 2 } }
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Option } from 'commander';

/** The config file's name, looked for in the current folder. */
export const CONFIG_NAME = 'kliping.config.json';

/** A config file's content: command name → option name → value. */
export type Config = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Reads the config: the given file (an error when missing), else `kliping.config.json` here, else none. */
export function loadConfig(
  file: string | undefined,
  cwd = process.cwd(),
): { config: Config; file: string } | null {
  const path = file ?? join(cwd, CONFIG_NAME);
  if (!file && !existsSync(path)) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `config ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isObject(value)) throw new Error(`config ${path} must be a JSON object of commands`);
  for (const [name, section] of Object.entries(value))
    if (!isObject(section)) throw new Error(`config ${path}: "${name}" must be an object of options`);
  return { config: value as Config, file: path };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionOf(command: Command, key: string): Option | undefined {
  return command.options.find((option) => option.attributeName() === key);
}

/**
 * Sets the command's options from its config section where the command line did not set them.
 * Throws on an unknown option or a value of the wrong kind, naming the file and key.
 */
export function applyConfig(command: Command, config: Config, file: string): void {
  const section = config[command.name()];
  if (!section) return;
  for (const [key, value] of Object.entries(section)) {
    const option = optionOf(command, key);
    const where = `config ${file}: ${command.name()}.${key}`;
    if (!option) throw new Error(`${where}: no such option of "${command.name()}"`);
    const source = command.getOptionValueSource(key);
    if (source === 'cli' || source === 'env') continue;
    const takesValue = option.required || option.optional;
    if (!takesValue && typeof value !== 'boolean') throw new Error(`${where}: expects true or false`);
    if (
      takesValue &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !option.variadic
    ) {
      // Objects are allowed for repeatable KEY=VALUE options (e.g. minLanguage: { ind: 0.9 }).
      if (!isKeyValueOption(option)) throw new Error(`${where}: expects a value, not an object`);
    }
    const choices = option.argChoices;
    if (choices && !choices.includes(String(value)))
      throw new Error(`${where}: "${String(value)}" is not one of ${choices.join(', ')}`);
    command.setOptionValueWithSource(key, value, 'config');
  }
}

/** Options whose description marks them as repeatable KEY=VALUE pairs. */
function isKeyValueOption(option: Option): boolean {
  return /=/.test(option.flags);
}
