import { io } from '../io/context.js';

/**
 * Crash points for the tests that prove an interrupted command leaves nothing half-done.
 * `DESK_FAULT=mid-write` kills the process at that point as a power cut would; unset, it costs
 * nothing.
 */
export type FaultPoint =
  | 'mid-write'
  | 'before-commit'
  // merging a ticket both sides changed: in git's driver, or in desk sync's replay
  | 'in-merge-driver'
  // desk sync: the files and index are those of the replayed commits, the branch not yet moved
  | 'mid-moving-branch'
  // mail: a batch committed, not yet marked processed in the mailbox; a mail sent, not yet recorded
  | 'mail-before-mark'
  | 'mail-after-send'
  // mail not tied to a ticket: sent and noted in the clone, the results not yet committed
  | 'mail-before-record'
  // desk notify: claims committed, nothing sent yet; a webhook posted, its result not yet committed
  | 'notify-after-claim'
  | 'notify-after-send';

export function faultPoint(point: FaultPoint): void {
  if (io().env.DESK_FAULT === point) process.kill(process.pid, 'SIGKILL');
}

/**
 * Like `faultPoint`, but kills the whole process group — the command, the git it started and
 * that git's children — as Ctrl-C or a closed terminal would in the middle of `desk sync`.
 */
export function faultPointForGroup(point: FaultPoint): void {
  if (io().env.DESK_FAULT === point) process.kill(0, 'SIGKILL');
}
