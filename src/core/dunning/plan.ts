import { addDays, daysBetween } from '../billing/dates.js';
import type { IsoDate } from '../billing/types.js';
import type { InvoiceRecord, Language } from '../invoice/types.js';
import { roundHalfUp, type Cents } from '../money.js';
import type { OpenItem } from '../payments/open-items.js';
import type { DeskConfig } from '../schema/config.js';

/**
 * A payment reminder (Zahlungserinnerung, stage 1) or dunning letter (Mahnung, stages 2 and
 * on) for one invoice: written once per stage and never again, so its id is the invoice number
 * and the stage. What it asks for: the open amount, the fees of this and earlier letters, and,
 * where configured, default interest (§ 288 Abs. 2 BGB: base rate + 9 points between
 * businesses) from the day after the first letter, which put the customer in default
 * (§ 286 Abs. 1 BGB), to the letter's date.
 */
export interface DunningLetter {
  id: string;
  invoice: string;
  customer: string;
  stage: number;
  date: IsoDate;
  language: Language;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  gross: Cents;
  paid: Cents;
  open: Cents;
  fee: Cents;
  /** This letter's fee and those of the letters before it. */
  fees: Cents;
  interest: Cents;
  /** The days and rate the interest was computed with, when there is any. */
  interestDetail?: {
    from: IsoDate;
    to: IsoDate;
    days: number;
    segments: { from: IsoDate; to: IsoDate; rate: number }[];
  };
  total: Cents;
  payBy: IsoDate;
  /** The letter by e-mail, when it went through the outbox (docs/payments.md, Sending). */
  mail?: LetterMail;
}

export const LETTER_MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;

/**
 * A letter's mail: committed as `queued` with its final Message-ID together with the letter,
 * then `sent` once the SMTP server took it, or `failed` when it refused it or gave up.
 */
export interface LetterMail {
  messageId: string;
  to: string;
  status: (typeof LETTER_MAIL_STATUSES)[number];
  /** When the server took it (sent) or desk gave up (failed), with offset. */
  at?: string;
  /** The server's answer to a failed mail. */
  error?: string;
}

export interface DunningInput {
  date: IsoDate;
  config: DeskConfig;
  items: readonly OpenItem[];
  records: readonly InvoiceRecord[];
  /** Letters written before, of all invoices. */
  letters: readonly DunningLetter[];
}

export const letterId = (invoice: string, stage: number) => `${invoice}-M${stage}`;

/** The letters due on `date`: for each overdue invoice at most its next stage, once that stage's day has come. */
export function planDunning(i: DunningInput): { letters: DunningLetter[]; problems: string[] } {
  const d = i.config.dunning;
  const out: DunningLetter[] = [];
  const problems: string[] = [];
  for (const item of i.items) {
    if (item.open <= 0 || !item.dueDate || item.dueDate >= i.date) continue;
    const sent = i.letters.filter((l) => l.invoice === item.number).sort((a, b) => a.stage - b.stage);
    const stage = sent.length + 1;
    if (stage > d.stages.length) continue; // the last stage is written: what follows is a person's decision
    const rule = d.stages[stage - 1]!;
    if (daysBetween(item.dueDate, i.date) < rule.days) continue;
    const previous = sent[sent.length - 1];
    // the customer keeps the time the previous letter gave
    if (previous && i.date <= previous.payBy) continue;
    const record = i.records.find((r) => r.number === item.number)!;
    const fees = sent.reduce((s, l) => s + l.fee, 0) + rule.fee;
    let interest = 0;
    let interestDetail: DunningLetter['interestDetail'];
    if (d.interest && sent[0]) {
      const from = addDays(sent[0].date, 1);
      const computed = defaultInterest(item.open, from, i.date, d.baseRates);
      if ('problem' in computed) problems.push(`${item.number}: ${computed.problem}`);
      else if (computed.days > 0) {
        interest = computed.amount;
        interestDetail = { from, to: i.date, days: computed.days, segments: computed.segments };
      }
    }
    out.push({
      id: letterId(item.number, stage),
      invoice: item.number,
      customer: item.customer,
      stage,
      date: i.date,
      language: record.language,
      invoiceDate: record.issueDate,
      dueDate: item.dueDate,
      gross: item.gross,
      paid: item.paid + item.credited,
      open: item.open,
      fee: rule.fee,
      fees,
      interest,
      ...(interestDetail && { interestDetail }),
      total: item.open + fees + interest,
      payBy: addDays(i.date, d.paymentDays),
    });
  }
  return { letters: out, problems };
}

/**
 * Interest on `open` for the days from `from` to `to` (both counted), at the base rate in force
 * on each day plus 9 points, on a 365-day year; one rounding at the end, half up.
 */
export function defaultInterest(
  open: Cents,
  from: IsoDate,
  to: IsoDate,
  baseRates: readonly { from: IsoDate; rate: number }[],
): { amount: Cents; days: number; segments: { from: IsoDate; to: IsoDate; rate: number }[] } | { problem: string } {
  if (to < from) return { amount: 0, days: 0, segments: [] };
  const rates = [...baseRates].sort((a, b) => (a.from < b.from ? -1 : 1));
  if (!rates[0] || rates[0].from > from)
    return {
      problem: `no base rate for ${from} in desk.yaml dunning.baseRates; add the Bundesbank's rate in force then`,
    };
  const segments: { from: IsoDate; to: IsoDate; rate: number }[] = [];
  let numerator = 0;
  let day = from;
  while (day <= to) {
    const current = rates.filter((r) => r.from <= day).pop()!;
    const next = rates.find((r) => r.from > day);
    const end = next && addDays(next.from, -1) < to ? addDays(next.from, -1) : to;
    const days = daysBetween(day, end) + 1;
    const rate = current.rate + 9;
    // the rate in hundredths of a percent: exact integers all the way
    numerator += open * Math.round(rate * 100) * days;
    segments.push({ from: day, to: end, rate });
    day = addDays(end, 1);
  }
  return { amount: roundHalfUp(numerator, 365 * 10_000), days: daysBetween(from, to) + 1, segments };
}
