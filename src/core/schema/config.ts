import { z } from 'zod';
import { address, documentLine, hours, isoDate, money, staffId } from './common.js';
import { CHANNELS } from '../ticket/vocabulary.js';
import { calendarConfigSchema, defaultCalendarConfig } from '../calendar/config.js';

export const ROLES = ['first-level', 'second-level', 'project-lead', 'sales', 'manager'] as const;
export type Role = (typeof ROLES)[number];

const staffMember = z.object({
  id: staffId,
  name: documentLine.min(1),
  email: z.string().email(),
  roles: z.array(z.enum(ROLES)).min(1, 'give every staff member at least one role'),
  phone: documentLine.optional(),
});
export type StaffMember = z.infer<typeof staffMember>;

const product = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'product ids are lower-case letters, digits and dashes'),
  name: documentLine.min(1),
  modules: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
});
export type Product = z.infer<typeof product>;

/** desk.yaml: everything about the company running the helpdesk. */
export const deskConfigSchema = z.object({
  company: z.object({
    name: documentLine.min(1),
    address: address.optional(),
    vatId: documentLine.optional(),
    taxNumber: documentLine.optional(),
    email: z.string().email().optional(),
    phone: documentLine.optional(),
    contactName: documentLine.optional(),
    website: documentLine.optional(),
    bank: z.object({ name: documentLine.optional(), iban: documentLine, bic: documentLine.optional() }).optional(),
  }),
  calendar: calendarConfigSchema.default(defaultCalendarConfig),
  staff: z.array(staffMember).default([]),
  products: z.array(product).default([]),
  billing: z
    .object({
      currency: z.literal('EUR').default('EUR'),
      vatRate: z.number().min(0).max(100).default(19),
      listRate: money.optional(),
      increment: z.number().int().min(1).max(60).default(15),
      paymentTermsDays: z.number().int().min(0).default(14),
      /** Skonto offered on invoices: percent off when paid within days. */
      discount: z.object({ days: z.number().int().min(1), percent: z.number().positive().max(100) }).optional(),
    })
    .default({ currency: 'EUR', vatRate: 19, increment: 15, paymentTermsDays: 14 }),
  invoices: z
    .object({
      numberFormat: z.string().default('RE-{year}-{seq:4}'),
      /** First day desk bills: periods starting earlier were billed before desk was used. */
      since: isoDate.optional(),
      /** The e-invoice beside each PDF (a customer's eInvoice overrides it). */
      format: z.enum(['xrechnung-ubl', 'xrechnung-cii', 'factur-x']).default('xrechnung-ubl'),
    })
    .default({ numberFormat: 'RE-{year}-{seq:4}', format: 'xrechnung-ubl' }),
  /** The daily loop of First Level: docs/reaction-times.md and docs/workflow.md. */
  workflow: z
    .object({
      /** Channels on which the person recording a request talks to the customer: opening it is the reaction. */
      reactedOnOpen: z.array(z.enum(CHANNELS)).default(['phone', 'on-site', 'remote-session']),
      /** `desk wait` without --until: business days until the ticket is back on the work list. */
      followUpDays: z.number().int().min(1).max(250).default(5),
      /** Resolved tickets neither accepted nor disputed close after this many business days; 0 = never. */
      autoCloseDays: z.number().int().min(0).max(250).default(10),
      /** The first reply or qualification by an agent takes an unassigned ticket. */
      assignOnFirstTouch: z.boolean().default(true),
    })
    .prefault({}),
  attachments: z.object({ maxMegabytes: z.number().positive().max(1024).default(10) }).prefault({}),
  /** `desk start`/`desk stop`: a session longer than `cap` (or past midnight) is capped and marked for review. */
  sessions: z
    .object({ cap: hours.refine((m) => m > 0, 'give the cap as hours, e.g. 10 or 8h30m').default(600) })
    .default({ cap: 600 }),
});
export type DeskConfig = z.infer<typeof deskConfigSchema>;
