/**
 * Crash points for the tests that prove an interrupted command leaves nothing half-done.
 * `DESK_FAULT=mid-write` kills the process at that point as a power cut would; unset, it costs
 * nothing.
 */
export type FaultPoint = 'mid-write' | 'before-commit';

export function faultPoint(point: FaultPoint): void {
  if (process.env.DESK_FAULT === point) process.kill(process.pid, 'SIGKILL');
}
