import { requireDuration } from '../../core/duration.js';
import { DeskError, refused } from '../../core/errors.js';
import type { Problem } from '../../core/files/yaml-text.js';
import { shortIds } from '../../core/ids.js';
import { awaitingList, levelsOf, pendingDeadline, reactionBreached, workList, type SlaRow } from '../../core/sla/index.js';
import type { TicketRecord } from '../../core/ticket/ticket-file.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { loadSlaSource, loadSlaSourceFor } from '../../store/sla.js';
import { loadTickets } from '../../store/tickets.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { paint, paintErr, print, printJson, table } from '../output.js';
import { breachMark, describeReaction, describeResolution, localTime, slaJson, timeLeft } from '../render/sla-text.js';
import { colourStatus } from '../render/ticket-text.js';
import { listed } from './list.js';

/** Every open ticket with its reaction and resolution status as of the helpdesk's now. */
async function loadRows(o: GlobalOptions) {
  const hd = await openHelpdesk(o);
  const [{ tickets, problems }, source] = await Promise.all([loadTickets(hd.root), loadSlaSource(hd)]);
  warn([...problems, ...source.problems]);
  const now = hd.now();
  return { hd, now, rows: source.rowsOf(tickets, now), short: shortIds(tickets.map((t) => t.id)) };
}

function warn(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${paintErr.yellow('skipped')} ${p.file}: ${p.field}: ${p.message}\n`);
}

function render(rows: readonly SlaRow[], short: ReadonlyMap<string, string>, timeZone: string): string {
  return table(
    rows.map(({ state: s, sla }) => {
      const due = pendingDeadline(sla);
      return [breachMark(sla), short.get(s.id) ?? s.id, due ? localTime(due, timeZone) : '-', timeLeft(sla.reaction), s.priority ?? '-', colourStatus(s.status), `L${s.level}`, s.customer, s.assignee ?? '-', s.title];
    }),
    ['', 'ID', 'DUE', 'LEFT', 'PRIO', 'STATUS', 'LVL', 'CUSTOMER', 'ASSIGNEE', 'TITLE'],
  );
}

const asJson = (rows: readonly SlaRow[], short: ReadonlyMap<string, string>, timeZone: string) =>
  rows.map(({ state, sla }) => ({ ...listed(state), short: short.get(state.id), sla: slaJson(sla, timeZone) }));

/**
 * `desk queue` (and `desk` alone in a terminal): the acting person's work list at their levels,
 * theirs first, then the unassigned; the unanswered by reaction deadline.
 */
export async function queue(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, now, rows, short } = await loadRows(o);
  const me = await hd.identify(o.as, process.env);
  const levels = levelsOf(me.roles);
  if (levels.length === 0) {
    throw refused(`${me.id} works at neither First nor Second Level (roles: ${me.roles.join(', ')}), so has no queue`, 'see every open ticket with `desk list`, or those awaiting a reaction with `desk sla`');
  }
  const mine = workList(rows, me, now);
  if (o.json) {
    await printJson(mine.map((row) => ({ ...asJson([row], short, hd.timeZone)[0], mine: row.mine, awaiting: row.awaiting })));
    return;
  }
  const heading = paint.dim(`${me.name} (${me.id}), Level ${levels.join(' and ')}, as of ${localTime(now, hd.timeZone)}`);
  if (mine.length === 0) {
    await print(`${heading}\nNothing in your queue.`);
    return;
  }
  const waiting = mine.filter((r) => r.awaiting).length;
  await print(`${heading}\n${render(mine, short, hd.timeZone)}\n\n${mine.length} ticket${mine.length > 1 ? 's' : ''}, ${waiting} awaiting a reaction`);
}

export interface SlaFlags extends GlobalOptions {
  within?: string;
  breached?: boolean;
  json?: boolean;
  failOnBreach?: boolean;
}

/** `desk sla`: open tickets awaiting a reaction; with --fail-on-breach exit 3 when any is breached. */
export async function sla(o: SlaFlags): Promise<void> {
  const withinMinutes = o.within === undefined ? undefined : requireDuration(o.within, '--within');
  const { hd, now, rows, short } = await loadRows(o);
  const awaiting = awaitingList(rows, now, { withinMinutes, breachedOnly: o.breached });
  const breached = awaiting.filter((r) => reactionBreached(r.sla.reaction)).length;
  if (o.json) await printJson(asJson(awaiting, short, hd.timeZone));
  else if (awaiting.length === 0) await print(`No open ticket awaits a reaction${o.within ? ` due within ${o.within}` : ''}${o.breached ? ' past its deadline' : ''}.`);
  else await print(`${render(awaiting, short, hd.timeZone)}\n\n${awaiting.length} awaiting a reaction, ${breached} past the deadline (as of ${localTime(now, hd.timeZone)})`);
  if (o.failOnBreach && breached > 0) {
    throw new DeskError('threshold', `${breached} ticket${breached > 1 ? 's are' : ' is'} past the reaction deadline`, 'answer them with `desk reply ID`; `desk sla --breached` lists them');
  }
}

/**
 * One ticket's figures for `desk show`: the `reaction` and `resolution` lines and the `sla` JSON
 * object (null when the customer's contracts cannot be read; the line says why).
 */
export async function ticketSlaView(hd: Helpdesk, ticket: TicketRecord) {
  const source = await loadSlaSourceFor(hd, ticket.state.customer);
  const unknown = (why: string) => ({ json: null, reaction: `unknown: ${why}`, resolution: undefined });
  const problem = source.problems[0];
  if (problem) return unknown(`${problem.file}: ${problem.field}: ${problem.message} (see desk check)`);
  try {
    const sla = source.slaOf(ticket, hd.now());
    return { json: slaJson(sla, hd.timeZone), reaction: describeReaction(sla, hd.timeZone), resolution: describeResolution(sla, hd.timeZone, ticket.state.status === 'waiting') };
  } catch (e) {
    // overlapping contracts: show the rest of the ticket, say what is wrong here
    if (e instanceof DeskError) return unknown(e.message);
    throw e;
  }
}
