import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../core/files/yaml-text.js';
import { parsePayment, paymentPath, type Payment } from '../core/payments/index.js';

/** Every payment under payments/<year>/; broken files are reported, not fatal. */
export async function loadPayments(root: string): Promise<{ payments: Payment[]; problems: Problem[] }> {
  const payments: Payment[] = [];
  const problems: Problem[] = [];
  const years = (await readdir(join(root, 'payments')).catch(() => [] as string[])).filter((y) => /^\d{4}$/.test(y));
  for (const year of years.sort()) {
    for (const name of (await readdir(join(root, 'payments', year))).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = `payments/${year}/${name}`;
      const parsed = parsePayment(file, await readFile(join(root, file), 'utf8'));
      if (!parsed.ok) problems.push(...parsed.problems);
      else if (paymentPath(parsed.value) !== file)
        problems.push({ file, field: 'id', message: `the file belongs at ${paymentPath(parsed.value)}` });
      else payments.push(parsed.value);
    }
  }
  return { payments, problems };
}
