import { z } from 'zod';
import { days, postalAddress, strictObject, documentLine, hours, isoDate, money, staffId } from './common.js';
import { CHANNELS, MAIL_ACTOR } from '../ticket/vocabulary.js';
import { calendarConfigSchema, defaultCalendarConfig } from '../calendar/config.js';
import { PERMISSION_NAMES, type Permission } from '../permissions/table.js';
import { mailConfigSchema } from './mail.js';
import { notifyConfigSchema, staffNotifySchema } from './notify.js';
import { LANGUAGES } from '../../i18n/language.js';

export const ROLES = ['first-level', 'second-level', 'project-lead', 'sales', 'manager', 'billing'] as const;
export type Role = (typeof ROLES)[number];

/** The most digits `{seq:N}` pads an invoice's running number to: a trillion invoices a year. */
const MAX_SEQ_WIDTH = 12;

const staffMember = strictObject({
  id: staffId.refine((id) => id !== MAIL_ACTOR, `"${MAIL_ACTOR}" is reserved for what desk records from incoming mail`),
  name: documentLine.min(1),
  email: z.string().email(),
  roles: z.array(z.enum(ROLES)).min(1, 'give every staff member at least one role'),
  phone: documentLine.optional(),
  /** Under every e-mail this person sends (desk reply). */
  signature: z.string().optional(),
  /** The language desk speaks to this person (docs/commands.md#language); DESK_LANG overrides it. Notifications are written in it (German when unset). */
  language: z.enum(LANGUAGES).optional(),
  /** What `desk notify` tells this person, and where (docs/communication.md); defaults from the roles. */
  notify: staffNotifySchema.optional(),
});
export type StaffMember = z.infer<typeof staffMember>;

const product = strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'product ids are lower-case letters, digits and dashes'),
  name: documentLine.min(1),
  modules: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
});
export type Product = z.infer<typeof product>;

/** desk.yaml: everything about the company running the helpdesk. */
export const deskConfigSchema = strictObject({
  /** How the files are laid out (store/layout.ts); absent in helpdesks made before it was named. */
  format: z.number().int().min(1).optional(),
  company: strictObject({
    name: documentLine.min(1),
    address: postalAddress.optional(),
    vatId: documentLine.optional(),
    taxNumber: documentLine.optional(),
    email: z.string().email().optional(),
    phone: documentLine.optional(),
    contactName: documentLine.optional(),
    website: documentLine.optional(),
    bank: strictObject({ name: documentLine.optional(), iban: documentLine, bic: documentLine.optional() }).optional(),
    /** The company's logo, a path in the repository (the help center shows it). */
    logo: z
      .string()
      .regex(
        /^(?!\/)(?!.*(^|\/)\.\.(\/|$)).+\.(svg|png|jpe?g|webp)$/i,
        'a path inside the repository to an .svg, .png, .jpg or .webp file',
      )
      .optional(),
    /** Pflichtangaben on business letters (§ 35a GmbHG, § 80 AktG, § 37a HGB): printed in every footer. */
    legal: strictObject({
      form: documentLine.min(1),
      seat: documentLine.min(1).optional(),
      registerCourt: documentLine.min(1).optional(),
      registerNumber: documentLine.min(1).optional(),
      managingDirectors: z.array(documentLine.min(1)).optional(),
      supervisoryBoardChair: documentLine.min(1).optional(),
    }).optional(),
  }),
  /** The published help center (desk kb publish): where it is served, for links in replies. */
  helpCenter: strictObject({
    url: z.string().url('the address the help center is served from, e.g. https://hilfe.example.de/'),
  }).optional(),
  /** The language desk speaks to staff whose setting and locale say nothing (docs/commands.md#language). */
  language: z.enum(LANGUAGES).optional(),
  calendar: calendarConfigSchema.default(defaultCalendarConfig),
  staff: z.array(staffMember).default([]),
  products: z.array(product).default([]),
  billing: strictObject({
    currency: z.literal('EUR').default('EUR'),
    vatRate: z
      .number()
      .min(0)
      .max(100)
      .superRefine((rate, ctx) => {
        // the tax is reckoned on hundredths of a percent (core/invoice/vat.ts): the rate an
        // invoice and its e-invoice state must be the one it was reckoned with
        if (!/^\d+(\.\d{1,2})?$/.test(String(rate)))
          ctx.addIssue({
            code: 'custom',
            message: `${rate} has more than two decimals; an invoice carries a rate like 19 or 7.25`,
          });
      })
      .default(19),
    listRate: money.optional(),
    increment: z.number().int().min(1).max(60).default(15),
    /** Second Level analysis included per ticket in new service contracts (`desk contract add`); 4 h when unset. */
    analysisCap: hours.optional(),
    paymentTermsDays: days(0).default(14),
    /** Skonto offered on invoices: percent off when paid within days. */
    discount: strictObject({ days: days(1), percent: z.number().positive().max(100) }).optional(),
  }).default({ currency: 'EUR', vatRate: 19, increment: 15, paymentTermsDays: 14 }),
  invoices: strictObject({
    numberFormat: z
      .string()
      .superRefine((format, ctx) => {
        // padding beyond what a number can need would build a string too long to write
        for (const [, width] of format.matchAll(/\{seq:(\d+)\}/g))
          if (!(Number(width) >= 1 && Number(width) <= MAX_SEQ_WIDTH))
            ctx.addIssue({
              code: 'custom',
              message: `pads the running number to ${width} digits; {seq:N} takes 1 to ${MAX_SEQ_WIDTH}`,
            });
      })
      .default('RE-{year}-{seq:4}'),
    /** First day desk bills: periods starting earlier were billed before desk was used. */
    since: isoDate.optional(),
    /** The e-invoice beside each PDF (a customer's eInvoice overrides it). */
    format: z.enum(['xrechnung-ubl', 'xrechnung-cii', 'factur-x']).default('xrechnung-ubl'),
  }).default({ numberFormat: 'RE-{year}-{seq:4}', format: 'xrechnung-ubl' }),
  /** `desk dunning run`: reminder stages after the due date (docs/payments.md). */
  dunning: strictObject({
    /** Stage 1 is the Zahlungserinnerung, the later ones Mahnungen; days after the due date. */
    stages: z
      .array(strictObject({ days: days(1), fee: money.default(0) }))
      .min(1, 'give at least one stage, e.g. { days: 7, fee: "0.00" }')
      .default([
        { days: 7, fee: 0 },
        { days: 21, fee: 500 },
        { days: 35, fee: 1000 },
      ]),
    /** Days each letter gives to pay. */
    paymentDays: days(1).default(10),
    /** § 288 Abs. 2 BGB default interest (base rate + 9 points) from the second letter on. */
    interest: z.boolean().default(false),
    /** The base rate (§ 247 BGB) from each date on, in percent, as the Bundesbank publishes it. */
    baseRates: z.array(strictObject({ from: isoDate, rate: z.number().min(-10).max(20) })).default([]),
  }).default({
    stages: [
      { days: 7, fee: 0 },
      { days: 21, fee: 500 },
      { days: 35, fee: 1000 },
    ],
    paymentDays: 10,
    interest: false,
    baseRates: [],
  }),
  /** `desk export datev`: the tax advisor's numbers and the accounts (docs/payments.md). */
  datev: strictObject({
    consultant: z.number().int().min(1001).max(9999999),
    client: z.number().int().min(1).max(99999),
    chart: z.enum(['SKR03', 'SKR04']).default('SKR03'),
    accountLength: z.number().int().min(4).max(8).default(4),
    /** First month of the fiscal year (1 = January). */
    fiscalYearStart: z.number().int().min(1).max(12).default(1),
    bankAccount: z.number().int().positive().optional(),
    revenue: strictObject({
      domestic: z.number().int().positive().optional(),
      'reverse-charge': z.number().int().positive().optional(),
      'outside-scope': z.number().int().positive().optional(),
    }).default({}),
  }).optional(),
  /** The daily loop of First Level: docs/reaction-times.md and docs/workflow.md. */
  workflow: strictObject({
    /** Channels on which the person recording a request talks to the customer: opening it is the reaction. */
    reactedOnOpen: z.array(z.enum(CHANNELS)).default(['phone', 'on-site', 'remote-session']),
    /** `desk wait` without --until: business days until the ticket is back on the work list. */
    followUpDays: z.number().int().min(1).max(250).default(5),
    /** Resolved tickets neither accepted nor disputed close after this many business days; 0 = never. */
    autoCloseDays: z.number().int().min(0).max(250).default(10),
    /** The first reply or qualification by an agent takes an unassigned ticket. */
    assignOnFirstTouch: z.boolean().default(true),
  }).prefault({}),
  attachments: strictObject({ maxMegabytes: z.number().positive().max(1024).default(10) }).prefault({}),
  /**
   * Who may do what where the permission table's defaults do not fit (docs/roles.md): a
   * permission and the roles that have it, instead of the table's.
   */
  permissions: z
    .partialRecord(z.enum(PERMISSION_NAMES as [Permission, ...Permission[]]), z.array(z.enum(ROLES)))
    .optional(),
  /** Signed commits (docs/roles.md#signed-commits): required or not, and the file of allowed signers. */
  signing: strictObject({
    required: z.boolean().default(false),
    allowedSigners: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'a path inside the helpdesk, like allowed_signers')
      .default('allowed_signers'),
  }).default({ required: false, allowedSigners: 'allowed_signers' }),
  /**
   * Commits of the history that break the permission table and were looked at: `desk check`
   * no longer reports them (docs/roles.md#history).
   */
  audit: strictObject({
    /** false: the history is not judged (a demo or template whose history is not a team's work). */
    history: z.boolean().default(true),
    reviewed: z
      .array(
        strictObject({
          commit: z.string().regex(/^[0-9a-f]{7,64}$/, 'a commit id, at least 7 hex digits'),
          note: z.string().min(1, 'say what was found and done'),
        }),
      )
      .default([]),
  }).default({ history: true, reviewed: [] }),
  /** E-mail in and out (docs/email.md). */
  mail: mailConfigSchema.optional(),
  /** `report customer` flags a contract customer whose last review (`desk customer review`) is older than this. */
  reviews: z.strictObject({ everyMonths: z.number().int().min(1).max(60).default(6) }).prefault({}),
  /** Feedback requests after a ticket is closed (`desk feedback-requests`, docs/communication.md). */
  feedback: z
    .strictObject({
      requests: z.enum(['every', 'sample', 'none']).default('none'),
      sample: z.number().int().min(1).max(100).default(20),
      intervalDays: z.number().int().min(0).max(3650).default(90),
      withinDays: z.number().int().min(1).max(365).default(14),
    })
    .prefault({}),
  /** Surveys of customers' contacts (`desk survey send`, docs/communication.md): never one address twice within the interval. */
  survey: z.strictObject({ intervalDays: z.number().int().min(0).max(3650).default(180) }).prefault({}),
  /** Staff notifications (`desk notify`, docs/communication.md). */
  notify: notifyConfigSchema.optional(),
  /** The terminal (docs/terminal.md): the pager for long output, or false for none. */
  terminal: strictObject({ pager: z.union([z.literal(false), z.string()]).optional() }).optional(),
  /** `desk start`/`desk stop`: a session longer than `cap` (or past midnight) is capped and marked for review. */
  sessions: strictObject({
    cap: hours.refine((m) => m > 0, 'give the cap as hours, e.g. 10 or 8h30m').default(600),
  }).default({ cap: 600 }),
});
export type DeskConfig = z.infer<typeof deskConfigSchema>;
