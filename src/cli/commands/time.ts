import { formatDuration, requireDuration } from '../../core/duration.js';
import { usage } from '../../core/errors.js';
import type { EventPayload } from '../../core/ticket/events.js';
import type { TicketState } from '../../core/ticket/projection.js';
import { decideCancel, decideTimeEntry, requireEntry } from '../../core/ticket/time-rules.js';
import { ACTIVITIES } from '../../core/ticket/vocabulary.js';
import { localDay, parseDay } from '../../core/time.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import type { GlobalOptions } from '../context.js';
import { openForTicketWork } from '../housekeeping.js';
import { print, printJson } from '../output.js';
import { oneOf } from './qualification.js';
import { need } from '../prompts.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

export interface LogFlags extends GlobalOptions {
  activity?: string;
  on?: string;
  message?: string;
  nonBillable?: boolean;
  reason?: string;
  undo?: string;
  replace?: string;
  json?: boolean;
}

/**
 * `desk log ID DURATION`: a time entry is an event on the ticket. Corrections are new events:
 * `--undo ENTRY` cancels an entry, `--replace ENTRY` logs a new one in its place.
 */
export async function log(first: string | undefined, second: string | undefined, o: LogFlags): Promise<void> {
  const correcting = o.undo ?? o.replace;
  if (o.undo && o.replace) throw usage('--undo and --replace exclude each other');
  if (first === undefined && correcting === undefined)
    throw usage('missing ID', 'desk log ID DURATION, e.g. desk log T-4K7M2 1h30m --activity analysis');
  const { hd, actor } = await openForTicketWork(o, 'time.log');
  // with a correction the ticket may be left out: the entry id finds it
  const [ref, given] =
    correcting && second === undefined && (o.undo || first === undefined || /^\d|:/.test(first))
      ? [undefined, first]
      : [first, second];
  const id = ref ? await hd.resolveTicket(ref) : await ticketOfEntry(hd, correcting!);
  // docs/commands.md: on a terminal, a missing duration is asked for
  const durationText =
    given === undefined && !o.undo
      ? await need(undefined, 'DURATION', (p) =>
          p.input({ message: 'How long? (e.g. 1h30m, 90m, 1:30)', required: true }),
        ).catch((e: unknown) => {
          if ((e as { code?: string }).code === 'usage')
            throw usage('missing DURATION', 'e.g. desk log T-4K7M2 1h30m --activity analysis');
          throw e;
        })
      : given;
  const today = localDay(hd.now(), hd.timeZone);
  // periods an invoice has settled are closed: their time was billed (docs/invoicing.md)
  const closed = await hd.invoices.closedUntil((await hd.readTicket(id)).state.customer);

  let decideOn: (s: TicketState) => EventPayload;
  if (o.undo) {
    if (durationText !== undefined) throw usage('--undo takes no DURATION');
    decideOn = (s) => decideCancel(s, o.undo!, o.reason, closed);
  } else {
    if (durationText === undefined) throw usage('missing DURATION', 'e.g. desk log T-4K7M2 1h30m --activity analysis');
    if (o.nonBillable && !o.reason)
      throw usage('--non-billable needs --reason', 'say why the time is not billed (goodwill, our own error, …)');
    const minutes = requireDuration(durationText, 'DURATION');
    const activity = o.activity === undefined ? undefined : oneOf(o.activity, ACTIVITIES, '--activity');
    const on = o.on ? parseDay(o.on, '--on') : undefined;
    decideOn = (s) => {
      // a replacement keeps what it does not change from the entry it replaces
      const old = o.replace ? requireEntry(s, o.replace) : undefined;
      if (old) decideCancel(s, old.id, undefined, closed); // replacing a billed entry would change a settled period
      return decideTimeEntry(
        s,
        {
          minutes,
          activity: activity ?? old?.activity ?? 'solution',
          on: on ?? old?.on ?? today,
          staff: actor.id,
          note: o.message ?? old?.note,
          nonBillable: o.nonBillable ? o.reason : undefined,
          replaces: old?.id,
        },
        today,
        closed,
      );
    };
  }
  decideOn((await hd.readTicket(id)).state); // refuse before taking the lock
  const short = await hd.tickets.shortId(id);
  let recorded: EventPayload | undefined;
  let entryId = '';
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id); // decided again: the ticket may have changed meanwhile
    recorded = decideOn(current.state);
    const event = hd.stamp(recorded, actor, current.events);
    entryId = event.id;
    return { files: [hd.ticketChange(id, current.events, [event])], message: `${short}: ${describe(recorded)}` };
  });
  if (o.json) await printJson({ id, short, entry: entryId, event: recorded });
  else await print(`${short}: ${line(describe(recorded!))} [${entryId}]`);
}

function describe(p: EventPayload): string {
  if (p.type === 'time-cancelled') return `cancel time entry ${p.entry}`;
  if (p.type !== 'time-logged') return p.type;
  const extra = [p.nonBillable && `non-billable: ${p.nonBillable}`, p.replaces && `replacing ${p.replaces}`]
    .filter(Boolean)
    .join(', ');
  return `log ${formatDuration(p.minutes)} ${p.activity} on ${p.on}${extra ? ` (${extra})` : ''}`;
}

async function ticketOfEntry(hd: Helpdesk, entry: string): Promise<string> {
  const owners = await hd.tickets.withEntry(entry);
  if (owners.length === 1) return owners[0]!;
  if (owners.length === 0)
    throw usage(`no time entry ${entry}`, "desk show ID lists a ticket's entries with their ids");
  throw usage(`${entry} matches entries on several tickets; give the ticket too: desk log ID --undo ${entry}`);
}
