/** A worker thread of the pool: builds the task once, then answers each batch of records with its results. */
import { parentPort, workerData } from 'node:worker_threads';
import type { InputRecord } from '../io/read-records.js';
import { makeBatchTask, type TaskResult, type TaskSpec } from './tasks.js';

/** A batch of records sent by the pool. */
export interface BatchMessage {
  readonly seq: number;
  readonly records: readonly InputRecord[];
}

/** The answer to a batch: one result per record, in order. */
export interface ResultMessage {
  readonly seq: number;
  readonly results: readonly TaskResult[];
}

const port = parentPort;
if (port) {
  const task = makeBatchTask(workerData as TaskSpec);
  port.on('message', (message: BatchMessage) => {
    const results = task(message.records);
    port.postMessage({ seq: message.seq, results } satisfies ResultMessage);
  });
}
