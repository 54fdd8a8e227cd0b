import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Git } from './git.js';
import type { Problem } from '../core/files/yaml-text.js';
import { problemSaid } from '../core/files/problem-text.js';
import { text } from '../i18n/keys.js';
import { renderIn } from '../i18n/render.js';
import { knownIds, namesUnknown, staffProblems, ticketReferenceProblems } from '../core/references.js';
import { contractProblems } from '../core/billing/index.js';
import { deskConfigSchema, type DeskConfig } from '../core/schema/config.js';
import { loadCustomers } from './customers.js';
import { overfullStaffDays, readTicket, ticketReferences, ticketsInConflict } from './tickets.js';
import { describeDuration } from '../core/duration.js';
import { flatTicketIdsIn } from './ticket-folder.js';
import { flatTicketFile, ticketFile, ticketIdOfPath } from '../core/ticket/paths.js';
import { loadInvoices } from './invoices.js';
import { invoiceXmlProblems } from './invoice-xml.js';
import { oddEntries } from './helpdesk-files.js';
import { loadPayments } from './payments.js';
import { paymentPath } from '../core/payments/index.js';
import { ledgerProblems, legalGaps } from '../core/invoice/index.js';
import { readYamlFile } from './yaml-files.js';
import { articleReferenceProblems, loadArticles } from './kb-articles.js';

/** A git command killed in the middle leaves its lock file, and every later git command in the clone fails on it. */
const LEFT_FOR_MS = 60_000;

async function leftGitLocks(root: string): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const path of await new Git(root).lockFiles()) {
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined || Date.now() - mtime < LEFT_FOR_MS) continue; // a git command at work
    out.push({
      file: relative(root, path),
      field: '(file)',
      ...problemSaid(text('checkProblems.gitLock', { path })),
    });
  }
  return out;
}

/**
 * Every problem in the helpdesk's files: each file's schema, then references between files.
 * Tickets are validated as the ticket index reads them, and only those that name something
 * unknown are read again for the details, so that checking 100,000 tickets holds a few of them
 * in memory, not all.
 */
export async function checkHelpdesk(root: string): Promise<Problem[]> {
  if (!existsSync(join(root, 'desk.yaml')))
    return [{ file: 'desk.yaml', field: '(file)', ...problemSaid(text('checkProblems.noConfig')) }];
  const config = await readYamlFile(root, 'desk.yaml', deskConfigSchema);
  const { customers, problems: customerProblems } = await loadCustomers(root);
  const { references, problems: ticketProblems } = await ticketReferences(root);
  const kb = await loadArticles(root);
  const problems: Problem[] = [
    ...flatTicketIdsIn(root).map((id) => ({
      file: flatTicketFile(id),
      field: '(file)',
      ...problemSaid(text('checkProblems.flatFolder')),
    })),
    ...(config.ok ? staffProblems(config.value, customers) : config.problems),
    // what desk.yaml would give (staff, list rate, number format) is unknown: the files that rely
    // on it are not to blame, so those checks wait, and say so once
    ...(config.ok ? [] : [{ file: 'desk.yaml', field: '(checks)', ...problemSaid(text('checkProblems.configWaits')) }]),
    ...(config.ok ? companyProblems(config.value) : []),
    ...customerProblems,
    ...ticketProblems,
  ];
  // a customer whose file does not validate exists all the same: its own problem is said above,
  // and the tickets naming it are not to blame
  const unread = new Set(customerProblems.flatMap((p) => /^contracts\/([^/]+)\.yaml$/.exec(p.file)?.[1] ?? []));
  const named = knownIds(config.ok ? config.value : undefined, customers, new Set(kb.articles.map((a) => a.slug)));
  const known = { ...named, customer: (id: string) => named.customer(id) || unread.has(id) };
  for (const r of references.filter((r) => namesUnknown(r, known)))
    problems.push(...ticketReferenceProblems(await readTicket(root, r.id), known));
  for (const c of customers.values()) {
    const file = `contracts/${c.id}.yaml`;
    problems.push(
      ...contractProblems(c, config.ok ? config.value.billing.listRate : undefined)
        .filter((p) => config.ok || p.message !== renderIn('en', 'schemaDesk.contractNoRate'))
        .map((p) => ({ file, ...p })),
    );
  }
  // a ticket whose file does not validate exists all the same: its own problem is said above
  const present = new Set([
    ...references.map((r) => r.id),
    ...ticketProblems.flatMap((p) => ticketIdOfPath(p.file) ?? []),
  ]);
  problems.push(...kb.problems, ...articleReferenceProblems(kb.articles, present));
  for (const { id, conflicts } of await ticketsInConflict(root)) {
    const file = ticketFile(id);
    for (const what of conflicts.time)
      problems.push({ file, field: 'time', ...problemSaid(text('show.conflictTime', { what, id })) });
    for (const what of conflicts.moves)
      problems.push({ file, field: 'status', ...problemSaid(text('show.conflictMove', { what, id })) });
  }
  // one person's day over 24 hours across tickets: `desk log` refuses it within a ticket only
  for (const d of await overfullStaffDays(root))
    problems.push({
      file: ticketFile(d.tickets[0]!),
      field: 'time',
      ...problemSaid(
        text('checkProblems.dayOverfull', {
          staff: d.staff,
          total: describeDuration(d.minutes),
          on: d.on,
          tickets: d.tickets.join(', '),
        }),
      ),
    });
  problems.push(...(await leftGitLocks(root)));
  const invoices = await loadInvoices(root);
  problems.push(
    ...invoices.problems,
    ...(config.ok ? ledgerProblems(invoices.records, config.value.invoices.numberFormat) : []),
    ...(await invoiceXmlProblems(root, invoices.records)),
  );
  const paid = await loadPayments(root);
  const numbers = new Map(invoices.records.map((r) => [r.number, r.type]));
  problems.push(...paid.problems);
  for (const p of paid.payments) {
    const file = paymentPath(p);
    if (p.invoice !== undefined && numbers.get(p.invoice) !== 'invoice')
      problems.push({ file, field: 'invoice', ...problemSaid(text('checkProblems.noInvoice', { number: p.invoice })) });
    if (p.creditNote !== undefined && numbers.get(p.creditNote) !== 'credit-note')
      problems.push({
        file,
        field: 'creditNote',
        ...problemSaid(text('checkProblems.noCreditNote', { number: p.creditNote })),
      });
  }
  problems.push(...(await oddEntries(root)));
  return dedupe(problems).sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** A file refused by its reader and found again by the scan for links and pipes is named once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = p.field === '(file)' ? `${p.file}\0(file)` : `${p.file}\0${p.field}\0${p.line}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A company that issues documents (it has an address for them) names its legal details where its form needs them. */
function companyProblems(config: DeskConfig): Problem[] {
  const c = config.company;
  if (!c.address) return [];
  return legalGaps(c.legal, c.name).map(({ field, why }) => ({
    file: 'desk.yaml',
    field,
    ...problemSaid(text('checkProblems.missing', { why })),
  }));
}

/** The commits of the history `desk check` reports (history.ts): they break the permission table or the signing rule. */
export async function checkHistory(root: string) {
  return (await import('./history.js')).unreviewedHistoryProblems(root);
}
