import { createHash, randomBytes } from 'node:crypto';
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

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const encode = (bytes: Uint8Array) => [...bytes.subarray(0, 10)].map((b) => ALPHABET[b & 31]).join('');

/** A new payment's id: random, so clones recording payments apart never pick the same. */
export const newPaymentId = () => `P-${encode(randomBytes(10))}`;

/** An imported payment's id follows from its bank entry: importing the statement again finds it. */
export const bankPaymentId = (entryKey: string, part = 0) =>
  `P-${encode(createHash('sha256').update(`${entryKey}\n${part}`).digest())}`;
