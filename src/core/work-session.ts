import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { z } from 'zod';
import { describeDuration, type Minutes } from './duration.js';
import { localDay } from './time.js';
import { ACTIVITIES } from './ticket/vocabulary.js';
import { isoInstant } from './schema/common.js';

/**
 * A work session measured by `desk start` and `desk stop`. A session that ran longer than the
 * cap, or past midnight, was most likely forgotten: it is counted up to the cap (and never past
 * the midnight after its start) and the entry is marked for review, instead of billing the
 * customer for the night.
 */
export interface SessionMeasure {
  /** How long the session ran, start to now. */
  ran: Minutes;
  /** What is logged: `ran`, or less when capped. */
  minutes: Minutes;
  /** The company-local day the session started: the day the time is logged on. */
  on: string;
  /** Why the entry needs a look, when the session looks forgotten (kept on the entry, in English like the files). */
  review?: string;
  /** The same, for a person to read in their language. */
  forgotten?: { pastMidnight: boolean; ran: Minutes; logged: Minutes; cap: Minutes };
}

export function measureSession(startedAt: Date, now: Date, timeZone: string, capMinutes: Minutes): SessionMeasure {
  const ran = Math.max(0, Math.round((now.getTime() - startedAt.getTime()) / 60_000));
  const on = localDay(startedAt, timeZone);
  const midnight = startOfDay(addDays(new TZDate(startedAt.getTime(), timeZone), 1)).getTime();
  const untilMidnight = Math.floor((midnight - startedAt.getTime()) / 60_000);
  const pastMidnight = now.getTime() > midnight;
  if (ran <= capMinutes && !pastMidnight) return { ran, minutes: ran, on };
  const minutes = Math.min(ran, capMinutes, untilMidnight);
  const why = pastMidnight ? 'it ran past midnight' : `it ran longer than the ${describeDuration(capMinutes)} cap`;
  return {
    ran,
    minutes,
    on,
    review: `session started ${on} ran ${describeDuration(ran)}; ${why}, so ${describeDuration(minutes)} were logged`,
    forgotten: { pastMidnight, ran, logged: minutes, cap: capMinutes },
  };
}

/** A running session, as kept in the user's state folder between `desk start` and `desk stop`. */
export const runningSessionSchema = z.object({
  helpdesk: z.string().min(1),
  staff: z.string().min(1),
  ticket: z.string().min(1),
  startedAt: isoInstant,
  activity: z.enum(ACTIVITIES).optional(),
  note: z.string().optional(),
});
export type RunningSession = z.infer<typeof runningSessionSchema>;
