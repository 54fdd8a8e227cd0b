import { z } from 'zod';
import { issuesToProblems, parseYamlText, stringifyYaml, type Parsed } from '../files/yaml-text.js';
import { formatMoney, parseMoney } from '../money.js';
import { isoDate, strictObject } from '../schema/common.js';
import { PAYMENT_KINDS, type Payment } from './types.js';

/** A signed amount: "-50.00" is money paid back. */
const signedMoney = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const cents = parseMoney(v);
  if (cents === undefined || cents === 0) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not an amount other than zero; write it like 1428.00` });
    return z.NEVER;
  }
  return cents;
});

export const PAYMENT_ID = /^P-[0-9A-Z]{10}$/;

/** payments/<year>/<id>.yaml; strict, as invoice records are (record-file.ts of invoices) */
export const paymentSchema = strictObject({
  id: z.string().regex(PAYMENT_ID, 'a payment id is P- and ten letters or digits'),
  date: isoDate,
  amount: signedMoney,
  kind: z.enum(PAYMENT_KINDS).default('transfer'),
  invoice: z.string().min(1).optional(),
  customer: z.string().min(1).optional(),
  creditNote: z.string().min(1).optional(),
  reference: z.string().optional(),
  payer: z.string().optional(),
  bank: strictObject({
    account: z.string().optional(),
    entry: z.string().min(1),
    statement: z.string().optional(),
  }).optional(),
});

export const paymentPath = (p: Pick<Payment, 'id' | 'date'>) => `payments/${p.date.slice(0, 4)}/${p.id}.yaml`;

const HEADER = 'A payment received (or, negative, paid back). Recorded by desk payment add or desk payment import.';

export function serialisePayment(p: Payment): string {
  const out = {
    id: p.id,
    date: p.date,
    amount: formatMoney(p.amount),
    kind: p.kind,
    ...(p.invoice && { invoice: p.invoice }),
    ...(p.customer && { customer: p.customer }),
    ...(p.creditNote && { creditNote: p.creditNote }),
    ...(p.reference !== undefined && { reference: p.reference }),
    ...(p.payer !== undefined && { payer: p.payer }),
    ...(p.bank && { bank: p.bank }),
  };
  return stringifyYaml(JSON.parse(JSON.stringify(out)), HEADER);
}

export function parsePayment(file: string, text: string): Parsed<Payment> {
  const yaml = parseYamlText(file, text);
  if (!yaml.ok) return yaml;
  const parsed = paymentSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues) };
  return { ok: true, value: parsed.data as Payment };
}
