import type { SurveyRecipient } from '../../core/survey/record.js';
import { displayMoney } from '../../core/money.js';
import { usage } from '../../core/errors.js';
import { formatPath } from '../../core/files/yaml-text.js';
import { activeContract } from '../../core/billing/index.js';
import { customerSchema } from '../../core/schema/customer.js';
import { localDay, parseDay } from '../../core/time.js';
import { language, t, text } from '../../i18n/index.js';
import { newCustomerFile } from '../../store/customer-file.js';

import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson, warn } from '../output.js';
import { paint, table } from '../../render/terminal/style.js';
import { itemsToday } from './payment.js';
import { interactive, need, prompts } from '../prompts.js';
import type { Role } from '../../core/schema/config.js';
import { describeContract } from '../../render/terminal/contract-text.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

/** `desk customer list`: every customer with the contract in force today. */
export async function customerList(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const { customers, problems } = await hd.customers.all();
  const today = localDay(hd.now(), hd.timeZone);
  const rows = [...customers.values()].map((c) => ({ customer: c, contract: activeContract(c, today) }));
  for (const p of problems) warn(`${t('customers.skipped', { file: p.file, field: p.field, problem: p.message })}\n`);
  if (o.json) {
    await printJson(
      rows.map(({ customer: c, contract }) => ({
        id: c.id,
        name: c.name,
        country: c.address?.country ?? null,
        contract: contract?.kind ?? null,
        projectLead: c.projectLead ?? null,
        salesRep: c.salesRep ?? null,
      })),
    );
    return;
  }
  await print(
    table(
      rows.map(({ customer: c, contract }) => [
        c.id,
        line(c.name),
        c.address ? `${line(c.address.city)} (${c.address.country})` : '-',
        contract ? t('customers.kind', { kind: contract.kind }) : '-',
        c.projectLead ?? '-',
        c.salesRep ?? '-',
      ]),
      [
        t('customers.colId'),
        t('customers.colName'),
        t('customers.colCity'),
        t('customers.colContract'),
        t('customers.colProjectLead'),
        t('customers.colSales'),
      ],
    ),
  );
}

/** `desk customer show ID`: master data, people and the contract history. */
export async function customerShow(id: string, o: GlobalOptions & { json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const c = await hd.customer(id);
  const items = (await itemsToday(hd)).filter((i) => i.customer === c.id && i.open !== 0);
  const balance = {
    open: items.reduce((sum, i) => sum + i.open, 0),
    overdue: items.filter((i) => i.daysOverdue > 0).reduce((sum, i) => sum + i.open, 0),
    invoices: items.map((i) => i.number),
  };
  const announcements = mailingsOf((await hd.announcements.all()).records, c.id);
  const surveys = mailingsOf((await hd.surveys.all()).records, c.id);
  if (o.json) {
    await printJson({ ...c, balance, announcements, surveys });
    return;
  }
  const today = localDay(hd.now(), hd.timeZone);
  const current = activeContract(c, today);
  const lines = [
    paint.bold(`${line(c.name)} (${c.id})`),
    c.address
      ? line(`${c.address.street}, ${c.address.postalCode} ${c.address.city}, ${c.address.country}`)
      : paint.yellow(t('customers.noAddress')),
    c.vatId ? t('customers.vatId', { id: line(c.vatId) }) : undefined,
    c.buyerReference ? t('customers.buyerReference', { ref: line(c.buyerReference) }) : undefined,
    c.invoiceEmail
      ? t('customers.invoicesTo', { email: line(c.invoiceEmail), language: c.invoiceLanguage })
      : undefined,
    t('customers.people', { lead: c.projectLead ?? '-', sales: c.salesRep ?? '-' }),
    balanceLine(balance),
    '',
    paint.bold(t('customers.contacts')),
    ...(c.contacts.length
      ? c.contacts.map(
          (p) =>
            `  ${line(`${p.name}${p.role ? `, ${p.role}` : ''}${p.email ? ` <${p.email}>` : ''}${p.phone ? `, ${p.phone}` : ''}`)}${p.bounced ? paint.yellow(t('customers.bounced', { when: line(p.bounced) })) : ''}${p.noMail?.length ? t('customers.noMail', { kinds: p.noMail.join(', ') }) : ''}`,
        )
      : [`  ${t('customers.none')}`]),
    '',
    paint.bold(t('customers.contracts')),
    ...(c.contracts.length
      ? c.contracts.flatMap((k) =>
          describeContract(k).map((l, i) => `${i === 0 ? (k === current ? paint.green('* ') : '  ') : '    '}${l}`),
        )
      : [`  ${t('customers.noContracts')}`]),
    ...(announcements.length
      ? [
          '',
          paint.bold(t('customers.announcements')),
          ...announcements
            .slice(-10)
            .map(
              (a) =>
                `  ${a.date} ${line(a.subject)} — ${a.recipients.map((r) => `${line(r.contact)}: ${t('customers.mailStatus', { status: r.status })}`).join(', ')}`,
            ),
        ]
      : []),
    ...(surveys.length
      ? [
          '',
          paint.bold(t('customers.surveys')),
          ...surveys.slice(-10).map(
            (s) =>
              `  ${t('customers.surveyLine', {
                date: s.date,
                subject: line(s.subject),
                answers: s.recipients
                  .map((r) =>
                    t('customers.surveyAnswer', {
                      contact: line(r.contact),
                      status: t('customers.mailStatus', { status: r.status }),
                      rating: r.answer?.score ?? 'none',
                      text: r.answer && r.answer.score === undefined ? 'yes' : 'none',
                    }),
                  )
                  .join('; '),
              })}`,
          ),
        ]
      : []),
  ];
  await print(lines.filter((l) => l !== undefined).join('\n'));
}

/**
 * The mailings (announcements, surveys) that went to the customer's people, each with what
 * became of their mails — and, for a survey, each answer.
 */
function mailingsOf(
  records: readonly { id: string; date: string; subject: string; recipients: readonly MailingRecipient[] }[],
  customer: string,
) {
  return records
    .map((m) => ({
      id: m.id,
      date: m.date,
      subject: m.subject,
      recipients: m.recipients
        .filter((r) => r.customer === customer)
        .map((r) => ({
          contact: r.contact,
          email: r.email,
          status: r.status,
          ...(r.error && { error: r.error }),
          ...(r.answer && { answer: r.answer }),
        })),
    }))
    .filter((m) => m.recipients.length > 0);
}

type MailingRecipient = Pick<SurveyRecipient, 'customer' | 'contact' | 'email' | 'status' | 'error' | 'answer'>;

function balanceLine(b: { open: number; overdue: number; invoices: string[] }): string {
  if (b.open === 0 && b.invoices.length === 0) return t('customers.balanceNothing');
  const money = (cents: number) => displayMoney(cents, language());
  const what =
    b.open >= 0 ? t('customers.owed', { amount: money(b.open) }) : t('customers.credit', { amount: money(-b.open) });
  const overdue = b.overdue > 0 ? paint.red(t('customers.overdue', { amount: money(b.overdue) })) : '';
  return t('customers.balance', { what, overdue, invoices: b.invoices.join(', ') });
}

export interface CustomerFlags extends GlobalOptions {
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
  vatId?: string;
  buyerReference?: string;
  invoiceEmail?: string;
  language?: string;
  projectLead?: string;
  salesRep?: string;
  contact?: string[];
  json?: boolean;
}

/** `desk customer add ID`: a new customer file, validated whole, in one commit. */
export async function customerAdd(id: string, o: CustomerFlags): Promise<void> {
  const { hd, actor } = await openForChange(o, 'customer.change');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw usage(text('customers.badId', { id }), text('customers.badIdHint'));
  if (hd.customers.exists(id)) throw usage(text('customers.exists', { id }), text('customers.existsHint', { id }));
  const staffWith = (role: string) =>
    hd.config.staff
      .filter((s) => s.roles.includes(role as never))
      .map((s) => ({ value: s.id, name: `${s.name} (${s.id})` }));
  const name = await need(o.name, '--name', (p) => p.input({ message: t('customers.askName'), required: true }));
  const street = await need(o.street, '--street', (p) =>
    p.input({ message: t('customers.askStreet'), required: true }),
  );
  const postalCode = await need(o.postalCode, '--postal-code', (p) =>
    p.input({ message: t('customers.askPostalCode'), required: true }),
  );
  const city = await need(o.city, '--city', (p) => p.input({ message: t('customers.askCity'), required: true }));
  const country = o.country ?? 'DE';
  // a new helpdesk may have nobody with the role yet: the customer is added without, and
  // hand-offs to that person are refused until desk.yaml and the customer file name one
  const person = async (given: string | undefined, flag: string, role: Role, message: string) => {
    if (given !== undefined) {
      const member = hd.requireStaff(given, flag);
      if (!member.roles.includes(role))
        throw usage(
          text('customers.noRole', { flag, member: member.id, role }),
          text('customers.noRoleHint', {
            staff:
              staffWith(role)
                .map((c) => c.value)
                .join(', ') || text('customers.nobodyWithRole'),
          }),
        );
      return member.id;
    }
    const choices = staffWith(role);
    if (!interactive() || choices.length === 0) return undefined;
    const { select } = await prompts();
    const chosen = await select({ message, choices: [...choices, { value: '', name: t('customers.noneYet') }] });
    return chosen || undefined;
  };
  const projectLead = await person(o.projectLead, '--project-lead', 'project-lead', t('customers.askProjectLead'));
  const salesRep = await person(o.salesRep, '--sales-rep', 'sales', t('customers.askSalesRep'));
  const raw = {
    id,
    name,
    address: { street, postalCode, city, country: country.toUpperCase() },
    vatId: o.vatId,
    buyerReference: o.buyerReference,
    invoiceEmail: o.invoiceEmail,
    invoiceLanguage: o.language ?? 'de',
    contacts: (o.contact ?? []).map(parseContact),
    projectLead,
    salesRep,
    contracts: [],
  };
  const parsed = customerSchema.safeParse(raw);
  if (!parsed.success)
    throw usage(
      parsed.error.issues.map((i) => `${flagOf(formatPath(i.path))}: ${i.message}`).join('; '),
      text('customers.fixFlags'),
    );
  await hd.change(actor, async () => {
    // asked again under the lock: another command may have added it while the questions were asked
    if (hd.customers.exists(id)) throw usage(text('customers.exists', { id }), text('customers.existsHint', { id }));
    return { files: [newCustomerFile(raw)], message: `Customer ${id}: add ${name}` };
  });
  if (o.json)
    return printJson({
      id,
      name,
      file: hd.customers.file(id),
      projectLead: projectLead ?? null,
      salesRep: salesRep ?? null,
    });
  await print(t('customers.added', { id, name: line(name) }));
}

const FLAGS: Record<string, string> = {
  name: '--name',
  'address.street': '--street',
  'address.postalCode': '--postal-code',
  'address.city': '--city',
  'address.country': '--country',
  vatId: '--vat-id',
  buyerReference: '--buyer-reference',
  invoiceEmail: '--invoice-email',
};
/** The flag a field of the customer file came from, so the refusal names what the user typed. */
const flagOf = (field: string) => FLAGS[field] ?? (field.startsWith('contacts[') ? `--contact (${field})` : field);

/** `"Sabine Vogt <s.vogt@acme.example>"` or just a name. */
function parseContact(text: string): { name: string; email?: string } {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(text.trim());
  return m ? { name: m[1]!, email: m[2]! } : { name: text.trim() };
}

/**
 * `desk customer review CUSTOMER --date D --by STAFF [--notes …]`: the meeting in which the
 * contract's utilisation was discussed with the customer (§5), recorded in its file;
 * `desk report customer` shows the last one and flags customers due one.
 */
export async function customerReview(
  id: string,
  o: GlobalOptions & { date?: string; by?: string; notes?: string; json?: boolean },
): Promise<void> {
  const { hd, actor } = await openForChange(o, 'customer.review');
  const customer = await hd.customer(id);
  const date = o.date ? parseDay(o.date, '--date') : localDay(hd.now(), hd.timeZone);
  if (date > localDay(hd.now(), hd.timeZone))
    throw usage(text('customers.reviewFuture', { date }), text('customers.reviewFutureHint'));
  const by = o.by ? hd.requireStaff(o.by, '--by').id : actor.id;
  const review = { date, by, notes: o.notes?.trim() ?? '' };
  await hd.change(actor, async () => ({
    files: [await hd.customers.addReview(customer.id, review)],
    message: `${customer.id}: contract review on ${date} with ${by}`,
  }));
  if (o.json) await printJson({ customer: customer.id, review });
  else await print(t('communication.reviewRecorded', { customer: customer.id, date, by }));
}
