import { io } from '../io/context.js';

/**
 * A one-line progress bar on stderr for long work (indexing a fresh clone's tickets), drawn
 * only on a terminal and at most ten times a second; elsewhere long work stays quiet.
 */
export function progressBar(
  label: string,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = io().stderr,
): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const percent = total ? Math.floor((done / total) * 100) : 100;
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${done}/${total}`);
    if (done >= total) stream.write('\r\x1b[K');
  };
}
