import { parentPort, workerData } from 'node:worker_threads';
import { parseTicket } from '../../core/ticket/ticket-file.js';
import { readRow, type Row } from './ticket-rows.js';

/** One worker of readInWorkers: reads its share of ticket files, sends the rows in batches. */
const { root, ids } = workerData as { root: string; ids: string[] };
let batch: Row[] = [];
for (const id of ids) {
  batch.push(readRow(root, id, parseTicket));
  if (batch.length === 250) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
if (batch.length) parentPort!.postMessage(batch);
