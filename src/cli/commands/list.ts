import { shortIds } from '../../core/ids.js';
import type { TicketState } from '../../core/ticket/projection.js';
import { CATEGORIES, PRIORITIES, STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { usage } from '../../core/errors.js';
import { loadTickets } from '../../store/tickets.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { paintErr, print, printJson, table } from '../output.js';
import { colourStatus, shortTime } from '../render/ticket-text.js';
import { oneOf } from './qualification.js';

export interface ListFlags extends GlobalOptions {
  status?: string;
  level?: string;
  customer?: string;
  assignee?: string;
  category?: string;
  product?: string;
  mine?: boolean;
  all?: boolean;
  json?: boolean;
}

/** Still support's work: closed and handed-off tickets show only with --all or --status. */
const ACTIVE: readonly Status[] = ['new', 'open', 'escalated', 'waiting', 'resolved'];

/** `desk list`: the open tickets, most urgent first, oldest first within a priority. */
export async function list(o: ListFlags): Promise<void> {
  const hd = await openHelpdesk(o);
  const statuses = o.status ? o.status.split(',').map((s) => oneOf(s.trim(), STATUSES, '--status')) : o.all ? STATUSES : ACTIVE;
  const level = o.level === undefined ? undefined : Number(oneOf(o.level, ['1', '2'], '--level'));
  const category = o.category === undefined ? undefined : oneOf(o.category, CATEGORIES, '--category');
  const assignee = o.mine ? (await hd.identify(o.as, process.env)).id : o.assignee;
  if (o.assignee && !hd.staffMember(o.assignee)) hd.requireStaff(o.assignee, '--assignee');
  if (o.customer) await hd.customer(o.customer);
  if (o.mine && o.assignee) throw usage('--mine and --assignee exclude each other');

  const { tickets, problems } = await loadTickets(hd.root);
  const short = shortIds(tickets.map((t) => t.id));
  const rows = tickets
    .map((t) => t.state)
    .filter((s) => statuses.includes(s.status))
    .filter((s) => level === undefined || s.level === level)
    .filter((s) => !o.customer || s.customer === o.customer)
    .filter((s) => !assignee || s.assignee === assignee)
    .filter((s) => !category || s.category === category)
    .filter((s) => !o.product || s.product === o.product || `${s.product}/${s.module}` === o.product)
    .sort(byUrgency);
  for (const p of problems) process.stderr.write(`${paintErr.yellow('skipped')} ${p.file}: ${p.field}: ${p.message}\n`);

  if (o.json) {
    await printJson(rows.map((s) => ({ ...listed(s), short: short.get(s.id) })));
    return;
  }
  if (rows.length === 0) {
    await print('No tickets match.');
    return;
  }
  await print(
    table(
      rows.map((s) => [short.get(s.id) ?? s.id, colourStatus(s.status), `L${s.level}`, s.priority ?? '-', s.customer, s.assignee ?? '-', s.category ?? '-', shortTime(s.receivedAt), s.title]),
      ['ID', 'STATUS', 'LVL', 'PRIO', 'CUSTOMER', 'ASSIGNEE', 'CATEGORY', 'RECEIVED', 'TITLE'],
    ),
  );
}

function byUrgency(a: TicketState, b: TicketState): number {
  const rank = (s: TicketState) => (s.priority ? PRIORITIES.indexOf(s.priority) : PRIORITIES.length);
  return rank(a) - rank(b) || Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.id.localeCompare(b.id);
}

/** The documented JSON shape of a ticket in lists (docs/json.md). */
export function listed(s: TicketState) {
  return {
    id: s.id,
    title: s.title,
    customer: s.customer,
    status: s.status,
    level: s.level,
    category: s.category ?? null,
    product: s.product ?? null,
    module: s.module ?? null,
    priority: s.priority ?? null,
    assignee: s.assignee ?? null,
    receivedAt: s.receivedAt,
    updatedAt: s.updatedAt,
  };
}
