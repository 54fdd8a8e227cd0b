import type { Problem } from '../core/files/yaml-text.js';
import { shortIds } from '../core/ids.js';
import type { InvoiceRecord } from '../core/invoice/types.js';
import type { Customer } from '../core/schema/customer.js';
import type { TicketRecord } from '../core/ticket/ticket-file.js';
import { loadCustomers } from './customers.js';
import type { Helpdesk } from './helpdesk.js';
import { loadInvoices } from './invoices.js';
import type { BillingTicket } from './ticket-index.js';
import { billableAsOf, loadTickets } from './tickets.js';

/** Everything a report reads, in a fixed order (ticket ids, customer ids, invoice numbers). */
export interface ReportSource {
  readonly tickets: TicketRecord[];
  readonly customers: Map<string, Customer>;
  readonly invoices: InvoiceRecord[];
  readonly short: Map<string, string>;
  /** Files that did not validate: left out of the report, and said so. */
  readonly problems: Problem[];
  /** Instead of `tickets`, for reports that read only what billing reads (see ReportInput.billable). */
  readonly billable?: Map<string, BillingTicket[]>;
}

export async function loadReportSource(hd: Helpdesk): Promise<ReportSource> {
  const [t, c, i] = await Promise.all([loadTickets(hd.root), loadCustomers(hd.root), loadInvoices(hd.root)]);
  // loadTickets reads in parallel: sort, so that nothing depends on which file was read first
  const tickets = [...t.tickets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = [...t.problems, ...c.problems, ...i.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { tickets, customers: c.customers, invoices: i.records, short: shortIds(tickets.map((x) => x.id)), problems };
}

/**
 * For the utilization report: what billing reads of every ticket, from the ticket index, when
 * no ticket changed after `at`; otherwise (or without the index) every ticket file, as above.
 */
export async function loadBillableSource(hd: Helpdesk, at: Date): Promise<ReportSource> {
  const billable = await billableAsOf(hd.root, at);
  if (!billable) return loadReportSource(hd);
  const [c, i] = await Promise.all([loadCustomers(hd.root), loadInvoices(hd.root)]);
  const problems = [...billable.problems, ...c.problems, ...i.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { tickets: [], customers: c.customers, invoices: i.records, short: new Map(), problems, billable: billable.byCustomer };
}
