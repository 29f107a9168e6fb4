import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ArticleMeta, Diagnostic } from '../model.js';
import { decodeBytes } from './decode-bytes.js';
import { expandInputs } from './expand-files.js';
import type { extractHtml as ExtractHtml } from './extract-html.js';
import { htmlDepth, MAX_HTML_DEPTH, stripTags } from './guard-html.js';
import { parseCsv } from './parse-csv.js';
import { splitLines } from './split-byte-lines.js';

/** One input article as read, before parsing; `error` set when it could not be read. */
export interface InputRecord {
  /** The file as named on the command line, or `-` for standard input. */
  readonly file: string;
  /** 1-based line (JSONL) or record start line (CSV); null for a whole-file article. */
  readonly line: number | null;
  /** 0-based position among all input articles. */
  readonly index: number;
  readonly text: string | null;
  readonly meta: ArticleMeta;
  /** Messages about the input itself (encoding repaired, …). */
  readonly diagnostics: readonly Diagnostic[];
  readonly error?: string;
  /** Set when a whole file could not be read (missing, unreadable, corrupt gzip), not just one record. */
  readonly unreadable?: boolean;
  /** The original line, kept only for a record that failed to read (for `--rejects`). */
  readonly raw?: string;
}

/** Field names of JSONL and CSV records; each list is tried in order. */
export interface ReadOptions {
  readonly textField?: string;
  readonly idField?: string;
  readonly titleField?: string;
  readonly dateField?: string;
  readonly urlField?: string;
  /** Called with the count of (compressed) bytes read from each file, for progress. */
  readonly onBytes?: (bytes: number) => void;
}

/** The default field names, JSONL first, then the CSV headers seen in Indonesian corpora. */
const FIELDS = {
  text: ['text', 'content', 'body', 'paragraf', 'isi', 'konten', 'artikel', 'article'],
  id: ['id', '_id', 'doc_id'],
  title: ['title', 'judul', 'headline'],
  date: ['date', 'published_at', 'publishedAt', 'tanggal', 'datetime', 'waktu', 'time'],
  url: ['url', 'link', 'href', 'source_url'],
} as const;

type Format = 'jsonl' | 'csv' | 'html' | 'text';

/**
 * Reads articles from files (or `-` for standard input): JSONL, CSV, HTML or plain text, gzipped or not.
 * Directories and quoted globs are expanded to the files of known extensions, sorted.
 */
export async function* readRecords(
  files: readonly string[],
  options: ReadOptions = {},
  stdin: Readable = process.stdin,
): AsyncGenerator<InputRecord> {
  const counter = { index: 0 };
  for (const file of files.length ? expandInputs(files) : ['-']) {
    yield* readFile(file, options, stdin, counter);
  }
}

async function* readFile(
  file: string,
  options: ReadOptions,
  stdin: Readable,
  counter: { index: number },
): AsyncGenerator<InputRecord> {
  const fail = (error: string): InputRecord => ({
    file,
    line: null,
    index: counter.index++,
    text: null,
    meta: { id: file },
    diagnostics: [],
    error,
    unreadable: true,
  });
  let stream: Readable;
  if (file === '-') stream = stdin;
  else {
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        yield fail(`${file}: is a directory`);
        return;
      }
    } catch (error) {
      yield fail(`${file}: cannot read: ${describe(error)}`);
      return;
    }
    stream = createReadStream(file);
  }
  try {
    const input = await sniffGzip(stream, options.onBytes);
    const head = input.head;
    const format = formatOf(file.replace(/\.gz$/i, ''), head);
    if (format === 'jsonl') {
      yield* readJsonl(file, input.stream, options, counter);
      return;
    }
    const bytes = await readAll(input.stream);
    if (format === 'csv') {
      yield* readCsv(file, bytes, options, counter);
      return;
    }
    // The HTML reader (cheerio) is loaded on the first HTML input only: most runs read JSONL or CSV.
    if (format === 'html') extractHtml ??= (await import('./extract-html.js')).extractHtml;
    yield wholeFile(file, bytes, format, counter);
  } catch (error) {
    yield fail(`${file}: ${describe(error)}`);
  }
}

let extractHtml: typeof ExtractHtml | undefined;

function wholeFile(file: string, bytes: Uint8Array, format: Format, counter: { index: number }): InputRecord {
  const base = { file, line: null, index: counter.index++ };
  if (bytes.length === 0)
    return { ...base, text: null, meta: { id: file }, diagnostics: [], error: `${file}: empty input` };
  const decoded = decodeBytes(bytes);
  if (decoded.binary) {
    return {
      ...base,
      text: null,
      meta: { id: file },
      diagnostics: decoded.diagnostics,
      error: `${file}: binary file, not text`,
    };
  }
  if (!decoded.text.trim()) {
    return {
      ...base,
      text: null,
      meta: { id: file },
      diagnostics: decoded.diagnostics,
      error: `${file}: empty input`,
    };
  }
  if (format === 'html') {
    if (htmlDepth(decoded.text, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
      const diagnostic: Diagnostic = {
        severity: 'warning',
        rule: 'html-too-deep',
        message: `elements nest deeper than ${MAX_HTML_DEPTH}; read as text with the tags stripped`,
      };
      return {
        ...base,
        text: stripTags(decoded.text),
        meta: { id: file },
        diagnostics: [...decoded.diagnostics, diagnostic],
      };
    }
    if (!extractHtml) throw new Error('the HTML reader is not loaded');
    const page = extractHtml(decoded.text);
    return {
      ...base,
      text: page.text,
      meta: { ...page.meta, id: file },
      diagnostics: [...decoded.diagnostics, ...page.diagnostics],
    };
  }
  return { ...base, text: decoded.text, meta: { id: file }, diagnostics: decoded.diagnostics };
}

async function* readJsonl(
  file: string,
  stream: AsyncIterable<Buffer>,
  options: ReadOptions,
  counter: { index: number },
): AsyncGenerator<InputRecord> {
  const fields = fieldNamesOf(options);
  let line = 0;
  for await (const bytes of splitLines(stream)) {
    line++;
    if (isBlank(bytes)) continue;
    yield new JsonlRecord(file, line, counter.index++, bytes, fields);
  }
}

/** The field-name options of `ReadOptions` (plain data: they travel to worker threads). */
export type FieldNames = Pick<ReadOptions, 'textField' | 'idField' | 'titleField' | 'dateField' | 'urlField'>;

function fieldNamesOf(options: ReadOptions): FieldNames {
  const { textField, idField, titleField, dateField, urlField } = options;
  return { textField, idField, titleField, dateField, urlField };
}

/**
 * A JSONL record kept as its line's bytes until a field is read: with worker threads the bytes go to a worker,
 * which parses the JSON there, so the main thread only splits lines.
 */
export class JsonlRecord implements InputRecord {
  private parsed: InputRecord | undefined;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly index: number,
    /** The line as read (UTF-8, without its newline). */
    readonly bytes: Uint8Array,
    readonly fields: FieldNames,
  ) {}

  private get record(): InputRecord {
    this.parsed ??= parseJsonlLine(this.file, this.line, this.index, this.bytes, this.fields);
    return this.parsed;
  }
  get text(): string | null {
    return this.record.text;
  }
  get meta(): ArticleMeta {
    return this.record.meta;
  }
  get diagnostics(): readonly Diagnostic[] {
    return this.record.diagnostics;
  }
  get error(): string | undefined {
    return this.record.error;
  }
  get raw(): string | undefined {
    return this.record.raw;
  }
}

/** Whether a line is empty once trimmed (as `String.prototype.trim` sees it), mostly without decoding it. */
function isBlank(bytes: Uint8Array): boolean {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80) ascii = false;
    else if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
  }
  return ascii || !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').trim();
}

/** The input record of one (non-blank) JSONL line. */
function parseJsonlLine(
  file: string,
  line: number,
  index: number,
  bytes: Uint8Array,
  fields: FieldNames,
): InputRecord {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const base = { file, line, index };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return {
      ...base,
      text: null,
      meta: { id: String(line) },
      diagnostics: [],
      error: `${file}:${line}: invalid JSON: ${describe(error)}`,
      raw,
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ...base,
      text: null,
      meta: { id: String(line) },
      diagnostics: [],
      error: `${file}:${line}: not a JSON object`,
      raw,
    };
  }
  return fromFields(base, value as Record<string, unknown>, fields, `${file}:${line}`);
}

function* readCsv(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions,
  counter: { index: number },
): Generator<InputRecord> {
  const decoded = decodeBytes(bytes);
  let row = 0;
  for (const parsed of parseCsv(decoded.text)) {
    row++;
    const base = { file, line: parsed.line, index: counter.index++ };
    if (parsed.error || !parsed.record) {
      yield {
        ...base,
        text: null,
        meta: { id: String(row) },
        diagnostics: [],
        error: `${file}:${parsed.line}: ${parsed.error ?? 'bad record'}`,
      };
      continue;
    }
    yield fromFields(base, parsed.record, options, `${file}:${parsed.line}`, String(row));
  }
}

/** Builds an input record from a JSON object or CSV row by its field names. */
function fromFields(
  base: { file: string; line: number | null; index: number },
  fields: Record<string, unknown>,
  options: FieldNames,
  where: string,
  fallbackId = String(base.line),
): InputRecord {
  const pick = (given: string | undefined, names: readonly string[]): unknown => {
    for (const name of given ? [given] : names)
      if (fields[name] !== undefined && fields[name] !== null) return fields[name];
    return undefined;
  };
  const asString = (v: unknown): string | null =>
    v === undefined || v === null
      ? null
      : typeof v === 'string'
        ? v
        : typeof v === 'number'
          ? String(v)
          : null;
  const id = asString(pick(options.idField, FIELDS.id)) ?? fallbackId;
  const meta: ArticleMeta = {
    id,
    title: asString(pick(options.titleField, FIELDS.title)),
    url: asString(pick(options.urlField, FIELDS.url)),
    date: asString(pick(options.dateField, FIELDS.date)),
    dateSource: 'given',
  };
  const text = pick(options.textField, FIELDS.text);
  if (typeof text !== 'string') {
    const field = options.textField ?? FIELDS.text.slice(0, 3).join('/');
    return { ...base, text: null, meta, diagnostics: [], error: `${where}: no text field (${field})` };
  }
  return { ...base, text, meta, diagnostics: [] };
}

function formatOf(name: string, head: Uint8Array): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
    i++;
  if (head[i] === 0x7b) return 'jsonl';
  if (head[i] === 0x3c) return 'html';
  return 'text';
}

/** Peeks at the first bytes; returns a stream of the (gunzipped when needed) content and its head. */
async function sniffGzip(
  stream: Readable,
  onBytes?: (bytes: number) => void,
): Promise<{ stream: AsyncIterable<Buffer>; head: Uint8Array }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const firstChunk: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  onBytes?.(firstChunk.length);
  async function* rest(): AsyncGenerator<Buffer> {
    if (firstChunk.length) yield firstChunk;
    if (first.done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = Buffer.from(next.value);
      onBytes?.(chunk.length);
      yield chunk;
    }
  }
  if (firstChunk[0] === 0x1f && firstChunk[1] === 0x8b) {
    const gunzip = createGunzip();
    const source = rest();
    (async () => {
      try {
        for await (const chunk of source)
          if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (error) {
        gunzip.destroy(error as Error);
      }
    })();
    const inner = gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const innerFirst = await inner.next().catch((error: unknown) => {
      throw new Error(`corrupt gzip: ${describe(error)}`);
    });
    const innerHead: Buffer = innerFirst.done ? Buffer.alloc(0) : innerFirst.value;
    async function* innerRest(): AsyncGenerator<Buffer> {
      if (innerHead.length) yield innerHead;
      if (innerFirst.done) return;
      for (;;) {
        let next: IteratorResult<Buffer>;
        try {
          next = await inner.next();
        } catch (error) {
          throw new Error(`corrupt gzip: ${describe(error)}`);
        }
        if (next.done) return;
        yield next.value;
      }
    }
    return { stream: innerRest(), head: innerHead.subarray(0, 64) };
  }
  return { stream: rest(), head: firstChunk.subarray(0, 64) };
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && (error as { code: string }).code === 'ENOENT')
    return 'no such file';
  if (error && typeof error === 'object' && 'code' in error && (error as { code: string }).code === 'EACCES')
    return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
