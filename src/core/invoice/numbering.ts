import { text, type Key } from '../../i18n/keys.js';
import { usage } from '../errors.js';

/**
 * Invoice numbers from desk.yaml's `invoices.numberFormat`, e.g. `RE-{year}-{seq:4}`:
 * `{year}` is the issue year, `{seq}` or `{seq:N}` the running number within that year, padded
 * to N digits. Numbers are gapless per year (§ 14 UStG asks for unique ones; auditors ask for no
 * gaps), so the next number is always one above the highest of the year.
 */
const TOKEN = /\{(year|seq)(?::(\d+))?\}/g;

/** What is wrong with an invoice number format, as a text of the catalog; undefined when nothing is. */
export function numberFormatProblem(format: string): Key | undefined {
  const tokens = [...format.matchAll(TOKEN)].map((m) => m[1]);
  if (tokens.filter((t) => t === 'seq').length !== 1) return 'invoiceLegal.seq';
  if (!tokens.includes('year')) return 'invoiceLegal.year';
  if (/[/\\.\s]/.test(format.replace(TOKEN, ''))) return 'invoiceLegal.characters';
  return undefined;
}

export function formatNumber(format: string, year: number, seq: number): string {
  const problem = numberFormatProblem(format);
  if (problem) throw usage(text('invoiceLegal.numberFormat', { file: 'desk.yaml', format, problem: text(problem) }));
  return format.replace(TOKEN, (_, name: string, width?: string) =>
    name === 'year' ? String(year) : String(seq).padStart(Number(width ?? 1), '0'),
  );
}

/** The running number of `number` in `year`, or undefined when it is not of that format and year. */
export function seqOf(format: string, year: number, number: string): number | undefined {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let pattern = '';
  let last = 0;
  for (const m of format.matchAll(TOKEN)) {
    pattern += escape(format.slice(last, m.index));
    pattern += m[1] === 'year' ? String(year) : '(\\d+)';
    last = (m.index ?? 0) + m[0].length;
  }
  pattern += escape(format.slice(last));
  const match = new RegExp(`^${pattern}$`).exec(number);
  return match ? Number(match[1]) : undefined;
}

/** The next `count` numbers of `year` after those already issued. */
export function nextNumbers(format: string, year: number, issued: readonly string[], count: number): string[] {
  const highest = issued.reduce((max, n) => Math.max(max, seqOf(format, year, n) ?? 0), 0);
  return Array.from({ length: count }, (_, i) => formatNumber(format, year, highest + 1 + i));
}

/** Running numbers missing between 1 and the highest of the year: each one is a gap to explain. */
export function numberGaps(format: string, year: number, issued: readonly string[]): string[] {
  const seqs = new Set(issued.map((n) => seqOf(format, year, n)).filter((s): s is number => s !== undefined));
  const highest = Math.max(0, ...seqs);
  const gaps: string[] = [];
  for (let s = 1; s < highest && gaps.length < 20; s++) if (!seqs.has(s)) gaps.push(formatNumber(format, year, s));
  return gaps;
}
