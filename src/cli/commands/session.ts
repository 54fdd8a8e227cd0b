import { formatDuration, requireDuration } from '../../core/duration.js';
import { refused } from '../../core/errors.js';
import { decideTimeEntry, requireDayRoom, type TimeInput } from '../../core/ticket/time-rules.js';
import type { TicketState } from '../../core/ticket/projection.js';
import { ACTIVITIES, type Activity } from '../../core/ticket/vocabulary.js';
import { toZonedIso } from '../../core/time.js';
import { measureSession, type RunningSession } from '../../core/work-session.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { dropSession, readSession, saveNewSession, sessionFile } from '../../store/sessions.js';
import { appendToTickets } from '../append-events.js';
import { timeContext } from '../time-context.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { askYesNo, interactive, prompts } from '../prompts.js';
import { t, text } from '../../i18n/index.js';
import { describeSpan, formatDay, formatHours } from '../../i18n/format.js';
import { forTerminalLine } from '../../core/safe-text/index.js';
import { shortTime } from '../../render/terminal/ticket-text.js';
import { oneOf } from './qualification.js';
import { io } from '../../io/context.js';

export interface StartFlags extends GlobalOptions {
  activity?: string;
  message?: string;
  json?: boolean;
}

/** `desk start ID`: starts measuring a work session on a ticket; one per person and helpdesk. */
export async function start(ref: string, o: StartFlags): Promise<void> {
  const { hd, actor } = await openForChange(o, 'time.log');
  const id = await hd.resolveTicket(ref);
  const activity = activityFrom(o.activity);
  const ticket = (await hd.readTicket(id)).state;
  const ctx = await timeContext(hd, ticket.customer);
  // refuse now what `desk stop` would refuse, not after an hour of work
  decideTimeEntry(ticket, { minutes: 1, activity: activity ?? 'solution', on: ctx.today, staff: actor.id }, ctx);
  const path = sessionFile(io().env, hd.root, actor.id);
  const session: RunningSession = {
    helpdesk: hd.root,
    staff: actor.id,
    ticket: id,
    startedAt: toZonedIso(hd.now(), hd.timeZone),
    activity,
    note: o.message,
  };
  if (!(await saveNewSession(path, session))) {
    const running = await readSession(path);
    throw refused(
      text('sessions.running', {
        staff: actor.id,
        ticket: running ? await hd.tickets.shortId(running.ticket) : 'none',
        since: running ? shortTime(running.startedAt) : '',
      }),
      text('sessions.runningHint'),
    );
  }
  const short = await hd.tickets.shortId(id);
  if (o.json) await printJson({ id, short, session });
  else await print(t('sessions.started', { ticket: short, at: shortTime(session.startedAt) }));
}

export interface StopFlags extends GlobalOptions {
  activity?: string;
  message?: string;
  duration?: string;
  discard?: boolean;
  yes?: boolean;
  json?: boolean;
}

/**
 * `desk stop`: logs the running session as a time entry, through the same rules as `desk log`.
 * A session that looks forgotten is capped and the entry marked for review (src/core/work-session.ts);
 * `--duration` logs the real time instead.
 */
export async function stop(o: StopFlags): Promise<void> {
  const { hd, actor } = await openForChange(o, 'time.log');
  const path = sessionFile(io().env, hd.root, actor.id);
  if (o.discard) {
    const running = await readSession(path);
    if (running && !o.yes && interactive()) {
      const ticket = await hd.tickets.shortId(running.ticket);
      // dropping loses the time measured so far: at a terminal, a person says so once more
      if (!(await askYesNo(t('sessions.discardAsk', { ticket, since: shortTime(running.startedAt) }))))
        return print(t('sessions.discardKept'));
    }
    await print((await dropSession(path)) ? t('sessions.dropped') : t('sessions.nothingToDrop', { staff: actor.id }));
    return;
  }
  const session = await readSession(path);
  if (!session) throw refused(text('sessions.noneRunning', { staff: actor.id }), text('sessions.noneRunningHint'));
  const measured = measureSession(new Date(session.startedAt), hd.now(), hd.timeZone, hd.config.sessions.cap);
  const told = o.duration ?? (measured.forgotten ? await askRealDuration(measured.forgotten) : undefined);
  const minutes = told === undefined ? measured.minutes : requireDuration(told, '--duration');
  const short = await hd.tickets.shortId(session.ticket);
  if (minutes === 0 && told === undefined) {
    await dropSession(path);
    await print(t('sessions.underAMinute', { ticket: short }));
    return;
  }
  const activity = activityFrom(o.activity) ?? session.activity ?? 'solution';
  const input: TimeInput = {
    minutes,
    activity,
    on: measured.on,
    staff: actor.id,
    note: o.message ?? session.note,
    review: told === undefined ? measured.review : undefined,
  };
  const ticket = (await hd.readTicket(session.ticket)).state;
  const ctx = await timeContext(hd, ticket.customer);
  // refuse before taking the lock, and again under it on the ticket as it is then
  const decide = (s: TicketState) => {
    requireDayRoom(s, input.staff, input.on, input.minutes);
    return decideTimeEntry(s, input, ctx);
  };
  decide(ticket);
  const added = await appendToTickets(
    hd,
    actor,
    [session.ticket],
    (t) => [decide(t.state)],
    () => `${short}: log ${formatDuration(minutes)} ${activity} on ${input.on} (work session)`,
  );
  await dropSession(path);
  const entry = added.get(session.ticket)?.[0];
  if (o.json) {
    await printJson({ id: session.ticket, short, entry: entry?.id, ran: measured.ran, event: entry });
    return;
  }
  const lines = [
    t('sessions.logged', {
      ticket: short,
      duration: formatHours(minutes),
      activity: text(`activity.${activity}`),
      on: formatDay(input.on),
      entry: entry?.id ?? '',
    }),
  ];
  if (input.review && measured.forgotten) {
    lines.push(
      paint.yellow(
        t('sessions.forgotten', {
          on: formatDay(measured.on),
          ran: describeSpan(measured.forgotten.ran),
          pastMidnight: measured.forgotten.pastMidnight ? 'yes' : 'no',
          cap: describeSpan(measured.forgotten.cap),
          logged: describeSpan(measured.forgotten.logged),
        }),
      ),
      t('sessions.correctIt', { ticket: short, entry: entry?.id ?? '' }),
    );
  }
  await print(lines.join('\n'));
}

/** `desk status`: the running work session of the acting person, if any. */
export async function status(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, actor } = await readOnly(o);
  const session = await readSession(sessionFile(io().env, hd.root, actor.id));
  if (!session) {
    if (o.json) await printJson({ staff: actor.id, session: null });
    else await print(t('sessions.noSession', { name: actor.name, staff: actor.id }));
    return;
  }
  const measured = measureSession(new Date(session.startedAt), hd.now(), hd.timeZone, hd.config.sessions.cap);
  const short = await hd.tickets.shortId(session.ticket);
  if (o.json) {
    await printJson({
      staff: actor.id,
      session: { ...session, short, ran: measured.ran, wouldLog: measured.minutes, review: measured.review ?? null },
    });
    return;
  }
  await print(describeRunning(hd, session, short, measured));
}

function describeRunning(hd: Helpdesk, s: RunningSession, short: string, m: ReturnType<typeof measureSession>): string {
  const lines = [
    t('sessions.since', {
      ticket: paint.bold(short),
      at: shortTime(s.startedAt),
      ran: describeSpan(m.ran),
      activity: s.activity ? text(`activity.${s.activity}`) : 'none',
      note: s.note ? forTerminalLine(s.note) : 'none',
    }),
  ];
  if (m.forgotten)
    lines.push(
      paint.yellow(
        t('sessions.looksForgotten', {
          logged: describeSpan(m.forgotten.logged),
          cap: describeSpan(hd.config.sessions.cap),
        }),
      ),
      t('sessions.stopWithRealTime'),
    );
  else lines.push(t('sessions.stopLogs'));
  return lines.join('\n');
}

function activityFrom(flag: string | undefined): Activity | undefined {
  return flag === undefined ? undefined : oneOf(flag, ACTIVITIES, '--activity');
}

/** In a terminal, a forgotten session asks for the real time (Enter keeps the capped time); elsewhere it is capped. */
async function askRealDuration(forgotten: { ran: number; logged: number }): Promise<string | undefined> {
  if (!interactive()) return undefined;
  const { input } = await prompts();
  const answer = await input({
    message: t('sessions.askRealTime', { ran: describeSpan(forgotten.ran), logged: describeSpan(forgotten.logged) }),
  });
  return answer.trim() || undefined;
}

/** `desk status` changes nothing: whoever is on the staff may ask about their session. */
async function readOnly(o: GlobalOptions) {
  const hd = await openHelpdesk(o);
  return { hd, actor: await hd.identify(o.as, io().env) };
}
