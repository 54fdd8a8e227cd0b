import { Worker } from 'node:worker_threads';
import type { IndexProgress } from './cache-events.js';
import type { Row } from './ticket-rows.js';

/**
 * Reads and parses many ticket files on several cores (the first command in a fresh clone of a
 * large helpdesk): each worker takes a share of the ids and sends its rows back in batches.
 */
export async function readInWorkers(
  root: string,
  ids: string[],
  workers: number,
  take: (rows: Row[]) => void,
  report?: IndexProgress,
): Promise<void> {
  const shares: string[][] = Array.from({ length: workers }, () => []);
  ids.forEach((id, i) => shares[i % workers]!.push(id));
  let done = 0;
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./ticket-index-worker.js', import.meta.url), {
            workerData: { root, ids: share },
          });
          worker.on('message', (batch: Row[]) => {
            take(batch);
            done += batch.length;
            report?.(done, ids.length);
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`the index worker stopped with exit code ${code}`)),
          );
        }),
    ),
  );
}
