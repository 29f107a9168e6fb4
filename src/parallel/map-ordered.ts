/**
 * Runs a task over a stream of records with worker threads and yields the results in input order.
 * The main thread reads and writes; batches of records go to the workers to amortise messaging; a bounded
 * number of batches is in flight (sent or finished but not yet yielded), so memory stays bounded whatever
 * the input's size or the reader's speed.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type InputRecord, JsonlRecord } from '../io/read-records.js';
import { type ResultMessage, unpackResult, wireBatch } from './messages.js';
// The pipeline (./tasks.js) is imported only where this thread runs it: with workers, the main thread does not load
// it (about 0.4 CPU-seconds of tables and code).
import type { TaskResult, TaskSpec } from './tasks.js';

/** Options of `mapOrdered`. */
export interface MapOptions {
  /** Worker threads; 1 runs in the main thread. Default: the number of cores. */
  readonly jobs?: number;
  /** Records per batch. Default 128. */
  readonly batchSize?: number;
  /** A batch is sent once its texts reach this many characters. Default 1,000,000. */
  readonly batchChars?: number;
  /** Stops reading when aborted; what was read is still processed and yielded. */
  readonly signal?: AbortSignal;
}

/** A record and its result. */
export interface Mapped {
  readonly record: InputRecord;
  readonly result: TaskResult;
}

/** The default number of jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

const WORKER = new URL('./worker.js', import.meta.url);

/** Maps `task` over `source` with `jobs` workers (in the main thread for one job or one small batch), in order. */
export async function* mapOrdered(
  source: AsyncIterable<InputRecord>,
  spec: TaskSpec,
  options: MapOptions = {},
): AsyncGenerator<Mapped> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const batchSize = options.batchSize ?? 128;
  const batchChars = options.batchChars ?? 1_000_000;
  const signal = options.signal;
  const iterator = source[Symbol.asyncIterator]();
  // The next read, or 'abort' when the signal fires first. The abort listener is removed once the read
  // answers: racing each read against one never-settling promise would keep every record reachable from it.
  const readOrAbort = (): Promise<IteratorResult<InputRecord> | 'abort'> => {
    if (!signal) return iterator.next();
    return new Promise((resolve, reject) => {
      const onAbort = () => resolve('abort');
      signal.addEventListener('abort', onAbort, { once: true });
      iterator.next().then(
        (result) => {
          signal.removeEventListener('abort', onAbort);
          resolve(result);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  };
  let exhausted = false;
  // A read that has not answered yet is kept for the next batch, so a slow source (a pipe that trickles)
  // still gets its records processed after `wait` ms rather than when a batch is full.
  let pending: Promise<IteratorResult<InputRecord> | 'abort'> | null = null;
  const TIMEOUT = Symbol('timeout');
  const nextRecord = async (wait?: number): Promise<InputRecord | null | typeof TIMEOUT> => {
    if (exhausted || signal?.aborted) {
      exhausted = true;
      return null;
    }
    pending ??= readOrAbort();
    let timer: NodeJS.Timeout | undefined;
    const next =
      wait === undefined
        ? await pending
        : await Promise.race([
            pending,
            new Promise<typeof TIMEOUT>((resolve) => {
              timer = setTimeout(() => resolve(TIMEOUT), wait);
            }),
          ]);
    if (timer) clearTimeout(timer);
    if (next === TIMEOUT) return TIMEOUT;
    pending = null;
    if (next === 'abort' || next.done) {
      exhausted = true;
      return null;
    }
    return next.value;
  };
  /** Reads up to a batch; `idle` true when results wait to be written, so an idle source is not waited on. */
  const readBatch = async (idle = false): Promise<InputRecord[]> => {
    const batch: InputRecord[] = [];
    let chars = 0;
    while (batch.length < batchSize && chars < batchChars) {
      const record = await nextRecord(batch.length || idle ? 100 : undefined);
      if (record === TIMEOUT || !record) break;
      batch.push(record);
      chars += record instanceof JsonlRecord ? record.bytes.length : (record.text?.length ?? 0);
    }
    return batch;
  };

  // In this thread (one job, or too little input to pay for starting workers) the records go by batches too: a
  // batch is parsed stage by stage, and a slow source still gets each record answered after `readBatch`'s wait.
  const first = await readBatch();
  if (jobs === 1 || exhausted || !existsSync(fileURLToPath(WORKER))) {
    const { makeBatchTask } = await import('./tasks.js');
    const task = makeBatchTask(spec);
    for (let batch = first; batch.length; batch = await readBatch()) {
      const results = task(batch);
      for (let i = 0; i < batch.length; i++)
        yield { record: batch[i] as InputRecord, result: results[i] ?? { error: 'no result' } };
    }
    return;
  }

  interface Slot {
    worker: Worker;
    outstanding: Set<number>;
  }
  const batches = new Map<number, InputRecord[]>();
  // A batch's answer: a worker's message (its lines still in bytes) or the error results of a failed worker.
  const done = new Map<number, ResultMessage | readonly TaskResult[]>();
  let wake: (() => void) | null = null;
  const settle = (seq: number, results: ResultMessage | readonly TaskResult[]) => {
    done.set(seq, results);
    wake?.();
  };
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    // A larger young generation than the default: the pipeline's short-lived objects die there instead of
    // being promoted, so each worker spends less CPU collecting (~10% less wall time at --jobs 2 measured).
    const worker = new Worker(WORKER, { workerData: spec, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    const slot: Slot = { worker, outstanding: new Set() };
    slot.worker.on('message', (message: ResultMessage) => {
      slot.outstanding.delete(message.seq);
      settle(message.seq, message);
    });
    const fail = (reason: string) => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      // The worker died (out of memory, a crash): its batches become error results; a new worker takes over.
      for (const seq of slot.outstanding)
        settle(
          seq,
          (batches.get(seq) ?? []).map(() => ({ error: `worker failed: ${reason}` })),
        );
      slot.outstanding.clear();
      slots[index] = spawn();
      void slot.worker.terminate();
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => fail(`exited with code ${code}`));
    return slot;
  };
  for (let i = 0; i < jobs; i++) slots.push(spawn());
  let sent = 0;
  let emitted = 0;
  const dispatch = (records: InputRecord[]) => {
    const seq = sent++;
    batches.set(seq, records);
    let slot = slots[0] as Slot;
    for (const s of slots) if (s.outstanding.size < slot.outstanding.size) slot = s;
    slot.outstanding.add(seq);
    const message = wireBatch(seq, records);
    slot.worker.postMessage(message, [message.lines.buffer as ArrayBuffer]);
  };
  const maxInFlight = jobs * 3;
  try {
    dispatch(first);
    for (;;) {
      while (!exhausted && sent - emitted < maxInFlight && !done.has(emitted)) {
        const batch = await readBatch(sent > emitted);
        if (!batch.length) break;
        dispatch(batch);
      }
      const answer = done.get(emitted);
      if (answer) {
        const records = batches.get(emitted) as InputRecord[];
        done.delete(emitted);
        batches.delete(emitted);
        emitted++;
        for (let i = 0; i < records.length; i++) {
          const result = 'seq' in answer ? unpackResult(answer, i) : answer[i];
          yield { record: records[i] as InputRecord, result: result ?? { error: 'no result' } };
        }
        continue;
      }
      if (exhausted && emitted === sent) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    const all = slots.splice(0);
    await Promise.all(all.map((slot) => slot.worker.terminate()));
  }
}
