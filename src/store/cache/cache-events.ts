import { perRun } from '../../io/context.js';
import type { Text } from '../../i18n/keys.js';

/**
 * What the caches in .desk/ tell a person: the progress of a long rebuild of the ticket index (a
 * fresh clone), and one line when a cache was found damaged or written by another build and was
 * built again. The CLI listens (progress bar, stderr); unset, the store is quiet. Kept apart
 * from the caches themselves so that listening loads nothing a command may not need.
 */
export interface IndexProgress {
  (done: number, total: number): void;
}

export interface CacheListener {
  progress?: IndexProgress;
  /** One line, e.g. "the ticket index in .desk/ was damaged: building it again from the files". */
  notice?: (line: Text) => void;
}

const listening = perRun((): { listener: CacheListener; said: Set<string> } => ({ listener: {}, said: new Set() }));

/** Quiet when unset. */
export function listenToCaches(l: CacheListener): void {
  listening().listener = l;
}

export function indexProgress(): IndexProgress | undefined {
  return listening().listener.progress;
}

/** Said once per line and run, however often the cause is met. */
export function cacheNotice(line: Text): void {
  const { listener, said } = listening();
  const once = JSON.stringify(line);
  if (said.has(once)) return;
  said.add(once);
  listener.notice?.(line);
}
