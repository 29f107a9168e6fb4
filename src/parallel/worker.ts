/** A worker thread of the pool: builds the task once, then answers each batch of records with its results. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchMessage, packResults, unwireBatch } from './messages.js';
import { makeBatchTask, type TaskSpec } from './tasks.js';

const port = parentPort;
if (port) {
  const task = makeBatchTask(workerData as TaskSpec);
  port.on('message', (message: BatchMessage) => {
    const packed = packResults(message.seq, task(unwireBatch(message)));
    port.postMessage(packed, [packed.text.buffer as ArrayBuffer]);
  });
}
