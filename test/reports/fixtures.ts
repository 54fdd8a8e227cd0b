/**
 * Hand-built helpdesks for the report tests: tickets written event by event (the way the files
 * hold them), customers and desk.yaml through the real schemas, and a report input as of a day.
 */
import { parseAsOf, reportPeriod, type ReportInput } from '../../src/core/reports/index.js';
import { deskConfigSchema } from '../../src/core/schema/config.js';
import { customerSchema, type Customer } from '../../src/core/schema/customer.js';
import type { EventPayload, TicketEvent } from '../../src/core/ticket/events.js';
import { project } from '../../src/core/ticket/projection.js';
import type { TicketRecord } from '../../src/core/ticket/ticket-record.js';
import type { Activity, Category, HandoffTarget, Priority } from '../../src/core/ticket/vocabulary.js';
import type { InvoiceRecord } from '../../src/core/invoice/types.js';
import { parseInstant, toZonedIso } from '../../src/core/time.js';

export const TZ = 'Europe/Berlin';

/**
 * `2026-11-02 09:00` in Berlin as the ISO instant with offset that events store. desk refuses a
 * time the clocks pass twice; random histories reach 25 October 02:xx now and then, and take its
 * first occurrence (summer time), as a clock on the wall read then would have said.
 */
export const iso = (local: string) => {
  const at = /^2026-10-25 02:/.test(local) ? `${local.replace(' ', 'T')}+02:00` : local;
  return toZonedIso(parseInstant(at, TZ, 'test'), TZ);
};

export const config = deskConfigSchema.parse({
  company: { name: 'Nordlicht Software GmbH' },
  staff: [
    { id: 'mk', name: 'Miriam Krause', email: 'mk@example.de', roles: ['first-level'] },
    { id: 'lw', name: 'Lars Wegner', email: 'lw@example.de', roles: ['first-level'] },
    { id: 'jb', name: 'Jonas Becker', email: 'jb@example.de', roles: ['second-level'] },
    { id: 'tb', name: 'Tobias Brandt', email: 'tb@example.de', roles: ['project-lead'] },
    { id: 'sh', name: 'Sandra Hoffmann', email: 'sh@example.de', roles: ['sales'] },
  ],
  products: [
    { id: 'lohn', name: 'Lohn', modules: ['export', 'meldewesen'] },
    { id: 'erp', name: 'Warenwirtschaft', modules: ['lager'] },
  ],
  billing: { listRate: '130.00' },
});

/** ACME: service contract, 10 h a month, reaction time 4 h for every priority. */
export const acme = customerSchema.parse({
  id: 'acme',
  name: 'ACME GmbH',
  projectLead: 'tb',
  salesRep: 'sh',
  contracts: [
    {
      id: 'SV-ACME',
      kind: 'service',
      start: '2026-01-01',
      fee: '1200.00',
      includedHours: 10,
      overageRate: '110.00',
      hourlyRate: '120.00',
      reactionTimes: '4h',
    },
  ],
});

/** Bau: minimum-hours commitment, 20 h a month at 100.00, reaction times by priority. */
export const bau = customerSchema.parse({
  id: 'bau',
  name: 'Bau KG',
  salesRep: 'sh',
  contracts: [
    {
      id: 'MK-BAU',
      kind: 'commitment',
      start: '2026-01-01',
      minimumHours: 20,
      rate: '100.00',
      reactionTimes: { critical: 2, high: 4, normal: 8, low: 16 },
    },
  ],
});

/** Dorn: no contract, 130.00 an hour. */
export const dorn = customerSchema.parse({
  id: 'dorn',
  name: 'Dorn e.K.',
  contracts: [{ kind: 'none', start: '2025-01-01', hourlyRate: '130.00' }],
});

let seq = 0;

export interface Qualification {
  category?: Category;
  priority?: Priority;
  product?: string;
  module?: string;
}

/** A ticket written event by event; times are Berlin wall-clock times. */
export class TicketBuilder {
  readonly events: TicketEvent[] = [];
  constructor(
    readonly id: string,
    customer: string,
    received: string,
    q: Qualification = {},
    by = 'mk',
  ) {
    this.push(received, by, {
      type: 'opened',
      title: `Ticket ${id}`,
      customer,
      description: '',
      channel: 'phone',
      receivedAt: iso(received),
      ...q,
    });
  }
  push(local: string, by: string, payload: EventPayload): this {
    seq += 1;
    this.events.push({ id: `e-${String(seq).padStart(10, '0')}`, at: iso(local), by, ...payload } as TicketEvent);
    return this;
  }
  qualify = (local: string, q: Qualification, by = 'mk') => this.push(local, by, { type: 'qualified', ...q });
  assign = (local: string, to: string, by = 'mk') => this.push(local, by, { type: 'assigned', to });
  reply = (local: string, by = 'mk') =>
    this.push(local, by, { type: 'message', direction: 'to-customer', text: 'Danke, wir kümmern uns.' });
  customerReply = (local: string) =>
    this.push(local, 'mk', { type: 'message', direction: 'from-customer', text: 'Hier die Daten.' });
  escalate = (local: string, by = 'mk', to = 'jb') =>
    this.push(local, by, { type: 'escalated', reason: 'braucht Analyse', to });
  wait = (local: string, by = 'mk') => this.push(local, by, { type: 'waiting', reason: 'Daten fehlen' });
  resolve = (local: string, by = 'mk', kb?: string) =>
    this.push(local, by, { type: 'resolved', solution: 'gelöst', ...(kb && { kb }) });
  close = (local: string, by = 'mk') => this.push(local, by, { type: 'closed', acceptedBy: 'Kunde' });
  reopen = (local: string, by = 'mk') => this.push(local, by, { type: 'reopened', reason: 'wieder da' });
  kb = (local: string, slug: string, by = 'mk') => this.push(local, by, { type: 'kb-linked', slug });
  handoff = (local: string, target: HandoffTarget, to: string, by = 'mk') =>
    this.push(local, by, { type: 'handed-off', target, to, reason: 'kein Support' });
  estimate = (local: string, minutes: number) => this.push(local, 'jb', { type: 'estimated', minutes });
  feedback = (local: string, score: number, comment?: string, from?: string) =>
    this.push(local, 'mk', { type: 'feedback', score, ...(comment && { comment }), ...(from && { from }) });
  /** Time worked on `on`, recorded at `local`. */
  log = (local: string, on: string, minutes: number, staff = 'mk', activity: Activity = 'solution') =>
    this.push(local, staff, { type: 'time-logged', minutes, activity, on, staff });
  build(): TicketRecord {
    return { id: this.id, events: [...this.events], state: project(this.id, this.events) };
  }
}

export const ticket = (id: string, customer: string, received: string, q: Qualification = {}, by = 'mk') =>
  new TicketBuilder(id, customer, received, q, by);

/** The input of a report over these tickets, as of a day (its end) or a time, for a period (default: the as-of month). */
export function reportInput(
  tickets: readonly (TicketBuilder | TicketRecord)[],
  opts: {
    asOf: string;
    period?: string;
    customer?: string;
    customers?: readonly Customer[];
    invoices?: InvoiceRecord[];
  },
): ReportInput {
  const asOf = parseAsOf(opts.asOf, new Date('2030-01-01T00:00:00Z'), TZ);
  const records = tickets.map((t) => (t instanceof TicketBuilder ? t.build() : t));
  return {
    asOf,
    period: reportPeriod(opts.period, asOf),
    ...(opts.customer && { customer: opts.customer }),
    timeZone: TZ,
    calendar: config.calendar,
    staff: config.staff,
    products: config.products,
    billing: config.billing,
    tickets: records,
    customers: new Map((opts.customers ?? [acme, bau, dorn]).map((c) => [c.id, c])),
    invoices: opts.invoices ?? [],
    short: new Map(records.map((r) => [r.id, r.id])),
  };
}
