import { customerSchema, type Customer } from '../../src/core/schema/customer.js';
import type { TicketFacts, TimeEntry } from '../../src/core/billing/index.js';
import { inEnglish, type Text } from '../../src/i18n/index.js';
import { load } from '../../src/i18n/render.js';

/** Builds a customer through the real schema, so defaults and money parsing are the file's. */
export function customer(contracts: unknown[], extra: Record<string, unknown> = {}): Customer {
  return customerSchema.parse({ id: 'acme', name: 'ACME GmbH', contracts, ...extra });
}

/** The docs/domain.md §4 service contract of ACME. */
export const acmeService = (more: Record<string, unknown> = {}) => ({
  kind: 'service',
  start: '2026-01-01',
  period: 'month',
  fee: '1200.00',
  includedHours: 10,
  overageRate: '110.00',
  hourlyRate: '120.00',
  increment: 15,
  ...more,
});

let seq = 0;
export function entry(ticketId: string, date: string, logged: string, more: Partial<TimeEntry> = {}): TimeEntry {
  const [h = '0', m = '0'] = logged.split(':');
  seq += 1;
  return {
    id: `e-${String(seq).padStart(4, '0')}`,
    ticketId,
    date,
    minutes: Number(h) * 60 + Number(m),
    activity: 'solution',
    staff: 'anna',
    level: 1,
    ...more,
  };
}

export const ticket = (id: string, category?: TicketFacts['category']): TicketFacts => ({
  id,
  title: `Ticket ${id}`,
  ...(category && { category }),
});

/** A statement's "how the figures were reached", as an English reader (and `--json`) gets it. */
export async function explained(s: { explanation: Text[] }): Promise<string[]> {
  await load('en');
  return s.explanation.map(inEnglish);
}
