/**
 * A service-time stopwatch with pauses: the common ground of reaction and resolution times.
 * It runs in service hours only, stops while the ticket waits on the customer, and reads the
 * situation as it was at `now` (events after `now` have not happened yet, so reports "as of" a
 * past date come out as they would have then).
 */
import { addServiceMinutes, serviceMinutesBetween, type BusinessCalendar } from './business-calendar.js';

export interface Pause {
  readonly from: Date;
  /** Absent while the pause lasts. */
  readonly to?: Date;
}

export interface ClockInput {
  readonly calendar: BusinessCalendar;
  readonly startedAt: Date;
  readonly stoppedAt?: Date;
  readonly pauses: readonly Pause[];
  readonly targetMinutes: number;
  readonly now: Date;
}

export type ClockReading =
  | { kind: 'met'; deadline: Date; stoppedAt: Date; usedMinutes: number }
  | { kind: 'breached'; deadline: Date; stoppedAt: Date; usedMinutes: number; overdueMinutes: number }
  | { kind: 'pending'; deadline: Date; usedMinutes: number; remainingMinutes: number }
  | { kind: 'paused'; pausedSince: Date; usedMinutes: number; remainingMinutes: number }
  | { kind: 'overdue'; deadline: Date; usedMinutes: number; overdueMinutes: number };

/** [start, end) in epoch ms; end is Infinity for a pause still open at the horizon. */
interface Span {
  start: number;
  end: number;
}

const MINUTE_MS = 60 * 1000;

export function readClock(input: ClockInput): ClockReading {
  const { calendar: cal, targetMinutes, now } = input;
  if (!Number.isFinite(targetMinutes) || targetMinutes < 0) {
    throw new RangeError(`a target must be a finite number of minutes >= 0, got ${targetMinutes}`);
  }
  const start = input.startedAt.getTime();
  const stop = input.stoppedAt && input.stoppedAt.getTime() <= now.getTime() ? input.stoppedAt.getTime() : undefined;
  // A stopped clock has no open pause: whatever was pending ended when the clock stopped.
  const horizon = stop ?? now.getTime();
  const pauses = normalisePauses(input.pauses, start, horizon, stop === undefined);
  const target = Math.round(targetMinutes * MINUTE_MS);
  const used = Math.max(0, countedMs(cal, start, Math.max(start, horizon), pauses));
  const deadline = deadlineOf(cal, start, pauses, target);
  const minutes = (ms: number) => ms / MINUTE_MS;

  if (stop !== undefined) {
    const at = new Date(stop);
    const finalDeadline = new Date(deadline as number); // every pause is closed, so it exists
    return stop <= (deadline as number)
      ? { kind: 'met', deadline: finalDeadline, stoppedAt: at, usedMinutes: minutes(used) }
      : {
          kind: 'breached',
          deadline: finalDeadline,
          stoppedAt: at,
          usedMinutes: minutes(used),
          overdueMinutes: minutes(Math.max(0, used - target)),
        };
  }
  if (deadline === undefined) {
    const open = pauses[pauses.length - 1] as Span;
    return {
      kind: 'paused',
      pausedSince: new Date(open.start),
      usedMinutes: minutes(used),
      remainingMinutes: minutes(target - used),
    };
  }
  return horizon <= deadline
    ? {
        kind: 'pending',
        deadline: new Date(deadline),
        usedMinutes: minutes(used),
        remainingMinutes: minutes(target - used),
      }
    : {
        kind: 'overdue',
        deadline: new Date(deadline),
        usedMinutes: minutes(used),
        overdueMinutes: minutes(Math.max(0, used - target)),
      };
}

/** Sorted, merged, cut to [start, horizon); a pause not ended by the horizon stays open unless `openAllowed` is false. */
function normalisePauses(pauses: readonly Pause[], start: number, horizon: number, openAllowed: boolean): Span[] {
  const spans = pauses
    .map((p) => {
      const to = p.to?.getTime();
      const ended = to !== undefined && to <= horizon;
      return { start: Math.max(start, p.from.getTime()), end: ended ? to : openAllowed ? Infinity : horizon };
    })
    .filter((s) => s.start < horizon && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function serviceMs(cal: BusinessCalendar, from: number, to: number): number {
  return Math.round(serviceMinutesBetween(cal, new Date(from), new Date(to)) * MINUTE_MS);
}

function countedMs(cal: BusinessCalendar, from: number, to: number, pauses: readonly Span[]): number {
  let total = serviceMs(cal, from, to);
  for (const p of pauses) {
    const [lo, hi] = [Math.max(from, p.start), Math.min(to, p.end)];
    if (hi > lo) total -= serviceMs(cal, lo, hi);
  }
  return total;
}

/** When `target` ms of unpaused service time have run; undefined while an open pause holds the clock first. */
function deadlineOf(cal: BusinessCalendar, start: number, pauses: readonly Span[], target: number): number | undefined {
  let t = start;
  let remaining = target;
  const reachedFrom = (from: number) => addServiceMinutes(cal, new Date(from), remaining / MINUTE_MS).getTime();
  for (const pause of pauses) {
    if (pause.end <= t) continue;
    const candidate = reachedFrom(t);
    if (candidate <= pause.start) return candidate;
    remaining -= serviceMs(cal, t, Math.max(t, pause.start));
    if (pause.end === Infinity) return undefined;
    t = pause.end;
  }
  return reachedFrom(t);
}
