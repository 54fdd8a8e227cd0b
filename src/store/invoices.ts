import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../core/files/yaml-text.js';
import { closedUntil, parseInvoice, type InvoiceRecord } from '../core/invoice/index.js';
import { readHelpdeskTextOr } from './helpdesk-files.js';

/** Every invoice record under invoices/<year>/, in number order; broken files are reported, not fatal. */
export async function loadInvoices(root: string): Promise<{ records: InvoiceRecord[]; problems: Problem[] }> {
  const records: InvoiceRecord[] = [];
  const problems: Problem[] = [];
  const years = (await readdir(join(root, 'invoices')).catch(() => [] as string[]))
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  for (const year of years) {
    const names = (await readdir(join(root, 'invoices', year))).filter((n) => n.endsWith('.yaml')).sort();
    for (const name of names) {
      const file = `invoices/${year}/${name}`;
      const text = await readHelpdeskTextOr(root, file, problems);
      if (text === undefined) continue;
      const parsed = parseInvoice(file, text);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        continue;
      }
      const r = parsed.value;
      if (`${r.number}.yaml` !== name)
        problems.push({
          file,
          field: 'number',
          message: `the file name says ${name.slice(0, -5)} but the number is ${r.number}`,
        });
      else if (!r.issueDate.startsWith(`${year}-`))
        problems.push({ file, field: 'issueDate', message: `${r.issueDate} is not in ${year}, the folder's year` });
      else records.push(r);
    }
  }
  return { records, problems };
}

/**
 * The last day of the latest period settled for `customer` by an active invoice: time dated
 * up to it may not be logged or corrected any more. Unreadable invoice files close nothing here;
 * `desk check` reports them and the next invoice run refuses them.
 */
export async function closedUntilFor(root: string, customer: string): Promise<string | undefined> {
  const { records } = await loadInvoices(root);
  return closedUntil(records, customer);
}
