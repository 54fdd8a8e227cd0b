import { formatDuration } from '../../core/duration.js';
import { attachmentDir } from '../../store/helpdesk.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { io } from '../../io/context.js';
import { usage } from '../../core/errors.js';
import type { ReactionKind } from '../../core/ticket/reaction.js';
import { safeFileName } from '../../core/safe-text/index.js';
import { followUpDay, silenceDay } from '../../core/ticket/daily.js';
import { dailyRulesOf } from '../housekeeping.js';
import { describeBytes } from '../../render/terminal/ticket-text.js';
import { plural } from '../../render/terminal/plural.js';
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
      warnings,
    });
    return;
  }
  const conversation = conversationOf(id, events);
  const opening = events[0]?.type === 'opened' && events[0].mail !== undefined;
  const field = (name: string, value: string | undefined) =>
    value ? `${paint.dim(name.padEnd(12))}${value}` : undefined;
  const logged = s.timeEntries.reduce((sum, t) => sum + t.minutes, 0);
  const lines = [
    `${paint.bold(short)}  ${paint.bold(line(s.title))}`,
    field('status', describeStatus(s)),
    field(
      s.closure === 'merged' ? 'merged into' : 'duplicate of',
      mergedInto && `${mergedInto} — the request goes on there: desk show ${mergedInto}`,
    ),
    field('merged in', s.mergedFrom.map((d) => dupNames.get(d) ?? d).join(', ') || undefined),
    field('tags', s.tags.join(', ') || undefined),
    field('follow up', s.status === 'waiting' ? followUpDay(s, dailyRulesOf(hd)) : undefined),
    field(
      'closes',
      s.status === 'resolved'
        ? (() => {
            const day = silenceDay(s, events, dailyRulesOf(hd));
            return day && `${day} as accepted by silence, unless the customer answers first`;
          })()
        : undefined,
    ),
    field('customer', `${s.customer}${s.contact ? ` — ${line(s.contact)}` : ''} (via ${s.channel})`),
    field('received', shortTime(s.receivedAt)),
    field('category', s.category),
    field('product', s.product && line(s.module ? `${s.product}/${s.module}` : s.product)),
    field('priority', s.priority),
    field('estimate', describeEstimate(s)),
    field(
      'reacted',
      s.firstReaction
        ? `${shortTime(s.firstReaction.at)} by ${s.firstReaction.by} (${REACTION_TEXT[s.firstReaction.how]})`
        : 'not yet',
    ),
    field('reaction', sla.reaction),
    // desk's mail to these addresses bounced: check them before writing again
    field('bounced', s.bouncedAddresses.map((a) => line(a)).join(', ') || undefined),
    field('resolution', sla.resolution),
    field(
      'time',
      s.timeEntries.length
        ? `${formatDuration(logged)} h in ${plural(s.timeEntries.length, 'entry', 'entries')}`
        : undefined,
    ),
    field(
      'attachments',
      s.attachments.map((a) => `${line(safeFileName(a.name))} (${describeBytes(a.bytes)})`).join(', ') || undefined,
    ),
    field('articles', line(s.kbLinks.join(', ')) || undefined),
    field(
      'feedback',
      s.feedback
        ? `${s.feedback.score}/5${s.feedback.comment ? ` — ${indented(s.feedback.comment, ' '.repeat(12))}` : ''}`
        : undefined,
    ),
    '',
    // a ticket opened by mail shows its first message, with its headers, in the conversation
    opening ? undefined : s.description ? forTerminal(s.description) : paint.dim('(no description)'),
    ...renderConversation(conversation),
    '',
    paint.bold('Timeline'),
    ...events.map(
      (e) =>
        `${paint.dim(shortTime(e.at))}  ${line(e.by).padEnd(4)}  ${describeEvent(e)}${e.enteredBy ? paint.dim(` (entered by ${line(e.enteredBy)})`) : ''}`,
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
  const unknown = (why: string) => ({ json: null, reaction: `unknown: ${why}`, resolution: undefined });
  const problem = source.problems[0];
  if (problem) return unknown(`${problem.file}: ${problem.field}: ${problem.message} (see desk check)`);
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
  if (s.approvedBy) return `${h}, approved by ${line(s.approvedBy)}`;
  // above 8 h it is project work: nobody can approve it in support (docs/workflow.md)
  if (s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES)
    return `${h}, over 8 h: project work, only a hand-off is possible`;
  return `${h}, not approved yet`;
}

/** What needs a person's look: time to review or confirm, moves to settle, money at stake. */
function attention(s: TicketState, short: string, warnings: readonly MoneyWarning[]): string[] {
  const out: string[] = [];
  for (const t of s.timeEntries.filter((e) => e.review !== undefined))
    out.push(
      `${t.id} is marked for review (${line(t.review ?? '')}): it is not invoiced until confirmed — desk log ${short} --confirm ${t.id}, or correct it with --replace ${t.id}`,
    );
  const conflicts = conflictsOf(s);
  for (const c of conflicts?.time ?? []) out.push(`${line(c)}: desk log ${short} --confirm ENTRY, or correct it`);
  for (const m of conflicts?.moves ?? []) out.push(`${line(m)}: desk settle ${short} once someone has looked at it`);
  for (const w of warnings) out.push(line(w.message));
  return out.length ? ['', paint.bold(paint.yellow('Needs a look')), ...out.map((l) => `  ${l}`)] : [];
}

function timeSection(classified: readonly ClassifiedEntry[]): string[] {
  if (classified.length === 0) return [];
  const logged = classified.reduce((sum, c) => sum + c.entry.minutes, 0);
  const billed = classified.reduce((sum, c) => sum + c.billed, 0);
  const rows = classified.map((c) => [
    c.entry.id,
    c.entry.date,
    line(c.entry.staff),
    c.entry.activity,
    formatDuration(c.entry.minutes),
    formatDuration(c.billed),
    c.parts.map((p) => `${p.bucket} ${formatDuration(p.minutes)}`).join(' + '),
  ]);
  rows.push([
    '',
    '',
    '',
    paint.bold('total'),
    paint.bold(formatDuration(logged)),
    paint.bold(formatDuration(billed)),
    '',
  ]);
  return ['', paint.bold('Time'), table(rows, ['ENTRY', 'DAY', 'STAFF', 'ACTIVITY', 'LOGGED', 'BILLED', 'BUCKET'])];
}

const REACTION_TEXT: Record<ReactionKind, string> = {
  conversation: 'talking to the customer when it was recorded',
  reply: 'a reply',
  waiting: 'asked the customer for something',
  resolved: 'the solution',
  closed: 'the close',
  'handed-off': 'the hand-off',
};

/** `desk show ID --attachment NAME [--out FILE]`: the attachment's bytes, to stdout or a file. */
async function writeAttachment(hd: Helpdesk, s: TicketState, name: string, out: string | undefined): Promise<void> {
  const matches = s.attachments.filter((a) => a.name === name || a.file === name || safeFileName(a.name) === name);
  const found = matches[matches.length - 1];
  if (!found)
    throw usage(
      `--attachment: ${s.id} has no attachment "${name}"`,
      s.attachments.length
        ? `its attachments: ${s.attachments.map((a) => safeFileName(a.name)).join(', ')}`
        : 'it has no attachments (desk attach ID FILE adds one)',
    );
  const content = await readFile(join(hd.root, attachmentDir(s.id), found.file));
  if (out) await writeFile(resolve(io().cwd, out), content);
  else await new Promise<void>((done, reject) => io().stdout.write(content, (e) => (e ? reject(e) : done())));
}
