/** `--rejects FILE`: every record that failed, one JSON line each, with where it came from and why. */
import type { InputRecord } from '../io/read-records.js';
import { openOutput } from '../io/write-output.js';

/** A sink for failed records. */
export interface Rejects {
  add(record: InputRecord, reason: string): Promise<void>;
  close(): Promise<void>;
}

/** The rejects line of a record: the original line when it could not be read, else its fields. */
export function rejectOf(record: InputRecord, reason: string): Record<string, unknown> {
  const original =
    record.raw ??
    (record.text === null
      ? null
      : {
          id: record.meta.id ?? null,
          title: record.meta.title ?? null,
          url: record.meta.url ?? null,
          date: record.meta.date ?? null,
          text: record.text,
        });
  return { file: record.file, line: record.line, id: record.meta.id ?? null, reason, record: original };
}

/** Opens the rejects file (gzipped when it ends in `.gz`), or a sink that drops everything. */
export function openRejects(file: string | undefined): Rejects {
  if (!file) return { async add() {}, async close() {} };
  const output = openOutput(file);
  return {
    add: (record, reason) => output.write(`${JSON.stringify(rejectOf(record, reason))}\n`),
    close: () => output.close(),
  };
}
