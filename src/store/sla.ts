import type { Problem } from '../core/files/yaml-text.js';
import type { Customer } from '../core/schema/customer.js';
import { slaBook, ticketReaction, ticketSla, type SlaBook, type SlaRow, type TicketSla } from '../core/sla/index.js';
import type { ReactionStatus } from '../core/calendar/index.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { customerFile, customerSchema, loadCustomers } from './customers.js';
import type { Helpdesk } from './helpdesk.js';
import { readValidYaml } from './validated-files.js';

/**
 * What reaction and resolution times need from the files: the company's calendar and the
 * customers' contracts, read once for any number of tickets.
 */
export interface SlaSource {
  readonly book: SlaBook;
  /** Customer files that did not validate: their tickets count as having no agreement. */
  readonly problems: readonly Problem[];
  /** Whether the customer's file was read; without it a ticket's promise is unknown, not absent. */
  hasCustomer(id: string): boolean;
  slaOf(ticket: TicketRecord, now: Date): TicketSla;
  /** The reaction status alone (slaOf's `reaction`), without counting the resolution time. */
  reactionOf(ticket: TicketRecord, now: Date): ReactionStatus;
  rowsOf(tickets: readonly TicketRecord[], now: Date): SlaRow[];
}

export async function loadSlaSource(hd: Helpdesk): Promise<SlaSource> {
  const { customers, problems } = await loadCustomers(hd.root);
  return sourceOf(slaBook(hd.config.calendar, hd.holidays), customers, problems);
}

/** For one ticket: reads only its customer's file. */
export async function loadSlaSourceFor(hd: Helpdesk, customerId: string): Promise<SlaSource> {
  const file = customerFile(customerId);
  const parsed = await readValidYaml(hd.root, file, customerSchema).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    return { ok: false as const, problems: [{ file, field: '(file)', message: `no such customer "${customerId}"` }] };
  });
  const customers = new Map(parsed.ok ? [[customerId, parsed.value]] : []);
  return sourceOf(slaBook(hd.config.calendar, hd.holidays), customers, parsed.ok ? [] : parsed.problems);
}

function sourceOf(book: SlaBook, customers: ReadonlyMap<string, Customer>, problems: readonly Problem[]): SlaSource {
  const slaOf = (t: TicketRecord, now: Date) =>
    ticketSla(t.state, t.events, book.termsFor(customers.get(t.state.customer), new Date(t.state.receivedAt)), now);
  return {
    book,
    problems,
    hasCustomer: (id) => customers.has(id),
    slaOf,
    reactionOf: (t, now) =>
      ticketReaction(t.state, book.termsFor(customers.get(t.state.customer), new Date(t.state.receivedAt)), now),
    rowsOf: (tickets, now) => tickets.map((t) => ({ state: t.state, sla: slaOf(t, now) })),
  };
}
