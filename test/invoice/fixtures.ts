import { deskConfigSchema, type DeskConfig } from '../../src/core/schema/config.js';
import { planRun, planCancel, type CustomerBilling, type InvoiceRecord } from '../../src/core/invoice/index.js';
import type { Customer } from '../../src/core/schema/customer.js';
import type { TicketFacts, TimeEntry } from '../../src/core/billing/index.js';
import { customer as billingCustomer } from '../billing/fixtures.js';

export const SELLER = {
  name: 'Nordlicht Software GmbH',
  address: { street: 'Herforder Straße 214', postalCode: '33609', city: 'Bielefeld', country: 'DE' },
  vatId: 'DE123456788',
  taxNumber: '305/5781/2406',
  email: 'rechnung@nordlicht.example',
  phone: '+49 521 98765-0',
  contactName: 'Ulrike Rottmann',
  bank: { name: 'Deutsche Kreditbank AG', iban: 'DE02120300000000202051', bic: 'BYLADEM1001' },
  legal: {
    form: 'GmbH',
    seat: 'Bielefeld',
    registerCourt: 'Amtsgericht Bielefeld',
    registerNumber: 'HRB 41872',
    managingDirectors: ['Ulrike Rottmann', 'Hendrik Sauer'],
  },
};

export function config(more: Record<string, unknown> = {}, company: Record<string, unknown> = SELLER): DeskConfig {
  return deskConfigSchema.parse({ company, billing: { listRate: '130.00' }, ...more });
}

export const ADDRESSES = {
  DE: { street: 'Industriestraße 4', postalCode: '33602', city: 'Bielefeld', country: 'DE' },
  AT: { street: 'Mariahilfer Straße 10', postalCode: '1070', city: 'Wien', country: 'AT' },
  CH: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
};

/** A customer ready to be invoiced (address, e-mail, VAT id), with the given contracts. */
export function invoiceable(id: string, contracts: unknown[], more: Record<string, unknown> = {}): Customer {
  return billingCustomer(contracts, {
    id,
    name: `${id.toUpperCase()} GmbH`,
    address: ADDRESSES.DE,
    vatId: 'DE811234567',
    invoiceEmail: `rechnung@${id}.example`,
    ...more,
  });
}

export const billing = (
  customer: Customer,
  entries: TimeEntry[] = [],
  tickets: TicketFacts[] = [],
): CustomerBilling => ({ customer, entries, tickets, listRate: 13000 });

/** A little ledger: runs and cancellations applied in order, every document kept. */
export class Ledger {
  records: InvoiceRecord[] = [];
  constructor(
    readonly customers: () => CustomerBilling[],
    readonly cfg: DeskConfig = config(),
  ) {}

  run(date: string): InvoiceRecord[] {
    const { invoices } = planRun({
      date,
      today: '2099-12-31',
      config: this.cfg,
      customers: this.customers(),
      records: this.records,
    });
    this.records.push(...invoices);
    return invoices;
  }

  cancel(number: string, date: string, reason = 'wrong'): InvoiceRecord {
    const note = planCancel({ number, reason, date, today: '2099-12-31', config: this.cfg, records: this.records });
    this.records.push(note);
    return note;
  }
}

export const amounts = (r: InvoiceRecord) => r.lines.map((l) => [l.kind, l.period.label, l.net]);
