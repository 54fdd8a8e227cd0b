import { formatDuration } from '../../core/duration.js';
import { language, say, t, text, type Key } from '../../i18n/index.js';
import { formatDay } from '../../i18n/format.js';
import { attachmentDir } from '../../store/helpdesk.js';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../store/atomic-write.js';
import { checkOutputFile } from '../output-file.js';
import { join, resolve } from 'node:path';
import { io } from '../../io/context.js';
import { usage } from '../../core/errors.js';
import type { ReactionKind } from '../../core/ticket/reaction.js';
import { safeFileName } from '../../core/safe-text/index.js';
import { followUpDay, silenceDay } from '../../core/ticket/daily.js';
import { dailyRulesOf } from '../housekeeping.js';
import { describeBytes } from '../../render/terminal/ticket-text.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { paint, table } from '../../render/terminal/style.js';
import { pageFor } from '../pager.js';
// billing's modules one by one: its index loads everything invoicing needs
import { classifyEntries, type ClassifiedEntry } from '../../core/billing/classify.js';
import { moneyWarnings, type MoneyWarning } from '../../core/billing/warnings.js';
import { conflictsOf } from '../../core/ticket/conflicts.js';
import { CHANGE_REQUEST_LIMIT_MINUTES } from '../../core/ticket/vocabulary.js';
import { entriesOf, factsOf } from '../../core/billing/from-tickets.js';
import { DeskError } from '../../core/errors.js';
import type { TicketRecord } from '../../core/ticket/ticket-record.js';
import type { TicketState } from '../../core/ticket/projection.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { UNKNOWN_CUSTOMER } from '../../core/ticket/vocabulary.js';
import { commitSection } from '../../render/terminal/commit-text.js';
import { conversationOf, renderConversation } from '../../render/terminal/conversation.js';
import { ticketStateView } from '../../render/json/ticket.js';
import { describeReaction, describeResolution, slaJson } from '../../render/terminal/sla-text.js';
import { describeEvent, describeStatus, indented, shortTime } from '../../render/terminal/ticket-text.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';

/** `desk show ID`: the summary and the full timeline. */
export async function show(
  ref: string,
  o: GlobalOptions & { json?: boolean; attachment?: string; out?: string },
): Promise<void> {
  const hd = await openHelpdesk(o);
  const id = await hd.resolveTicket(ref);
  const { state: s, events } = await hd.readTicket(id);
  if (o.attachment !== undefined) return writeAttachment(hd, s, o.attachment, o.out);
  const short = await hd.tickets.shortId(id);
  const [mergedInto, dupNames] = await Promise.all([
    s.duplicateOf ? hd.tickets.shortId(s.duplicateOf) : undefined,
    hd.tickets.shortIds(s.mergedFrom),
  ]);
  const sla = await ticketSlaView(hd, { id, state: s, events });
  const time = await timeBuckets(hd, s);
  const warnings = moneyWarnings(s, time);
  if (o.json) {
    await printJson({
      id,
      short,
      state: ticketStateView(s),
      events,
      conversation: conversationOf(id, events),
      time,
      sla: sla.json,
      reaction: s.firstReaction ?? null,
      attachments: s.attachments.map((a) => ({ ...a, path: `${attachmentDir(id)}/${a.file}` })),
      warnings: warnings.map(({ kind, message }) => ({ kind, message })),
    });
    return;
  }
  const conversation = conversationOf(id, events);
  const opening = events[0]?.type === 'opened' && events[0].mail !== undefined;
  const field = (key: Key, value: string | undefined) =>
    value ? `${paint.dim(t(key).padEnd(language() === 'de' ? 15 : 12))}${value}` : undefined;
  const logged = s.timeEntries.reduce((sum, t) => sum + t.minutes, 0);
  const lines = [
    `${paint.bold(short)}  ${paint.bold(line(s.title))}`,
    field('show.status', describeStatus(s)),
    field(
      s.closure === 'merged' ? 'show.mergedInto' : 'show.duplicateOf',
      mergedInto && t('show.goesOnThere', { id: mergedInto }),
    ),
    field('show.mergedIn', s.mergedFrom.map((d) => dupNames.get(d) ?? d).join(', ') || undefined),
    field('show.tags', s.tags.join(', ') || undefined),
    field('show.followUp', s.status === 'waiting' ? formatDay(followUpDay(s, dailyRulesOf(hd)) ?? '') : undefined),
    field(
      'show.closes',
      s.status === 'resolved'
        ? (() => {
            const day = silenceDay(s, events, dailyRulesOf(hd));
            return day && t('show.closesBySilence', { day: formatDay(day) });
          })()
        : undefined,
    ),
    field(
      'show.customer',
      t('show.customerLine', {
        customer: s.customer,
        contact: s.contact ? line(s.contact) : 'none',
        channel: t(`channel.${s.channel}`),
      }),
    ),
    field('show.received', shortTime(s.receivedAt)),
    field('show.category', s.category && t(`category.${s.category}`)),
    field('show.product', s.product && line(s.module ? `${s.product}/${s.module}` : s.product)),
    field('show.priority', s.priority && t(`priority.${s.priority}`)),
    field('show.estimate', describeEstimate(s)),
    field(
      'show.reacted',
      s.firstReaction
        ? t('show.reactedLine', {
            at: shortTime(s.firstReaction.at),
            by: s.firstReaction.by,
            how: t(REACTION_TEXT[s.firstReaction.how]),
          })
        : t('show.notYet'),
    ),
    field('show.reaction', sla.reaction),
    // desk's mail to these addresses bounced: check them before writing again
    field('show.bounced', s.bouncedAddresses.map((a) => line(a)).join(', ') || undefined),
    field('show.resolution', sla.resolution),
    field(
      'show.time',
      s.timeEntries.length
        ? t('show.timeLine', { time: formatDuration(logged), count: s.timeEntries.length })
        : undefined,
    ),
    field(
      'show.attachments',
      s.attachments.map((a) => `${line(safeFileName(a.name))} (${describeBytes(a.bytes)})`).join(', ') || undefined,
    ),
    field('show.articles', line(s.kbLinks.join(', ')) || undefined),
    field(
      'show.feedback',
      s.feedback
        ? `${s.feedback.score}/5${s.feedback.comment ? ` — ${indented(s.feedback.comment, ' '.repeat(12))}` : ''}`
        : undefined,
    ),
    '',
    // a ticket opened by mail shows its first message, with its headers, in the conversation
    opening ? undefined : s.description ? forTerminal(s.description) : paint.dim(t('show.noDescription')),
    ...renderConversation(conversation),
    '',
    paint.bold(t('show.timeline')),
    ...events.map(
      (e) =>
        `${paint.dim(shortTime(e.at))}  ${line(e.by).padEnd(4)}  ${describeEvent(e)}${e.enteredBy ? paint.dim(t('show.enteredBy', { who: line(e.enteredBy) })) : ''}`,
    ),
    ...timeSection(time),
    ...attention(s, short, warnings),
    ...commitSection(s.commits),
  ];
  await pageFor(hd, o);
  await print(lines.filter((l) => l !== undefined).join('\n'));
}

/**
 * One ticket's figures for `desk show`: the `reaction` and `resolution` lines and the `sla` JSON
 * object (null when the customer's contracts cannot be read; the line says why).
 */
async function ticketSlaView(hd: Helpdesk, ticket: TicketRecord) {
  if (ticket.state.customer === UNKNOWN_CUSTOMER)
    return {
      json: null,
      reaction: 'none agreed: the customer is not known yet (desk edit --customer)',
      resolution: undefined,
    };
  const source = await hd.sla(ticket.state.customer);
  const unknown = (why: string) => ({ json: null, reaction: t('show.unknown', { why }), resolution: undefined });
  const problem = source.problems[0];
  if (problem) return unknown(t('show.seeCheck', { problem: `${problem.file}: ${problem.field}: ${problem.message}` }));
  try {
    const sla = source.slaOf(ticket, hd.now());
    return {
      json: slaJson(sla, hd.timeZone),
      reaction: describeReaction(sla, hd.timeZone),
      resolution: describeResolution(sla, hd.timeZone, ticket.state.status === 'waiting'),
    };
  } catch (e) {
    // overlapping contracts: show the rest of the ticket, say what is wrong here
    if (e instanceof DeskError) return unknown(e.message);
    throw e;
  }
}

/** The ticket's effective time entries with the bucket(s) each went to under the customer's contract. */
async function timeBuckets(hd: Helpdesk, s: TicketState) {
  if (s.timeEntries.length === 0 || s.customer === UNKNOWN_CUSTOMER) return [];
  const customer = await hd.customer(s.customer);
  return classifyEntries({
    customer,
    entries: entriesOf([s]),
    tickets: factsOf([s]),
    increment: hd.config.billing.increment,
  });
}

function describeEstimate(s: TicketState): string | undefined {
  if (s.estimateMinutes === undefined) return undefined;
  const h = `${formatDuration(s.estimateMinutes)} h`;
  if (s.approvedBy) return t('show.approvedBy', { h, by: line(s.approvedBy) });
  // above 8 h it is project work: nobody can approve it in support (docs/workflow.md)
  if (s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES) return t('show.overLimit', { h });
  return t('show.notApproved', { h });
}

/** What needs a person's look: time to review or confirm, moves to settle, money at stake. */
function attention(s: TicketState, short: string, warnings: readonly MoneyWarning[]): string[] {
  const out: string[] = [];
  for (const e of s.timeEntries.filter((x) => x.review !== undefined))
    out.push(t('show.review', { entry: e.id, why: line(e.review ?? ''), id: short }));
  const conflicts = conflictsOf(s);
  for (const c of conflicts?.time ?? []) out.push(t('show.conflictTime', { what: line(say(c)), id: short }));
  for (const m of conflicts?.moves ?? []) out.push(t('show.conflictMove', { what: line(say(m)), id: short }));
  for (const w of warnings) out.push(say(w.text));
  return out.length ? ['', paint.bold(paint.yellow(t('show.needsALook'))), ...out.map((l) => `  ${l}`)] : [];
}

function timeSection(classified: readonly ClassifiedEntry[]): string[] {
  if (classified.length === 0) return [];
  const logged = classified.reduce((sum, c) => sum + c.entry.minutes, 0);
  const billed = classified.reduce((sum, c) => sum + c.billed, 0);
  const rows = classified.map((c) => [
    c.entry.id,
    c.entry.date,
    line(c.entry.staff),
    t(`activity.${c.entry.activity}`),
    formatDuration(c.entry.minutes),
    formatDuration(c.billed),
    c.parts.map((p) => `${t(`bucket.${p.bucket}`)} ${formatDuration(p.minutes)}`).join(' + '),
  ]);
  rows.push([
    '',
    '',
    '',
    paint.bold(t('show.total')),
    paint.bold(formatDuration(logged)),
    paint.bold(formatDuration(billed)),
    '',
  ]);
  const header = (
    ['colEntry', 'colDay', 'colStaff', 'colActivity', 'colLogged', 'colBilled', 'colBucket'] as const
  ).map((k) => t(`show.${k}`));
  return ['', paint.bold(t('show.timeHeading')), table(rows, header)];
}

const REACTION_TEXT: Record<ReactionKind, Key> = {
  conversation: 'show.howConversation',
  reply: 'show.howReply',
  waiting: 'show.howWaiting',
  resolved: 'show.howResolved',
  closed: 'show.howClosed',
  'handed-off': 'show.howHandedOff',
};

/** `desk show ID --attachment NAME [--out FILE]`: the attachment's bytes, to stdout or a file. */
async function writeAttachment(hd: Helpdesk, s: TicketState, name: string, out: string | undefined): Promise<void> {
  const matches = s.attachments.filter((a) => a.name === name || a.file === name || safeFileName(a.name) === name);
  const found = matches[matches.length - 1];
  if (!found)
    throw usage(
      text('show.noAttachment', { id: s.id, name }),
      s.attachments.length
        ? text('show.itsAttachments', { names: s.attachments.map((a) => safeFileName(a.name)).join(', ') })
        : text('show.noAttachments'),
    );
  if (out) checkOutputFile(out, '--out', safeFileName(found.name));
  const content = await readFile(join(hd.root, attachmentDir(s.id), found.file));
  if (out) await writeFileAtomic(resolve(io().cwd, out), content);
  else await new Promise<void>((done, reject) => io().stdout.write(content, (e) => (e ? reject(e) : done())));
}
