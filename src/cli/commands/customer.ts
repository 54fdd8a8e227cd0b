import type { AnnouncementRecord } from '../../core/announce/record.js';
import { displayMoney } from '../../core/money.js';
import { usage } from '../../core/errors.js';
import { formatPath } from '../../core/files/yaml-text.js';
import { activeContract } from '../../core/billing/index.js';
import { customerSchema } from '../../core/schema/customer.js';
import { localDay, parseDay } from '../../core/time.js';
import { t } from '../../i18n/index.js';
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
  for (const p of problems) warn(`skipped ${p.file}: ${p.field}: ${p.message}\n`);
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
        contract?.kind ?? '-',
        c.projectLead ?? '-',
        c.salesRep ?? '-',
      ]),
      ['ID', 'NAME', 'CITY', 'CONTRACT', 'PROJECT LEAD', 'SALES'],
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
  const announcements = announcementsOf((await hd.announcements.all()).records, c.id);
  if (o.json) {
    await printJson({ ...c, balance, announcements });
    return;
  }
  const today = localDay(hd.now(), hd.timeZone);
  const current = activeContract(c, today);
  const lines = [
    paint.bold(`${line(c.name)} (${c.id})`),
    c.address
      ? line(`${c.address.street}, ${c.address.postalCode} ${c.address.city}, ${c.address.country}`)
      : paint.yellow('no address (needed for invoices)'),
    c.vatId ? `VAT id ${line(c.vatId)}` : undefined,
    c.buyerReference ? `buyer reference ${line(c.buyerReference)}` : undefined,
    c.invoiceEmail ? `invoices to ${line(c.invoiceEmail)} (${c.invoiceLanguage})` : undefined,
    `project lead ${c.projectLead ?? '-'}, sales rep ${c.salesRep ?? '-'}`,
    balanceLine(balance),
    '',
    paint.bold('Contacts'),
    ...(c.contacts.length
      ? c.contacts.map(
          (p) =>
            `  ${line(`${p.name}${p.role ? `, ${p.role}` : ''}${p.email ? ` <${p.email}>` : ''}${p.phone ? `, ${p.phone}` : ''}`)}${p.bounced ? paint.yellow(` — address bounced ${line(p.bounced)}`) : ''}${p.noMail?.length ? ` — no ${p.noMail.join(', ')}` : ''}`,
        )
      : ['  none']),
    '',
    paint.bold('Contracts'),
    ...(c.contracts.length
      ? c.contracts.flatMap((k) =>
          describeContract(k).map((l, i) => `${i === 0 ? (k === current ? paint.green('* ') : '  ') : '    '}${l}`),
        )
      : ['  none: every effort at the list rate']),
    ...(announcements.length
      ? [
          '',
          paint.bold('Announcements'),
          ...announcements
            .slice(-10)
            .map(
              (a) =>
                `  ${a.date} ${line(a.subject)} — ${a.recipients.map((r) => `${line(r.contact)}: ${r.status}`).join(', ')}`,
            ),
        ]
      : []),
  ];
  await print(lines.filter((l) => l !== undefined).join('\n'));
}

/** The announcements that went to the customer's people, each with what became of their mails. */
function announcementsOf(records: readonly AnnouncementRecord[], customer: string) {
  return records
    .map((a) => ({
      id: a.id,
      date: a.date,
      subject: a.subject,
      recipients: a.recipients
        .filter((r) => r.customer === customer)
        .map((r) => ({ contact: r.contact, email: r.email, status: r.status, ...(r.error && { error: r.error }) })),
    }))
    .filter((a) => a.recipients.length > 0);
}

function balanceLine(b: { open: number; overdue: number; invoices: string[] }): string {
  if (b.open === 0 && b.invoices.length === 0) return 'balance: nothing open';
  const what = b.open >= 0 ? `${displayMoney(b.open, 'en')} owed` : `${displayMoney(-b.open, 'en')} in credit`;
  const overdue = b.overdue > 0 ? paint.red(`, ${displayMoney(b.overdue, 'en')} overdue`) : '';
  return `balance: ${what}${overdue} (${b.invoices.join(', ')})`;
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
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw usage(`ID: "${id}" is not a customer id`, 'use lower-case letters, digits and dashes, e.g. mueller-logistik');
  if (hd.customers.exists(id)) throw usage(`customer ${id} exists already`, `see it with desk customer show ${id}`);
  const staffWith = (role: string) =>
    hd.config.staff
      .filter((s) => s.roles.includes(role as never))
      .map((s) => ({ value: s.id, name: `${s.name} (${s.id})` }));
  const name = await need(o.name, '--name', (p) => p.input({ message: 'Company name', required: true }));
  const street = await need(o.street, '--street', (p) => p.input({ message: 'Street and number', required: true }));
  const postalCode = await need(o.postalCode, '--postal-code', (p) =>
    p.input({ message: 'Postal code', required: true }),
  );
  const city = await need(o.city, '--city', (p) => p.input({ message: 'City', required: true }));
  const country = o.country ?? 'DE';
  // a new helpdesk may have nobody with the role yet: the customer is added without, and
  // hand-offs to that person are refused until desk.yaml and the customer file name one
  const person = async (given: string | undefined, flag: string, role: Role, message: string) => {
    if (given !== undefined) {
      const member = hd.requireStaff(given, flag);
      if (!member.roles.includes(role))
        throw usage(
          `${flag}: ${member.id} does not have the role ${role} in desk.yaml`,
          `staff with it: ${
            staffWith(role)
              .map((c) => c.value)
              .join(', ') || 'none yet (add the role in desk.yaml)'
          }`,
        );
      return member.id;
    }
    const choices = staffWith(role);
    if (!interactive() || choices.length === 0) return undefined;
    const { select } = await prompts();
    const chosen = await select({ message, choices: [...choices, { value: '', name: '(none yet)' }] });
    return chosen || undefined;
  };
  const projectLead = await person(o.projectLead, '--project-lead', 'project-lead', 'Project lead');
  const salesRep = await person(o.salesRep, '--sales-rep', 'sales', 'Sales rep');
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
      'fix the flags named and run again',
    );
  await hd.change(actor, async () => {
    // asked again under the lock: another command may have added it while the questions were asked
    if (hd.customers.exists(id)) throw usage(`customer ${id} exists already`, `see it with desk customer show ${id}`);
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
  await print(`Added customer ${id} (${line(name)}). Add its contract with: desk contract add ${id} --kind service …`);
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
    throw usage(`--date ${date} is in the future`, 'record a review after it took place');
  const by = o.by ? hd.requireStaff(o.by, '--by').id : actor.id;
  const review = { date, by, notes: o.notes?.trim() ?? '' };
  await hd.change(actor, async () => ({
    files: [await hd.customers.addReview(customer.id, review)],
    message: `${customer.id}: contract review on ${date} with ${by}`,
  }));
  if (o.json) await printJson({ customer: customer.id, review });
  else await print(t('communication.reviewRecorded', { customer: customer.id, date, by }));
}
