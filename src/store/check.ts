import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../core/files/yaml-text.js';
import { referenceProblems } from '../core/references.js';
import { contractProblems } from '../core/billing/index.js';
import { deskConfigSchema } from '../core/schema/config.js';
import { loadCustomers } from './customers.js';
import { loadTickets } from './tickets.js';
import { loadInvoices } from './invoices.js';
import { ledgerProblems } from '../core/invoice/index.js';
import { readYamlFile } from './yaml-files.js';
import { articleReferenceProblems, loadArticles } from './kb-articles.js';

/** Every problem in the helpdesk's files: each file's schema, then references between files. */
export async function checkHelpdesk(root: string): Promise<Problem[]> {
  if (!existsSync(join(root, 'desk.yaml'))) return [{ file: 'desk.yaml', field: '(file)', message: 'missing; create it with `desk init`' }];
  const config = await readYamlFile(join(root, 'desk.yaml'), 'desk.yaml', deskConfigSchema);
  const { customers, problems: customerProblems } = await loadCustomers(root);
  const { tickets, problems: ticketProblems } = await loadTickets(root);
  const problems = [...(config.ok ? [] : config.problems), ...customerProblems, ...ticketProblems];
  if (config.ok) problems.push(...referenceProblems(config.value, customers, tickets));
  for (const c of customers.values()) {
    const file = `contracts/${c.id}.yaml`;
    problems.push(...contractProblems(c, config.ok ? config.value.billing.listRate : undefined).map((p) => ({ file, ...p })));
  }
  const kb = await loadArticles(root);
  problems.push(...kb.problems, ...articleReferenceProblems(kb.articles, new Set(tickets.map((t) => t.id))));
  for (const t of tickets) {
    const known = new Set(kb.articles.map((a) => a.slug));
    t.state.kbLinks.forEach((slug) => {
      if (!known.has(slug)) problems.push({ file: `tickets/${t.id}.yaml`, field: 'kb', message: `links the unknown article ${slug}` });
    });
  }
  const invoices = await loadInvoices(root);
  problems.push(...invoices.problems, ...ledgerProblems(invoices.records, config.ok ? config.value.invoices.numberFormat : 'RE-{year}-{seq:4}'));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

