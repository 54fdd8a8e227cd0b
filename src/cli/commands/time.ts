import { formatDuration, requireDuration } from '../../core/duration.js';
import { inEnglish, say, t, text, type Text } from '../../i18n/index.js';
import { formatDay } from '../../i18n/format.js';
import { usage } from '../../core/errors.js';
import { classifyEntries, entriesOf, factsOf, moneyWarnings, type MoneyWarning } from '../../core/billing/index.js';
import { invoicesSettling } from '../../core/invoice/ledger.js';
import type { EventPayload, TicketEvent } from '../../core/ticket/events.js';
import { project, type TicketState } from '../../core/ticket/projection.js';
import {
  decideCancel,
  decideConfirm,
  decideTimeEntry,
  requireDayFits,
  requireEntry,
} from '../../core/ticket/time-rules.js';
import { ACTIVITIES } from '../../core/ticket/vocabulary.js';
import { parseDay } from '../../core/time.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import type { GlobalOptions } from '../context.js';
import { openForTicketWork } from '../housekeeping.js';
import { print, printJson } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { need } from '../prompts.js';
import { timeContext } from '../time-context.js';
import { refuseEmpty } from '../flag-values.js';
import { oneOf } from './qualification.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

export interface LogFlags extends GlobalOptions {
  activity?: string;
  on?: string;
  message?: string;
  nonBillable?: boolean;
  reason?: string;
  undo?: string;
  replace?: string;
  confirm?: string;
  json?: boolean;
}

/**
 * `desk log ID DURATION`: a time entry is an event on the ticket. Corrections are new events:
 * `--undo ENTRY` cancels an entry, `--replace ENTRY` logs a new one in its place, `--confirm
 * ENTRY` confirms one marked for review or the result of corrections made in two clones.
 * Everything is decided under the lock on the ticket and the invoices as they are then.
 */
export async function log(first: string | undefined, second: string | undefined, o: LogFlags): Promise<void> {
  for (const [flag, entry] of [
    ['--undo', o.undo],
    ['--replace', o.replace],
    ['--confirm', o.confirm],
  ] as const) {
    // an empty entry would otherwise be no correction at all: the duration logged as new time
    if (entry !== undefined && entry.trim() === '') throw usage(text('time.emptyEntry', { flag }));
  }
  refuseEmpty({ '--on': o.on, '--activity': o.activity, '--reason': o.reason });
  const correcting = o.undo ?? o.replace ?? o.confirm;
  if ([o.undo, o.replace, o.confirm].filter((v) => v !== undefined).length > 1)
    throw usage('--undo, --replace and --confirm exclude each other');
  if (first === undefined && correcting === undefined)
    throw usage('missing ID', 'desk log ID DURATION, e.g. desk log T-4K7M2 1h30m --activity analysis');
  const { hd, actor } = await openForTicketWork(o, 'time.log');
  // with a correction the ticket may be left out: the entry id finds it (undo and confirm take no duration)
  const cancelsOrConfirms = o.undo !== undefined || o.confirm !== undefined;
  const [ref, given] = cancelsOrConfirms
    ? [first, second]
    : correcting && second === undefined && (first === undefined || /^\d|:/.test(first))
      ? [undefined, first]
      : [first, second];
  const id = ref !== undefined ? await hd.resolveTicket(ref) : await ticketOfEntry(hd, correcting!);
  // docs/commands.md: on a terminal, a missing duration is asked for
  const durationText =
    given === undefined && !cancelsOrConfirms
      ? await need(undefined, 'DURATION', (p) => p.input({ message: t('time.askDuration'), required: true })).catch(
          (e: unknown) => {
            if ((e as { code?: string }).code === 'usage')
              throw usage(text('time.missingDuration'), text('time.missingDurationHint'));
            throw e;
          },
        )
      : given;
  const ctx = await timeContext(hd, (await hd.readTicket(id)).state.customer);

  let decideOn: (s: TicketState, events: readonly TicketEvent[]) => EventPayload;
  if (cancelsOrConfirms) {
    const flag = o.undo !== undefined ? '--undo' : '--confirm';
    if (durationText !== undefined) throw usage(text('time.noDurationWith', { flag }));
    decideOn =
      o.undo !== undefined
        ? (s) => decideCancel(s, o.undo!, o.reason)
        : (s, events) => decideConfirm(s, events, o.confirm!, o.message);
  } else {
    if (durationText === undefined) throw usage(text('time.missingDuration'), text('time.missingDurationHint'));
    if (o.nonBillable && o.reason === undefined)
      throw usage('--non-billable needs --reason', 'say why the time is not billed (goodwill, our own error, …)');
    const minutes = requireDuration(durationText, 'DURATION');
    const activity = o.activity === undefined ? undefined : oneOf(o.activity, ACTIVITIES, '--activity');
    const on = o.on === undefined ? undefined : parseDay(o.on, '--on');
    decideOn = (s) => {
      // a replacement keeps what it does not change from the entry it replaces
      const old = o.replace === undefined ? undefined : requireEntry(s, o.replace);
      return decideTimeEntry(
        s,
        {
          minutes,
          activity: activity ?? old?.activity ?? 'solution',
          on: on ?? old?.on ?? ctx.today,
          staff: actor.id,
          note: o.message ?? old?.note,
          nonBillable: o.nonBillable ? o.reason : undefined,
          replaces: old?.id,
        },
        ctx,
      );
    };
  }
  const before = await hd.readTicket(id);
  decideOn(before.state, before.events); // refuse before taking the lock; decided again under it
  const short = await hd.tickets.shortId(id);
  let recorded!: EventPayload;
  let entryId = '';
  let after!: TicketState;
  let invoiced: string[] = [];
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id); // the ticket may have changed meanwhile
    recorded = decideOn(current.state, current.events);
    const event = hd.stamp(recorded, actor, current.events);
    entryId = event.id;
    after = project(id, [...current.events, event]);
    if (recorded.type === 'time-logged') requireDayFits(after, actor.id, recorded.on);
    // an invoice issued meanwhile is seen here: the time is then billed as a late charge
    invoiced = invoicesSettling(
      (await hd.invoices.all()).records,
      current.state.customer,
      daysTouched(current.state, recorded),
    );
    return {
      files: [hd.ticketChange(id, current.events, [event])],
      message: `${short}: ${inEnglish(describe(recorded))}`,
    };
  });
  const warnings = recorded.type === 'time-confirmed' ? [] : await warningsOf(hd, after);
  const late = invoiced.length > 0 ? lateNote(recorded, invoiced) : undefined;
  if (o.json) {
    await printJson({
      id,
      short,
      entry: entryId,
      event: recorded,
      invoiced,
      warnings: warnings.map(({ kind, message }) => ({ kind, message })),
    });
    return;
  }
  const lines = [`${short}: ${line(say(describe(recorded)))} [${entryId}]`];
  if (late) lines.push(late);
  for (const w of warnings) lines.push(paint.yellow(`${t('time.warning')} ${say(w.text)}`));
  await print(lines.join('\n'));
}

/** The days whose periods a change touches: the day logged, and the day of an entry replaced or cancelled. */
function daysTouched(s: TicketState, p: EventPayload): string[] {
  if (p.type === 'time-logged') return [p.on, ...(p.replaces ? [requireEntry(s, p.replaces).on] : [])];
  if (p.type === 'time-cancelled') return [requireEntry(s, p.entry).on];
  return [];
}

function lateNote(p: EventPayload, invoices: readonly string[]): string {
  const by = { count: invoices.length, invoices: invoices.join(', ') };
  if (p.type === 'time-logged' && !p.replaces) return t('time.lateCharge', { on: formatDay(p.on), ...by });
  return t('time.lateCorrection', by);
}

async function warningsOf(hd: Helpdesk, s: TicketState): Promise<MoneyWarning[]> {
  const customer = await hd.customer(s.customer);
  const classified = classifyEntries({
    customer,
    entries: entriesOf([s]),
    tickets: factsOf([s]),
    increment: hd.config.billing.increment,
  });
  return moneyWarnings(s, classified);
}

function describe(p: EventPayload): Text | string {
  if (p.type === 'time-cancelled') return text('time.cancel', { entry: p.entry });
  if (p.type === 'time-confirmed') return text('time.confirm', { entry: p.entry, note: p.note ?? 'none' });
  if (p.type !== 'time-logged') return p.type;
  return text('time.log', {
    time: formatDuration(p.minutes),
    activity: text(`activity.${p.activity}`),
    on: p.on,
    nonBillable: p.nonBillable ?? 'none',
    replaces: p.replaces ?? 'none',
  });
}

async function ticketOfEntry(hd: Helpdesk, entry: string): Promise<string> {
  const owners = await hd.tickets.withEntry(entry);
  if (owners.length === 1) return owners[0]!;
  if (owners.length === 0) throw usage(text('time.noSuchEntry', { entry }), text('time.noSuchEntryHint'));
  throw usage(text('time.entryOnSeveral', { entry }));
}
