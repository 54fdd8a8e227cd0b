export { at, billing, invoiceHelpdesk } from '../invoice/helpers.js';

interface Line {
  kind: string;
  period: { label: string; from: string; to: string };
  net: number;
  entries: string[];
}
interface Doc {
  number: string;
  type: 'invoice' | 'credit-note';
  customer: string;
  lines: Line[];
  settlements: { period: { label: string } }[];
}

/** What runs desk: a helpdesk in-process or as a process, or a clone of a team. */
interface Shell {
  ok(args: string[]): string | Promise<string>;
}

/** Every issued document, read through desk itself. */
export async function documents(hd: Shell): Promise<Doc[]> {
  const list = JSON.parse(await hd.ok(['invoice', 'list', '--json'])) as { number: string }[];
  const docs: Doc[] = [];
  for (const r of list) docs.push(JSON.parse(await hd.ok(['invoice', 'show', r.number, '--json'])) as Doc);
  return docs;
}

const ADVANCE = ['service-fee', 'commitment-minimum'];

/**
 * What the documents bill per customer and period: invoices add, credit notes take away. End-of-period
 * charges (the statement's lines) and advance charges are summed apart, as `desk usage` shows only the former.
 */
export function billedByPeriod(docs: readonly Doc[]): Map<string, { usage: number; advance: number }> {
  const out = new Map<string, { usage: number; advance: number }>();
  for (const d of docs) {
    const sign = d.type === 'credit-note' ? -1 : 1;
    for (const l of d.lines) {
      const key = `${d.customer} ${l.period.label}`;
      const sum = out.get(key) ?? { usage: 0, advance: 0 };
      if (ADVANCE.includes(l.kind)) sum.advance += sign * l.net;
      else sum.usage += sign * l.net;
      out.set(key, sum);
    }
  }
  return out;
}

/** `desk usage CUSTOMER --period P --json`: net of the end-of-period charges per period label. */
export async function usageOf(hd: Shell, customer: string, period: string): Promise<Map<string, number>> {
  const u = JSON.parse(await hd.ok(['usage', customer, '--period', period, '--json'])) as {
    statements: { period: { label: string }; net: number }[];
  };
  return new Map(u.statements.map((s) => [s.period.label, s.net]));
}

/** Entries that appear on more than one document that is not cancelled. */
export function entriesBilledTwice(docs: readonly Doc[]): string[] {
  const cancelled = new Set(
    docs
      .filter((d) => d.type === 'credit-note')
      .map((d) => (d as unknown as { cancels: { number: string } }).cancels.number),
  );
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const d of docs) {
    if (d.type !== 'invoice' || cancelled.has(d.number)) continue;
    for (const id of new Set(d.lines.flatMap((l) => l.entries))) {
      if (seen.has(id) && seen.get(id) !== d.number) twice.push(id);
      seen.set(id, d.number);
    }
  }
  return twice;
}
