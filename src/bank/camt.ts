import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseMoney } from '../core/money.js';
import type { BankEntry } from '../core/payments/index.js';
import { text as say, type Text } from '../i18n/keys.js';
import { renderIn } from '../i18n/render.js';

/**
 * ISO 20022 camt.053 (Bank to Customer Statement), as German banks deliver it: the versions
 * .001.02 (DFÜ-Abkommen Anlage 3 up to 2025) to .001.08 and later differ in where they keep the
 * status (`Sts` or `Sts/Cd`) and the payer's name (`Dbtr/Nm` or `Dbtr/Pty/Nm`); both are read.
 * A collective booking (Sammelbuchung) with several transaction details becomes one entry per
 * transaction, each with its own amount.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd'].includes(name),
});

type Node = Record<string, unknown>;
const text = (v: unknown): string =>
  typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : v === undefined ? '' : String(v);
const node = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

/** Why a statement cannot be read: English as its message (logs), the text for the reader. */
export class StatementError extends Error {
  constructor(readonly said: Text) {
    super(renderIn('en', said.key, said.values));
  }
}

export function isCamt053(content: string): boolean {
  return /<(\w+:)?BkToCstmrStmt[\s>]/.test(content);
}

export function parseCamt053(xml: string): BankEntry[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new StatementError(say('statement.notXml', { detail: valid.err.msg, line: String(valid.err.line) }));
  const doc = parser.parse(xml) as Node;
  const statement = node(node(doc.Document).BkToCstmrStmt);
  const statements = list(statement.Stmt);
  if (statements.length === 0) throw new StatementError(say('statement.noStatement'));
  const out: BankEntry[] = [];
  for (const stmt of statements) {
    const account = text(node(node(node(stmt.Acct).Id)).IBAN) || undefined;
    for (const [n, entry] of list(stmt.Ntry).entries()) {
      const amount = cents(entry.Amt, n + 1);
      const currency = String(node(entry.Amt)['@Ccy'] ?? 'EUR');
      const status = text(node(entry.Sts).Cd ?? entry.Sts);
      const reversal = text(entry.RvslInd) === 'true';
      const date = (text(node(entry.BookgDt).Dt) || text(node(entry.BookgDt).DtTm) || text(node(entry.ValDt).Dt)).slice(
        0,
        10,
      );
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new StatementError(say('statement.noBookingDate', { entry: String(n + 1) }));
      const credit = text(entry.CdtDbtInd) === 'CRDT' && !reversal && currency === 'EUR';
      const txs = list(node(list(entry.NtryDtls)[0]).TxDtls);
      const entryRef = text(entry.AcctSvcrRef) || text(entry.NtryRef);
      const parts = txs.length > 0 ? txs : [{}];
      for (const [t, tx] of parts.entries()) {
        const own = node(node(tx.AmtDtls).TxAmt).Amt ?? tx.Amt;
        const refs = node(tx.Refs);
        const remittance = node(tx.RmtInf);
        const unstructured = list(remittance.Ustrd).map(text);
        const structured = list(remittance.Strd).map((s) => text(node(node(s).CdtrRefInf).Ref));
        const endToEnd = text(refs.EndToEndId);
        const reference = [...unstructured, ...structured, endToEnd !== 'NOTPROVIDED' ? endToEnd : '']
          .filter((s) => s.trim() !== '')
          .join(' ');
        const debtor = node(node(tx.RltdPties).Dbtr);
        const payer = text(debtor.Nm) || text(node(debtor.Pty).Nm) || undefined;
        const txRef = text(refs.AcctSvcrRef);
        const id =
          txRef ||
          (entryRef && (parts.length > 1 ? `${entryRef}#${t + 1}` : entryRef)) ||
          `${date}|${text(own ?? entry.Amt)}|${reference}|${payer ?? ''}`;
        out.push({
          key: `${account ?? '-'}/${id}`,
          ...(account && { account }),
          date,
          amount: parts.length > 1 && own !== undefined ? cents(own, n + 1) : amount,
          credit,
          booked: status === 'BOOK',
          reference,
          ...(payer && { payer }),
        });
      }
    }
  }
  return out;
}

function cents(v: unknown, entry: number): number {
  const c = parseMoney(text(v).trim());
  if (c === undefined || c < 0)
    throw new StatementError(say('statement.notAmount', { entry: String(entry), amount: text(v) }));
  return c;
}
