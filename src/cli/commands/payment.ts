import { basename } from 'node:path';
import { usage } from '../../core/errors.js';
import { displayMoney, parseMoney } from '../../core/money.js';
import {
  matchEntries,
  openItems,
  paymentPath,
  planPayment,
  serialisePayment,
  type BankEntry,
  type Payment,
} from '../../core/payments/index.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { localDay, parseDay } from '../../core/time.js';
import { bankPaymentId, newPaymentId, type Helpdesk } from '../../store/helpdesk.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { readGivenText } from '../input-file.js';
import { table } from '../../render/terminal/style.js';

import { t, text } from '../../i18n/index.js';
import { formatDay } from '../../i18n/format.js';
import { eur } from '../../render/terminal/invoice-text.js';
const eurEn = (cents: number) => displayMoney(cents, 'en'); // commit messages stay English

/** Issued documents and payments; a broken file stops every money command, as it does invoice runs. */
export async function readLedger(hd: Helpdesk) {
  const [{ records, problems }, paid] = await Promise.all([hd.invoices.all(), hd.payments.all()]);
  const first = [...problems, ...paid.problems][0];
  if (first) throw usage(`${first.file}: ${first.field}: ${first.message}`, text('moneyTerminal.restoreFile'));
  return { records, payments: paid.payments };
}

function amountOf(value: string | undefined): number {
  const cents = value === undefined ? undefined : parseMoney(value.replace(',', '.'));
  if (cents === undefined || cents === 0)
    throw usage(
      value === undefined ? text('moneyTerminal.amountMissing') : text('moneyTerminal.notAnAmount', { value }),
      text('moneyTerminal.amountHint'),
    );
  return cents;
}

export interface AddFlags extends GlobalOptions {
  amount?: string;
  date?: string;
  reference?: string;
  creditNote?: string;
  json?: boolean;
}

/** `desk payment add NUMBER --amount A --date D`: money received (or paid back) on an invoice. */
export async function paymentAdd(number: string, o: AddFlags): Promise<void> {
  const { hd, actor } = await openForChange(o, 'payment.record');
  const amount = amountOf(o.amount);
  const today = localDay(hd.now(), hd.timeZone);
  const date = o.date ? parseDay(o.date, '--date') : today;
  const plan = async () => {
    const { records, payments } = await readLedger(hd);
    return planPayment({
      id: newPaymentId(),
      number,
      amount,
      date,
      today,
      records,
      payments,
      ...(o.reference !== undefined && { reference: o.reference }),
      ...(o.creditNote !== undefined && { creditNote: o.creditNote }),
    });
  };
  let planned = await plan();
  await hd.change(actor, async () => {
    planned = await plan(); // under the lock: another payment may have arrived meanwhile
    const p = planned.payment;
    return {
      files: [{ path: paymentPath(p), content: serialisePayment(p) }],
      message: `${number}: payment of ${eurEn(p.amount)} on ${p.date}${p.kind === 'offset' ? ` from credit note ${p.creditNote}` : ''}`,
    };
  });
  if (o.json) {
    await printJson({ payment: planned.payment, path: paymentPath(planned.payment), note: planned.note });
    return;
  }
  await print(
    t('moneyTerminal.recorded', {
      id: planned.payment.id,
      amount: eur(planned.payment.amount),
      number,
      note: leftText(planned.left, number, planned.payment.customer),
    }),
  );
}

/** What a payment leaves open on the invoice, as the reader says it. */
function leftText(left: number, number: string, customer: string | undefined): string {
  if (left === 0) return t('moneyTerminal.notePaid', { number });
  if (left > 0) return t('moneyTerminal.noteOpen', { amount: eur(left), number });
  return t('moneyTerminal.noteOverpaid', { number, amount: eur(-left), customer: customer ?? '' });
}

/** `desk payment list`: payments, newest first; `--unmatched` those imported that pay no invoice yet. */
export async function paymentList(o: GlobalOptions & { customer?: string; unmatched?: boolean; json?: boolean }) {
  const hd = await openHelpdesk(o);
  const { payments } = await readLedger(hd);
  const rows = payments
    .filter((p) => (o.customer === undefined || p.customer === o.customer) && (!o.unmatched || !p.invoice))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
  if (o.json) {
    await printJson(rows.map((p) => ({ ...p, path: paymentPath(p) })));
    return;
  }
  if (rows.length === 0) {
    await print(o.unmatched ? t('moneyTerminal.noUnmatched') : t('moneyTerminal.noPayments'));
    return;
  }
  await print(
    table(
      rows.map((p) => [
        p.id,
        formatDay(p.date),
        eur(p.amount),
        p.invoice ?? t('moneyTerminal.unmatched'),
        p.customer ?? '',
        line(p.payer ?? ''),
        line(p.reference ?? ''),
      ]),
      t('moneyTerminal.paymentsHeader').split('|'),
    ),
  );
}

/** Reads a statement: CAMT.053 or MT940, told apart by their content. */
async function readStatement(file: string): Promise<BankEntry[]> {
  const content = await readGivenText(file, undefined, () =>
    usage(text('moneyTerminal.unreadable', { file }), text('moneyTerminal.unreadableHint')),
  );
  const [{ isCamt053, parseCamt053, StatementError }, { isMt940, parseMt940 }] = await Promise.all([
    import('../../bank/camt.js'),
    import('../../bank/mt940.js'),
  ]);
  try {
    if (isCamt053(content)) return parseCamt053(content);
    if (isMt940(content)) return parseMt940(content);
  } catch (e) {
    if (e instanceof StatementError)
      throw usage(text('statement.inFile', { file, problem: e.said }), text('moneyTerminal.nothingImported'));
    throw e;
  }
  throw usage(text('moneyTerminal.notAStatement', { file }), text('moneyTerminal.notAStatementHint'));
}

/**
 * `desk payment import FILE`: the statement's payments received, matched to invoices by the
 * numbers they name or their amount; unmatched ones are recorded for a person to assign.
 * Entries imported before are recognised by their bank reference and skipped.
 */
export async function paymentImport(file: string, o: GlobalOptions & { dryRun?: boolean; json?: boolean }) {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'payment.record');
  const entries = await readStatement(file);
  const today = localDay(hd.now(), hd.timeZone);
  const plan = async () => {
    const { records, payments } = await readLedger(hd);
    const keys = new Set(payments.flatMap((p) => (p.bank ? [p.bank.entry] : [])));
    const result = matchEntries(entries, records, payments, keys, today);
    const statement = basename(file);
    const created: Payment[] = result.matched.flatMap((m) =>
      (m.payments.length ? m.payments : [unmatchedPayment(m.entry)]).map((p, i) => ({
        ...p,
        id: bankPaymentId(m.entry.key, i),
        bank: { ...(m.entry.account && { account: m.entry.account }), entry: m.entry.key, statement },
      })),
    );
    return { result, created };
  };
  let { result, created } = await plan();
  if (!o.dryRun && created.length > 0) {
    await hd.change(actor!, async () => {
      ({ result, created } = await plan());
      const matched = created.filter((p) => p.invoice).length;
      return {
        files: created.map((p) => ({ path: paymentPath(p), content: serialisePayment(p) })),
        message: `Bank statement ${basename(file)}: ${created.length} payment${created.length === 1 ? '' : 's'}, ${matched} matched, ${created.length - matched} to assign`,
      };
    });
  }
  const unmatched = created.filter((p) => !p.invoice);
  if (o.json) {
    await printJson({
      dryRun: Boolean(o.dryRun),
      payments: created.map((p) => ({ ...p, path: paymentPath(p) })),
      matched: result.matched.map((m) => ({
        entry: m.entry.key,
        how: m.how,
        invoices: m.payments.map((p) => p.invoice),
      })),
      known: result.known.map((e) => e.key),
      skipped: result.skipped.map((e) => e.key),
    });
    return;
  }
  const out = [
    t('moneyTerminal.imported', {
      dry: o.dryRun ? 'yes' : 'no',
      file: basename(file),
      count: created.length,
      known: result.known.length,
      skipped: result.skipped.length,
    }),
  ];
  const paid = created.filter((p) => p.invoice);
  if (paid.length)
    out.push(
      '',
      t('moneyTerminal.matched'),
      table(
        paid.map((p) => [p.id, formatDay(p.date), eur(p.amount), p.invoice!, p.customer ?? '', line(p.payer ?? '')]),
        t('moneyTerminal.matchedHeader').split('|'),
      ),
    );
  if (unmatched.length)
    out.push(
      '',
      t('moneyTerminal.toAssign'),
      table(
        unmatched.map((p) => [p.id, formatDay(p.date), eur(p.amount), line(p.payer ?? ''), line(p.reference ?? '')]),
        t('moneyTerminal.unmatchedHeader').split('|'),
      ),
    );
  await print(out.join('\n'));
}

function unmatchedPayment(e: BankEntry): Omit<Payment, 'id'> {
  return {
    date: e.date,
    amount: e.amount,
    kind: 'transfer',
    reference: e.reference,
    ...(e.payer && { payer: e.payer }),
    bank: { ...(e.account && { account: e.account }), entry: e.key },
  };
}

/** `desk payment assign ID NUMBER`: an unmatched imported payment pays this invoice. */
export async function paymentAssign(id: string, number: string, o: GlobalOptions & { json?: boolean }) {
  const { hd, actor } = await openForChange(o, 'payment.record');
  const today = localDay(hd.now(), hd.timeZone);
  let done: { payment: Payment; note: string; left: number } | undefined;
  await hd.change(actor, async () => {
    const { records, payments } = await readLedger(hd);
    const p = payments.find((x) => x.id === id);
    if (!p) throw usage(text('moneyTerminal.noPayment', { id }), text('moneyTerminal.noPaymentHint'));
    if (p.invoice)
      throw usage(text('moneyTerminal.paysAlready', { id, number: p.invoice }), text('moneyTerminal.paysAlreadyHint'));
    const others = payments.filter((x) => x.id !== id);
    const planned = planPayment({
      id: p.id,
      number,
      amount: p.amount,
      date: p.date,
      today,
      records,
      payments: others,
      ...(p.reference !== undefined && { reference: p.reference }),
    });
    done = {
      payment: { ...planned.payment, ...(p.payer && { payer: p.payer }), ...(p.bank && { bank: p.bank }) },
      note: planned.note,
      left: planned.left,
    };
    return {
      files: [{ path: paymentPath(p), content: serialisePayment(done.payment) }],
      message: `${number}: assign payment ${id} of ${eurEn(p.amount)} from the bank statement`,
    };
  });
  if (o.json) {
    await printJson({ payment: done!.payment, note: done!.note });
    return;
  }
  await print(t('moneyTerminal.assigned', { id, number, note: leftText(done!.left, number, done!.payment.customer) }));
}

/** Open items of all invoices as of today, for invoice list and the balances. */
export async function itemsToday(hd: Helpdesk) {
  const { records, payments } = await readLedger(hd);
  return openItems(records, payments, localDay(hd.now(), hd.timeZone));
}
