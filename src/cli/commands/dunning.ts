import { usage } from '../../core/errors.js';
import {
  letterAddresses,
  letterDir,
  letterPath,
  planDunning,
  serialiseLetter,
  type DunningLetter,
  type LetterMail,
} from '../../core/dunning/index.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { queueLetterMail } from '../../mail/letter-mail.js';
import { sendQueued } from '../../mail/outbox.js';
import { sellerOf } from '../../core/invoice/build.js';
import type { InvoiceRecord } from '../../core/invoice/index.js';
import { t, text, type Text } from '../../i18n/index.js';
import { formatDay } from '../../i18n/format.js';
import { eur } from '../../render/terminal/invoice-text.js';
import { openItems } from '../../core/payments/index.js';
import { localDay, parseDay } from '../../core/time.js';
import type { FileChange, Helpdesk } from '../../store/helpdesk.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { table } from '../../render/terminal/style.js';
import { readLedger } from './payment.js';

async function readLetters(hd: Helpdesk): Promise<DunningLetter[]> {
  const { letters, problems } = await hd.dunning.letters();
  const first = problems[0];
  if (first) throw usage(`${first.file}: ${first.field}: ${first.message}`, text('moneyTerminal.letterRestore'));
  return letters;
}

type MailShown = LetterMail | { status: 'would-send'; to: string };

/**
 * `desk dunning run`: for every overdue invoice the next reminder whose day has come, as a
 * record and a PDF in the customer's language, all in one commit. A letter's file is named by
 * invoice and stage, so no stage is ever written twice, whoever runs it where. With mail.smtp in
 * desk.yaml each letter's mail is committed with it (the outbox), then sent, then recorded on
 * the letter: a crash or a second clone never mails a stage twice.
 */
export async function dunningRun(
  o: GlobalOptions & { date?: string; dryRun?: boolean; json?: boolean; mail?: boolean },
) {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'dunning.run');
  const today = localDay(hd.now(), hd.timeZone);
  const date = o.date ? parseDay(o.date, '--date') : today;
  if (date > today && !o.dryRun)
    throw usage(text('moneyTerminal.letterDateFuture', { day: date }), text('moneyTerminal.letterDateFutureHint'));
  const mailing = Boolean(hd.config.mail?.smtp) && o.mail !== false;
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
      throw usage(
        text('moneyTerminal.nothingWritten', { list: planned.problems.join('; ') }),
        text('moneyTerminal.dunningConfigHint'),
      );
    const addresses = mailing
      ? letterAddresses(planned.letters, (await hd.customers.all()).customers)
      : { to: new Map<string, { address: string; name: string }>(), missing: [] };
    if (addresses.missing.length)
      throw usage(
        text('moneyTerminal.noInvoiceEmail', {
          list: addresses.missing
            .map((c) => text('moneyTerminal.invoiceEmailMissing', { file: hd.customers.file(c) }))
            .reduce<Text | string>((x, y) => (x === '' ? y : text('reportCli.pair', { a: x, b: y })), ''),
        }),
        text('moneyTerminal.noInvoiceEmailHint'),
      );
    return { planned: planned.letters, letters, records, to: addresses.to };
  };
  let { planned, to } = await plan();
  let shown: (Omit<DunningLetter, 'mail'> & { mail?: MailShown })[] = planned.map((l) => {
    const address = to.get(l.id)?.address;
    return o.dryRun && address ? { ...l, mail: { status: 'would-send' as const, to: address } } : l;
  });
  if (!o.dryRun && planned.length > 0) {
    const keys: string[] = [];
    await hd.change(actor!, async () => {
      const again = await plan();
      ({ planned, to } = again);
      const files = await letterFiles(hd, again, actor!.id, keys);
      return {
        files,
        message: `Dunning run ${date}: ${planned.length} letter${planned.length === 1 ? '' : 's'}${keys.length ? ', mail queued' : ''}`,
        body: planned.map((l) => `${l.id} ${l.customer}: ${eur(l.total)}`),
      };
    });
    if (keys.length) await sendQueued(hd, actor!, { keys });
    const recorded = new Map((await readLetters(hd)).map((l) => [l.id, l]));
    shown = planned.map((l) => recorded.get(l.id) ?? l);
  }
  const notMailed = mailing ? undefined : o.mail === false ? 'flag' : 'smtp';
  if (o.json) {
    await printJson({
      date,
      dryRun: Boolean(o.dryRun),
      letters: shown.map((l) => ({
        ...l,
        mail: l.mail ?? null,
        paths: [letterPath(l), `${letterDir(l)}/${l.id}.pdf`],
      })),
      mailed: mailing,
    });
    return;
  }
  if (shown.length === 0) {
    await print(t('moneyTerminal.noReminders', { day: formatDay(date) }));
    return;
  }
  const head = o.dryRun
    ? t('moneyTerminal.dunningDry', { day: formatDay(date) })
    : t('moneyTerminal.dunningWrote', { count: shown.length, day: formatDay(date) });
  const queued = shown.filter((l) => l.mail?.status === 'queued').length;
  await print(
    [
      head,
      table(
        shown.map((l) => [
          l.id,
          l.customer,
          String(l.stage),
          eur(l.open),
          eur(l.fees),
          eur(l.interest),
          eur(l.total),
          formatDay(l.payBy),
          mailState(l.mail),
        ]),
        t('moneyTerminal.dunningHeader').split('|'),
      ),
      !notMailed
        ? ''
        : o.dryRun
          ? t('moneyTerminal.wouldNotMail', { why: notMailed })
          : t('moneyTerminal.notMailed', { dir: `dunning/${date.slice(0, 4)}/`, why: notMailed }),
      queued ? t('moneyTerminal.stillQueued', { count: queued }) : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** A letter's mail as one cell: where it went, or why it did not. */
function mailState(m: MailShown | undefined): string {
  if (!m) return t('moneyTerminal.mailNone');
  const to = line(m.to);
  if (m.status === 'would-send' || m.status === 'sent' || m.status === 'queued')
    return t('moneyTerminal.mailState', { status: m.status, to });
  return t('moneyTerminal.mailFailed', {
    to,
    error: m.error ? line(m.error).slice(0, 80) : t('moneyTerminal.givenUp'),
  });
}

async function letterPdf(
  hd: Helpdesk,
  l: DunningLetter,
  earlier: readonly DunningLetter[],
  records: readonly InvoiceRecord[],
): Promise<Uint8Array> {
  const { renderLetterPdf } = await import('../../render/invoice/dunning-pdf.js');
  const invoice = records.find((r) => r.number === l.invoice)!;
  const customer = (await hd.customers.all()).customers.get(l.customer);
  const buyer = customer?.address ? { name: customer.name, address: customer.address } : invoice.buyer;
  const first = earlier.find((x) => x.invoice === l.invoice && x.stage === 1);
  return renderLetterPdf(l, { seller: sellerOf(hd.config), buyer, ...(first && { firstDate: first.date }) });
}

/**
 * The letters' records and PDFs and, for each letter with an address, its mail queued in the
 * outbox (the record then says `queued`); the outbox keys are added to `keys` for sending.
 */
async function letterFiles(
  hd: Helpdesk,
  run: {
    planned: DunningLetter[];
    letters: DunningLetter[];
    records: InvoiceRecord[];
    to: Map<string, { address: string; name: string }>;
  },
  by: string,
  keys: string[],
): Promise<FileChange[]> {
  const pdfs = await Promise.all(run.planned.map((l) => letterPdf(hd, l, run.letters, run.records)));
  const files: FileChange[] = [];
  for (const [i, l] of run.planned.entries()) {
    const pdf = pdfs[i]!;
    const address = run.to.get(l.id);
    if (address) {
      const queued = await queueLetterMail(hd, l, pdf, address, by);
      l.mail = queued.mail;
      keys.push(queued.key);
      files.push(...queued.files);
    }
    files.push(
      { path: letterPath(l), content: serialiseLetter(l) },
      { path: `${letterDir(l)}/${l.id}.pdf`, content: pdf },
    );
  }
  return files;
}

/** `desk dunning list`: the letters written, newest first. */
export async function dunningList(o: GlobalOptions & { customer?: string; json?: boolean }) {
  const hd = await openHelpdesk(o);
  const letters = (await readLetters(hd))
    .filter((l) => o.customer === undefined || l.customer === o.customer)
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
  if (o.json) {
    await printJson(letters.map((l) => ({ ...l, mail: l.mail ?? null })));
    return;
  }
  await print(
    letters.length === 0
      ? t('moneyTerminal.noLetters')
      : table(
          letters.map((l) => [
            l.id,
            formatDay(l.date),
            l.customer,
            String(l.stage),
            eur(l.total),
            formatDay(l.payBy),
            mailState(l.mail),
          ]),
          t('moneyTerminal.lettersHeader').split('|'),
        ),
  );
}
