/** The messages between the pool (src/parallel/map-ordered.ts) and its workers (src/parallel/worker.ts). */
import { type FieldNames, type InputRecord, JsonlRecord } from '../io/read-records.js';
import type { TaskResult } from './tasks.js';

/**
 * A batch of records sent by the pool. JSONL records go as their lines' bytes, end to end in one transferred
 * buffer (`lines`, line k from `offsets[k]` to `offsets[k + 1]`), parsed by the worker: the main thread neither
 * parses their JSON nor copies their texts into a message. Other records go whole.
 */
export interface BatchMessage {
  readonly seq: number;
  readonly records: readonly (InputRecord | WireLine)[];
  readonly lines: Uint8Array;
  readonly offsets: Int32Array;
  /** The field names of the JSONL lines (one run reads every file with the same ones). */
  readonly fields: FieldNames;
}

/** A JSONL record in a `BatchMessage`: where it came from and which line of `lines` it is. */
interface WireLine {
  readonly file: string;
  readonly line: number;
  readonly index: number;
  readonly at: number;
}

/** The message for a batch of records, and the buffer to transfer with it. */
export function wireBatch(seq: number, records: readonly InputRecord[]): BatchMessage {
  // Records whose lines go as bytes: JSONL records read with the first one's field names.
  const first = records.find((record) => record instanceof JsonlRecord);
  const fields = first instanceof JsonlRecord ? first.fields : {};
  const lazy = (record: InputRecord): record is JsonlRecord =>
    record instanceof JsonlRecord && record.fields === fields;
  let bytes = 0;
  for (const record of records) if (lazy(record)) bytes += record.bytes.length;
  const lines = new Uint8Array(new ArrayBuffer(bytes));
  const offsets = new Int32Array(records.length + 1);
  const wired: (InputRecord | WireLine)[] = [];
  let at = 0;
  for (const record of records) {
    if (lazy(record)) {
      lines.set(record.bytes, offsets[at] as number);
      offsets[at + 1] = (offsets[at] as number) + record.bytes.length;
      wired.push({ file: record.file, line: record.line, index: record.index, at: at++ });
    } else wired.push(wireRecord(record));
  }
  return { seq, records: wired, lines, offsets, fields };
}

/** The records of a `BatchMessage`, as the worker reads them. */
export function unwireBatch(message: BatchMessage): InputRecord[] {
  const { lines, offsets, fields } = message;
  return message.records.map((record) => {
    if (!('at' in record)) return record;
    const bytes = lines.subarray(offsets[record.at], offsets[record.at + 1]);
    return new JsonlRecord(record.file, record.line, record.index, bytes, fields);
  });
}

/**
 * The answer to a batch: one result per record, in order. The results' `json` lines travel as UTF-8 in one
 * transferred buffer (result i's line, its newline included, is `text` from `offsets[i]` to `offsets[i + 1]`,
 * when `hasJson[i]` is 1), not as strings: the main thread writes those bytes as they are, without decoding
 * them into its heap and encoding them again.
 */
export interface ResultMessage {
  readonly seq: number;
  readonly results: readonly TaskResult[];
  readonly text: Uint8Array;
  readonly offsets: Int32Array;
  readonly hasJson: Uint8Array;
}

/** Moves the results' `json` lines into one buffer (see `ResultMessage`). */
export function packResults(seq: number, results: readonly TaskResult[]): ResultMessage {
  let bytes = 0;
  for (const result of results) if (result.json !== undefined) bytes += Buffer.byteLength(result.json) + 1;
  const text = Buffer.from(new ArrayBuffer(bytes));
  const offsets = new Int32Array(results.length + 1);
  const hasJson = new Uint8Array(results.length);
  const light: TaskResult[] = [];
  let at = 0;
  for (let i = 0; i < results.length; i++) {
    const result = results[i] as TaskResult;
    if (result.json === undefined) light.push(result);
    else {
      at += text.write(result.json, at);
      text[at++] = 10;
      hasJson[i] = 1;
      const { json: _, ...rest } = result;
      light.push(rest);
    }
    offsets[i + 1] = at;
  }
  return { seq, results: light, text, offsets, hasJson };
}

/** Result `i` of a `ResultMessage`, its `json` line as bytes (`jsonLine`, not decoded). */
export function unpackResult(message: ResultMessage, i: number): TaskResult {
  const result = message.results[i] ?? { error: 'no result' };
  if (message.hasJson[i] !== 1) return result;
  const { text, offsets } = message;
  const bytes = Buffer.from(
    text.buffer,
    text.byteOffset + (offsets[i] as number),
    (offsets[i + 1] as number) - (offsets[i] as number),
  );
  return { ...result, jsonLine: bytes };
}

/** The part of an input record a worker needs (the rest stays in the main thread). */
function wireRecord(record: InputRecord): InputRecord {
  return {
    file: record.file,
    line: record.line,
    index: record.index,
    text: record.text,
    meta: record.meta,
    diagnostics: record.diagnostics,
    ...(record.error === undefined ? {} : { error: record.error }),
    ...(record.unreadable ? { unreadable: true } : {}),
  };
}
