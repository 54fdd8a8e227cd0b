import { describeDuration, formatDuration, requireDuration } from '../../core/duration.js';
import { refused } from '../../core/errors.js';
import { decideTimeEntry, type TimeInput } from '../../core/ticket/time-rules.js';
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
import { interactive, prompts } from '../prompts.js';
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
    const on = running ? ` on ${await hd.tickets.shortId(running.ticket)} since ${shortTime(running.startedAt)}` : '';
    throw refused(
      `${actor.id} has a work session running${on}`,
      'stop it first with desk stop (or drop it with desk stop --discard)',
    );
  }
  const short = await hd.tickets.shortId(id);
  if (o.json) await printJson({ id, short, session });
  else await print(`${short}: work session started at ${shortTime(session.startedAt)}; desk stop logs the time`);
}

export interface StopFlags extends GlobalOptions {
  activity?: string;
  message?: string;
  duration?: string;
  discard?: boolean;
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
    await print(
      (await dropSession(path))
        ? 'Work session dropped; nothing logged.'
        : `${actor.id} has no work session running; nothing to drop.`,
    );
    return;
  }
  const session = await readSession(path);
  if (!session)
    throw refused(
      `${actor.id} has no work session running`,
      'start one with desk start ID, or log time directly with desk log ID DURATION',
    );
  const measured = measureSession(new Date(session.startedAt), hd.now(), hd.timeZone, hd.config.sessions.cap);
  const told = o.duration ?? (measured.review ? await askRealDuration(measured.review) : undefined);
  const minutes = told === undefined ? measured.minutes : requireDuration(told, '--duration');
  const short = await hd.tickets.shortId(session.ticket);
  if (minutes === 0 && told === undefined) {
    await dropSession(path);
    await print(`${short}: the session lasted less than a minute; nothing logged`);
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
  decideTimeEntry(ticket, input, ctx); // refuse before taking the lock
  const added = await appendToTickets(
    hd,
    actor,
    [session.ticket],
    (t) => [decideTimeEntry(t.state, input, ctx)],
    () => `${short}: log ${formatDuration(minutes)} ${activity} on ${input.on} (work session)`,
  );
  await dropSession(path);
  const entry = added.get(session.ticket)?.[0];
  if (o.json) {
    await printJson({ id: session.ticket, short, entry: entry?.id, ran: measured.ran, event: entry });
    return;
  }
  const lines = [`${short}: logged ${formatDuration(minutes)} ${activity} on ${input.on} [${entry?.id}]`];
  if (input.review) {
    lines.push(
      paint.yellow(`This session looks forgotten: ${input.review}, marked for review.`),
      `If you know the real time, correct it: desk log ${short} DURATION --replace ${entry?.id} (next time: desk stop --duration DURATION)`,
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
    else await print(`No work session running for ${actor.name} (${actor.id}).`);
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
    `${paint.bold(short)}: work session since ${shortTime(s.startedAt)} (${describeDuration(m.ran)})${s.activity ? `, ${s.activity}` : ''}${s.note ? ` — ${s.note}` : ''}`,
  ];
  if (m.review)
    lines.push(
      paint.yellow(`Looks forgotten: ${m.review} if stopped now (cap ${describeDuration(hd.config.sessions.cap)}).`),
      'Stop it with the real time: desk stop --duration DURATION',
    );
  else lines.push('desk stop logs it.');
  return lines.join('\n');
}

function activityFrom(flag: string | undefined): Activity | undefined {
  return flag === undefined ? undefined : oneOf(flag, ACTIVITIES, '--activity');
}

/** In a terminal, a forgotten session asks for the real time (Enter keeps the capped time); elsewhere it is capped. */
async function askRealDuration(review: string): Promise<string | undefined> {
  if (!interactive()) return undefined;
  const { input } = await prompts();
  const answer = await input({
    message: `This session looks forgotten (${review}). How long did you really work? (Enter keeps the capped time)`,
  });
  return answer.trim() || undefined;
}

/** `desk status` changes nothing: whoever is on the staff may ask about their session. */
async function readOnly(o: GlobalOptions) {
  const hd = await openHelpdesk(o);
  return { hd, actor: await hd.identify(o.as, io().env) };
}
