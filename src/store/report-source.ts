import type { Problem } from '../core/files/yaml-text.js';
import { shortIds } from '../core/ids.js';
import type { InvoiceRecord } from '../core/invoice/types.js';
import type { Customer } from '../core/schema/customer.js';
import type { TicketScope } from '../core/reports/scope.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { loadCustomers } from './customers.js';
import type { Helpdesk } from './helpdesk.js';
import { loadInvoices } from './invoices.js';
import type { CustomerTime } from '../core/billing/from-tickets.js';
import type { IsoDate } from '../core/billing/types.js';
import { billableAsOf, loadTickets, shortIdsOf, ticketsInScope } from './tickets.js';

/** Everything a report reads, in a fixed order (ticket ids, customer ids, invoice numbers). */
export interface ReportSource {
  readonly tickets: TicketRecord[];
  readonly customers: Map<string, Customer>;
  readonly invoices: InvoiceRecord[];
  readonly short: Map<string, string>;
  /** Files that did not validate: left out of the report, and said so. */
  readonly problems: Problem[];
  /** Instead of `tickets`, for reports that read only what billing reads (see ReportInput.billable). */
  readonly billable?: Map<string, CustomerTime>;
}

export async function loadReportSource(hd: Helpdesk): Promise<ReportSource> {
  const [t, c, i] = await Promise.all([loadTickets(hd.root), loadCustomers(hd.root), loadInvoices(hd.root)]);
  // loadTickets reads in parallel: sort, so that nothing depends on which file was read first
  const tickets = [...t.tickets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = [...t.problems, ...c.problems, ...i.problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return { tickets, customers: c.customers, invoices: i.records, short: shortIds(tickets.map((x) => x.id)), problems };
}

/**
 * For the other reports: the tickets that can matter for them (core/reports/scope.ts), the
 * scope drawn once the contracts are known; every ticket file without the index.
 */
export async function loadScopedSource(
  hd: Helpdesk,
  scopeOf: (customers: ReadonlyMap<string, Customer>) => TicketScope,
): Promise<ReportSource> {
  const [c, i] = await Promise.all([loadCustomers(hd.root), loadInvoices(hd.root)]);
  const t = await ticketsInScope(hd.root, scopeOf(c.customers));
  const tickets = [...t.tickets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = [...t.problems, ...c.problems, ...i.problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  // short forms among every ticket id, not only the ones read
  const short = await shortIdsOf(
    hd.root,
    tickets.map((x) => x.id),
  );
  return { tickets, customers: c.customers, invoices: i.records, short, problems };
}

/**
 * For the utilization report: what billing reads of the tickets with time since each customer's
 * `lookBack` day (none without one), from the ticket index, when no ticket changed after `at`;
 * otherwise (or without the index) every ticket file, as above.
 */
export async function loadBillableSource(
  hd: Helpdesk,
  at: Date,
  lookBack: (customer: Customer) => IsoDate | undefined,
): Promise<ReportSource> {
  const [c, i] = await Promise.all([loadCustomers(hd.root), loadInvoices(hd.root)]);
  const since = new Map(
    [...c.customers.values()].flatMap((customer) => {
      const day = lookBack(customer);
      return day === undefined ? [] : [[customer.id, day] as const];
    }),
  );
  const billable = await billableAsOf(hd.root, at, since);
  if (!billable) return loadReportSource(hd);
  const problems = [...billable.problems, ...c.problems, ...i.problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return {
    tickets: [],
    customers: c.customers,
    invoices: i.records,
    short: new Map(),
    problems,
    billable: billable.byCustomer,
  };
}
