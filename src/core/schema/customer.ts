import { z } from 'zod';
import { postalAddress, strictObject, customerId, documentLine, hours, isoDate, money, staffId } from './common.js';
import { calendarOverrideSchema } from '../calendar/config.js';
import { PRIORITIES, type Priority } from '../ticket/vocabulary.js';

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** A time agreed to react or resolve in: 0 would be breached the moment a ticket arrives. */
const NOT_ZERO = 'must be more than 0; leave it out for best effort';
const agreedTime = hours.refine((minutes) => minutes > 0, NOT_ZERO);

/** Reaction time per priority in service hours; one value for all priorities is allowed. */
const reactionTimes = z.union([
  // checked after the transform, so that the union reports this problem, not "Invalid input"
  hours
    .transform((all) => Object.fromEntries(PRIORITIES.map((p) => [p, all])) as Partial<Record<Priority, number>>)
    .refine((all) => Object.values(all).every((minutes) => minutes! > 0), NOT_ZERO),
  strictObject({ critical: agreedTime, high: agreedTime, normal: agreedTime, low: agreedTime }).partial(),
]);

const base = {
  id: z.string().min(1).optional(),
  start: isoDate,
  end: isoDate.optional(),
  period: z.enum(PERIODS).default('month'),
  note: z.string().optional(),
};

const serviceContract = strictObject({
  ...base,
  kind: z.literal('service'),
  fee: money,
  includedHours: hours,
  overageRate: money,
  hourlyRate: money,
  settlement: z.enum(['per-period', 'pooled']).default('per-period'),
  poolWindow: z.enum(['quarter', 'contract-year']).default('quarter'),
  increment: z.number().int().min(1).max(60).default(15),
  analysisCap: hours.default(240),
  reactionTimes: reactionTimes.optional(),
  resolutionTimes: reactionTimes.optional(),
  calendar: calendarOverrideSchema.optional(),
});

const commitmentContract = strictObject({
  ...base,
  kind: z.literal('commitment'),
  minimumHours: hours,
  rate: money,
  unused: z.enum(['forfeit', 'carry-over']).default('forfeit'),
  increment: z.number().int().min(1).max(60).default(15),
  reactionTimes: reactionTimes.optional(),
  resolutionTimes: reactionTimes.optional(),
  calendar: calendarOverrideSchema.optional(),
});

const noContract = strictObject({
  ...base,
  kind: z.literal('none'),
  hourlyRate: money.optional(),
  increment: z.number().int().min(1).max(60).default(15),
});

export const contractSchema = z.discriminatedUnion('kind', [serviceContract, commitmentContract, noContract]);
export type Contract = z.infer<typeof contractSchema>;
export type ServiceContract = z.infer<typeof serviceContract>;
export type CommitmentContract = z.infer<typeof commitmentContract>;
export type NoContract = z.infer<typeof noContract>;

const contact = strictObject({
  name: documentLine.min(1),
  email: z.string().email().optional(),
  phone: documentLine.optional(),
  role: documentLine.optional(),
  /** The language this person is written to in, if not the customer's. */
  language: z.enum(['de', 'en']).optional(),
  /** Mail to this address came back as undeliverable: when and why (desk announce writes it). */
  bounced: z.string().optional(),
  /** What this person asked not to receive (docs/communication.md). */
  noMail: z.array(z.enum(['announcements', 'feedback', 'surveys'])).optional(),
});
export type Contact = z.infer<typeof contact>;

/** contracts/<customer>.yaml: one customer, its people and its contract history. */
export const customerSchema = strictObject({
  id: customerId,
  name: documentLine.min(1),
  address: postalAddress.optional(),
  vatId: documentLine.optional(),
  buyerReference: documentLine.optional(),
  invoiceEmail: z.string().email().optional(),
  invoiceLanguage: z.enum(['de', 'en']).default('de'),
  /** The e-invoice this customer receives, if not desk.yaml's invoices.format. */
  eInvoice: z.enum(['xrechnung-ubl', 'xrechnung-cii', 'factur-x']).optional(),
  contacts: z.array(contact).default([]),
  /** The language mail to this customer is written in (default: invoiceLanguage). */
  language: z.enum(['de', 'en']).optional(),
  /** Mail from these domains is this customer's, also from people not listed as contacts yet. */
  emailDomains: z
    .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a mail domain in lower case, e.g. acme.de'))
    .default([]),
  projectLead: staffId.optional(),
  salesRep: staffId.optional(),
  /** Review meetings with the customer about the contract's utilisation (`desk customer review`, §5). */
  reviews: z.array(strictObject({ date: isoDate, by: staffId, notes: z.string().default('') })).default([]),
  /** Feedback requests after a ticket is closed: every ticket, a sample, none (default: desk.yaml feedback.requests). */
  feedbackRequests: z.enum(['every', 'sample', 'none']).optional(),
  /** The products (desk.yaml products[].id) the customer uses: `desk announce --product` picks by them. */
  products: z.array(z.string()).default([]),
  listRate: money.optional(),
  /** The customer's personal account (Debitor) in the books: DATEV exports book on it. */
  debtorNumber: z.number().int().min(10000).max(699999999).optional(),
  contracts: z.array(contractSchema).default([]),
});
export type Customer = z.infer<typeof customerSchema>;
