/** One parsed CSV record, or the error that stopped it; `line` is the 1-based line where it starts. */
export interface CsvRecord {
  readonly line: number;
  readonly record?: Record<string, string>;
  readonly error?: string;
}

/** Picks the delimiter from the header line: the more frequent of `;` and `,` outside quotes (`,` on a tie). */
export function sniffDelimiter(header: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Raw fields of one record and where the next record starts. */
interface RawRecord {
  fields: string[];
  next: number;
  lines: number;
  error?: string;
}

/** Reads one record starting at `pos` (RFC 4180: quoted fields may hold delimiters, line breaks and `""`). */
function readRecord(text: string, pos: number, delimiter: string): RawRecord {
  const fields: string[] = [];
  let lines = 0;
  let i = pos;
  let error: string | undefined;
  for (;;) {
    if (text[i] === '"') {
      // Quoted field: find the closing quote, skipping doubled quotes.
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          error ??= 'unterminated quoted field';
          value += text.slice(j);
          j = text.length;
          break;
        }
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      lines += countNewlines(value);
      // Text between the closing quote and the delimiter is kept, as spreadsheets do, but reported.
      let k = j;
      while (k < text.length && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
      if (k > j) {
        error ??= 'text after a closing quote';
        value += text.slice(j, k);
      }
      fields.push(value);
      i = k;
    } else {
      let k = i;
      while (k < text.length && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
      fields.push(text.slice(i, k));
      i = k;
    }
    if (i >= text.length) return { fields, next: i, lines, ...(error ? { error } : {}) };
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // End of record: \n, \r\n or \r.
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    return { fields, next: i + 1, lines: lines + 1, ...(error ? { error } : {}) };
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  // A lone \r is a line break too.
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) if (s[i + 1] !== '\n') n++;
  return n;
}

/**
 * Parses CSV text with a header row: `;` or `,` sniffed from the header, quoted multi-line fields, `""`
 * escapes, a BOM skipped. Yields one item per record; a malformed record yields `{ line, error }` and parsing
 * goes on. An empty header name (a pandas index column) is kept as `""`.
 */
export function* parseCsv(text: string): Generator<CsvRecord> {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const headerEnd = text.indexOf('\n', pos);
  const delimiter = sniffDelimiter(text.slice(pos, headerEnd < 0 ? text.length : headerEnd));
  const header = readRecord(text, pos, delimiter);
  const names = header.fields.map((f) => f.trim());
  let line = 1 + header.lines;
  pos = header.next;
  while (pos < text.length) {
    const start = line;
    const raw = readRecord(text, pos, delimiter);
    pos = raw.next;
    line += raw.lines;
    // Blank lines between records are not records.
    if (raw.fields.length === 1 && raw.fields[0] === '' && !raw.error) continue;
    if (raw.error) {
      yield { line: start, error: raw.error };
      continue;
    }
    if (raw.fields.length !== names.length) {
      yield {
        line: start,
        error: `${raw.fields.length} fields where the header has ${names.length}`,
      };
      continue;
    }
    const record: Record<string, string> = {};
    names.forEach((name, i) => {
      record[name] = raw.fields[i] as string;
    });
    yield { line: start, record };
  }
}
