import { createRequire } from 'node:module';
import type { BankEntry } from '../core/payments/index.js';
import { StatementError } from './camt.js';
import { text as say } from '../i18n/keys.js';

/**
 * SWIFT MT940 (the older statement format German banks still offer), read by mt940js. The
 * German :86: field is structured: ?20–?29 and ?60–?63 hold the remittance information, ?32 and
 * ?33 the payer's name.
 */
interface Mt940Transaction {
  date: Date;
  amount: number;
  reversal: boolean;
  currency: string;
  details: string;
  bankReference?: string;
  structuredDetails?: Record<string, string>;
}
interface Mt940Statement {
  accountIdentification: string;
  transactions: Mt940Transaction[];
}

const { Parser } = createRequire(import.meta.url)('mt940js') as {
  Parser: new () => { parse(text: string): Mt940Statement[] };
};

export function isMt940(content: string): boolean {
  return /^:20:/m.test(content) && /^:61:/m.test(content);
}

const REMITTANCE = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '60', '61', '62', '63'];

export function parseMt940(content: string): BankEntry[] {
  let statements: Mt940Statement[];
  try {
    statements = new Parser().parse(content.replace(/\r\n/g, '\n'));
  } catch (e) {
    throw new StatementError(say('statement.notMt940', { detail: (e as Error).message }));
  }
  const out: BankEntry[] = [];
  for (const s of statements) {
    const account = s.accountIdentification.trim();
    for (const t of s.transactions) {
      const details = t.structuredDetails ?? {};
      const structured = REMITTANCE.map((k) => details[k]).filter((v): v is string => Boolean(v));
      const reference = (structured.length ? structured.join(' ') : t.details.replace(/\n/g, ' ')).trim();
      const payer = [details['32'], details['33']].filter(Boolean).join('') || undefined;
      // amounts arrive as numbers parsed from two-decimal text: back to cents, exactly
      const amount = Math.round(Math.abs(t.amount) * 100);
      const date = t.date.toISOString().slice(0, 10);
      const id = t.bankReference && t.bankReference !== 'NONREF' ? t.bankReference : `${date}|${amount}|${reference}`;
      out.push({
        key: `${account}/${id}`,
        account,
        date,
        amount,
        credit: t.amount > 0 && !t.reversal && t.currency === 'EUR',
        booked: true,
        reference,
        ...(payer && { payer }),
      });
    }
  }
  return out;
}
