import { usage } from '../../core/errors.js';
import { letterDir, letterPath, planDunning, serialiseLetter, type DunningLetter } from '../../core/dunning/index.js';
import { sellerOf } from '../../core/invoice/build.js';
import type { InvoiceRecord } from '../../core/invoice/index.js';
import { displayMoney } from '../../core/money.js';
import { openItems } from '../../core/payments/index.js';
import { localDay, parseDay } from '../../core/time.js';
import type { FileChange, Helpdesk } from '../../store/helpdesk.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson, table } from '../output.js';
import { readLedger } from './payment.js';

const eur = (cents: number) => displayMoney(cents, 'en');

async function readLetters(hd: Helpdesk): Promise<DunningLetter[]> {
  const { letters, problems } = await hd.dunning.letters();
  const first = problems[0];
  if (first)
    throw usage(
      `${first.file}: ${first.field}: ${first.message}`,
      'letters sent are never edited: restore it from git',
    );
  return letters;
}

/**
 * `desk dunning run`: for every overdue invoice the next reminder whose day has come, as a
 * record and a PDF in the customer's language, all in one commit. A letter's file is named by
 * invoice and stage, so no stage is ever written twice, whoever runs it where.
 */
export async function dunningRun(o: GlobalOptions & { date?: string; dryRun?: boolean; json?: boolean }) {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'dunning.run');
  const today = localDay(hd.now(), hd.timeZone);
  const date = o.date ? parseDay(o.date, '--date') : today;
  if (date > today && !o.dryRun)
    throw usage(`--date ${date} is after today`, 'a letter is dated the day it is written');
  const plan = async () => {
    const { records, payments } = await readLedger(hd);
    const letters = await readLetters(hd);
    const planned = planDunning({
      date,
      config: hd.config,
      items: openItems(records, payments, date),
      records,
      letters,
    });
    if (planned.problems.length)
      throw usage(`nothing was written: ${planned.problems.join('; ')}`, 'desk.yaml dunning: docs/payments.md');
    return { planned: planned.letters, letters, records };
  };
  let { planned } = await plan();
  if (!o.dryRun && planned.length > 0) {
    await hd.change(actor!, async () => {
      const again = await plan();
      planned = again.planned;
      const files = (await Promise.all(planned.map((l) => letterFiles(hd, l, again.letters, again.records)))).flat();
      return {
        files,
        message: `Dunning run ${date}: ${planned.length} letter${planned.length === 1 ? '' : 's'}`,
        body: planned.map((l) => `${l.id} ${l.customer}: ${eur(l.total)}`),
      };
    });
  }
  if (o.json) {
    await printJson({
      date,
      dryRun: Boolean(o.dryRun),
      letters: planned.map((l) => ({ ...l, paths: [letterPath(l), `${letterDir(l)}/${l.id}.pdf`] })),
      sent: false,
    });
    return;
  }
  if (planned.length === 0) {
    await print(`No reminders due on ${date}.`);
    return;
  }
  const head = o.dryRun
    ? `Dry run: a dunning run dated ${date} would write:`
    : `Wrote ${planned.length} letter${planned.length === 1 ? '' : 's'} dated ${date}:`;
  await print(
    [
      head,
      table(
        planned.map((l) => [
          l.id,
          l.customer,
          String(l.stage),
          eur(l.open),
          eur(l.fees),
          eur(l.interest),
          eur(l.total),
          l.payBy,
        ]),
        ['LETTER', 'CUSTOMER', 'STAGE', 'OPEN', 'FEES', 'INTEREST', 'TOTAL', 'PAY BY'],
      ),
      o.dryRun
        ? ''
        : `PDFs in dunning/${date.slice(0, 4)}/; send them to the customers (sending by e-mail comes with the outbox).`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

async function letterFiles(
  hd: Helpdesk,
  l: DunningLetter,
  earlier: readonly DunningLetter[],
  records: readonly InvoiceRecord[],
): Promise<FileChange[]> {
  const { renderLetterPdf } = await import('../../invoice/dunning-pdf.js');
  const invoice = records.find((r) => r.number === l.invoice)!;
  const customer = (await hd.customers.all()).customers.get(l.customer);
  const buyer = customer?.address ? { name: customer.name, address: customer.address } : invoice.buyer;
  const first = earlier.find((x) => x.invoice === l.invoice && x.stage === 1);
  const pdf = await renderLetterPdf(l, { seller: sellerOf(hd.config), buyer, ...(first && { firstDate: first.date }) });
  return [
    { path: letterPath(l), content: serialiseLetter(l) },
    { path: `${letterDir(l)}/${l.id}.pdf`, content: pdf },
  ];
}

/** `desk dunning list`: the letters written, newest first. */
export async function dunningList(o: GlobalOptions & { customer?: string; json?: boolean }) {
  const hd = await openHelpdesk(o);
  const letters = (await readLetters(hd))
    .filter((l) => o.customer === undefined || l.customer === o.customer)
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
  if (o.json) {
    await printJson(letters);
    return;
  }
  await print(
    letters.length === 0
      ? 'No reminders written yet.'
      : table(
          letters.map((l) => [l.id, l.date, l.customer, String(l.stage), eur(l.total), l.payBy]),
          ['LETTER', 'DATE', 'CUSTOMER', 'STAGE', 'TOTAL', 'PAY BY'],
        ),
  );
}
