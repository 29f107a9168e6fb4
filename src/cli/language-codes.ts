/** The language codes of a `--languages` value (`ind,zsm`, spaces allowed); undefined when not given. */
export function languageCodes(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return String(value)
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}
