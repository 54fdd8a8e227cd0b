import { describeDuration } from '../duration.js';
import { refused, usage } from '../errors.js';
import type { EventPayload } from './events.js';
import type { TicketState, TimeEntryState } from './projection.js';
import { CHANGE_REQUEST_LIMIT_MINUTES, isSupport, type Activity } from './vocabulary.js';

export interface TimeInput {
  minutes: number;
  activity: Activity;
  /** Company-local day the work was done. */
  on: string;
  staff: string;
  note?: string;
  nonBillable?: string;
  replaces?: string;
  review?: string;
}

const MAX_ENTRY = 24 * 60;

/**
 * Whether this time may be logged on the ticket (docs/domain.md §2–4), as the event to record.
 * `today` is the company-local date; `closedUntil` the last day of a settled period, if any.
 */
export function decideTimeEntry(
  s: TicketState,
  input: TimeInput,
  today: string,
  closedUntil?: string,
): EventPayload<'time-logged'> {
  if (input.minutes <= 0)
    throw usage(
      'DURATION: a time entry must be more than zero',
      'to correct an entry, use --undo ENTRY or --replace ENTRY',
    );
  if (input.minutes > MAX_ENTRY)
    throw usage(
      `DURATION: ${describeDuration(input.minutes)} is more than 24h in one entry`,
      'log each day as its own entry with --on DATE',
    );
  if (input.on > today) throw usage(`--on: ${input.on} is in the future`, 'log time on the day the work was done');
  if (closedUntil && input.on <= closedUntil) {
    throw refused(
      `cannot log time on ${input.on}: the period up to ${closedUntil} is settled and invoiced`,
      'log it with a date in the open period, or cancel the invoice first (desk invoice cancel)',
    );
  }
  if (s.status === 'handed-off' || (s.category && !isSupport(s.category))) {
    const to = s.handoff ? ` (with ${s.handoff.target} ${s.handoff.to})` : '';
    throw refused(
      `cannot log time on ${s.id}: it is not support work${to}`,
      'record that time where the project lead tracks project work, not in the helpdesk',
    );
  }
  if (input.activity === 'change' && s.category === 'change-request') {
    if (s.estimateMinutes === undefined)
      throw refused(
        `cannot log change work on ${s.id}: Second Level has not estimated the change yet`,
        `desk estimate ${s.id} 4h`,
      );
    if (s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES)
      throw refused(
        `cannot log change work on ${s.id}: the estimate of ${describeDuration(s.estimateMinutes)} is over 8h, so it is project work`,
        `desk handoff ${s.id} --to project-lead --reason …`,
      );
    if (!s.approvedBy)
      throw refused(
        `cannot log change work on ${s.id}: the project lead has not approved the change`,
        `the customer's project lead runs: desk approve ${s.id}`,
      );
  }
  const replaces = input.replaces === undefined ? undefined : requireEntry(s, input.replaces).id;
  return { type: 'time-logged', ...input, replaces };
}

/** An entry of the ticket by its id or an unambiguous prefix of it. */
export function requireEntry(s: TicketState, ref: string): TimeEntryState {
  const matches = s.timeEntries.filter((t) => t.id === ref || t.id.startsWith(ref));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0)
    throw usage(`${s.id} has no time entry ${ref}`, 'desk show ID lists the entries with their ids');
  throw usage(`${ref} matches ${matches.length} time entries of ${s.id}: ${matches.map((m) => m.id).join(', ')}`);
}

export function decideCancel(
  s: TicketState,
  ref: string,
  reason: string | undefined,
  closedUntil?: string,
): EventPayload<'time-cancelled'> {
  const entry = requireEntry(s, ref);
  if (closedUntil && entry.on <= closedUntil)
    throw refused(
      `cannot cancel ${entry.id}: it was billed in a settled period (up to ${closedUntil})`,
      'cancel the invoice first (desk invoice cancel)',
    );
  return { type: 'time-cancelled', entry: entry.id, reason };
}
