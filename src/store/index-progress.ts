import { perRun } from '../io/context.js';

/**
 * Who hears about a long rebuild of the ticket index (a fresh clone): the CLI's progress bar.
 * Kept apart from the index itself so that setting it loads nothing a command may not need.
 */
export interface IndexProgress {
  (done: number, total: number): void;
}

const listening = perRun((): { listener?: IndexProgress } => ({}));

/** Quiet when unset. */
export function onIndexProgress(fn: IndexProgress | undefined): void {
  listening().listener = fn;
}

export function indexProgress(): IndexProgress | undefined {
  return listening().listener;
}
