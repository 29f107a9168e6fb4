/** The messages between the pool (src/parallel/map-ordered.ts) and its workers (src/parallel/worker.ts). */
import type { InputRecord } from '../io/read-records.js';
import type { TaskResult } from './tasks.js';

/** A batch of records sent by the pool. */
export interface BatchMessage {
  readonly seq: number;
  readonly records: readonly InputRecord[];
}

/**
 * The answer to a batch: one result per record, in order. The results' `json` lines travel as UTF-8 in one
 * transferred buffer (result i's line is `text` from `offsets[i]` to `offsets[i + 1]`, when `hasJson[i]` is 1),
 * not as strings: strings would be copied into the main thread's heap and live there, promoted and collected,
 * for as long as the batch waits its turn to be written.
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
  for (const result of results) if (result.json !== undefined) bytes += Buffer.byteLength(result.json);
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
      hasJson[i] = 1;
      const { json: _, ...rest } = result;
      light.push(rest);
    }
    offsets[i + 1] = at;
  }
  return { seq, results: light, text, offsets, hasJson };
}

/** Result `i` of a `ResultMessage`, its `json` line back as a string (made only when it is needed). */
export function unpackResult(message: ResultMessage, i: number): TaskResult {
  const result = message.results[i] ?? { error: 'no result' };
  if (message.hasJson[i] !== 1) return result;
  const { text, offsets } = message;
  const bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  return { ...result, json: bytes.toString('utf8', offsets[i], offsets[i + 1]) };
}

/** The part of an input record a worker needs (the rest stays in the main thread). */
export function wireRecord(record: InputRecord): InputRecord {
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
