/**
 * Invoice numbers must be unique and without gaps (German tax law, docs/domain.md). Numbers are
 * minted from the files a clone has seen, so two clones issuing invoices while apart would both
 * take the next number. `desk sync` compares what each side added before anything is sent;
 * the numbering itself is numbering.ts.
 *
 * An invoice is `invoices/<year>/<number>.<ext>` (the record and its renderings share the
 * number), e.g. invoices/2026/RE-2026-0042.yaml; the number ends in its sequence digits and the
 * rest (RE-2026-) names its series.
 */

export interface InvoiceNumber {
  number: string;
  series: string;
  seq: number;
}

export type InvoiceProblem =
  | { kind: 'duplicate'; number: string; ours: string[]; theirs: string[] }
  | { kind: 'gap'; series: string; missing: string[]; ours: string[] };

const PATH = /^invoices\/(\d{4})\/([^/]+?)(?:\.[^/]*)?(?:\/.*)?$/;

export function invoiceNumberOf(path: string): InvoiceNumber | undefined {
  const m = PATH.exec(path);
  const stem = m?.[2];
  const digits = stem ? /^(.*?)(\d+)$/.exec(stem) : null;
  if (!m || !digits) return undefined;
  return { number: stem!, series: `${m[1]}/${digits[1]}`, seq: Number(digits[2]) };
}

/**
 * Problems with the invoice numbers if our and their commits came together: a number both
 * sides issued, and numbers missing in a series that the other side alone had complete.
 * Inputs are the invoice file paths at the common ancestor, on our side and on theirs.
 */
export function invoiceNumberProblems(paths: {
  base: readonly string[];
  ours: readonly string[];
  theirs: readonly string[];
}): InvoiceProblem[] {
  const base = numbers(paths.base);
  const ours = numbers(paths.ours);
  const theirs = numbers(paths.theirs);
  const addedOurs = new Map([...ours].filter(([n]) => !base.has(n)));
  const addedTheirs = new Map([...theirs].filter(([n]) => !base.has(n)));
  const problems: InvoiceProblem[] = [];
  for (const [n, files] of addedOurs) {
    const other = addedTheirs.get(n);
    if (other) problems.push({ kind: 'duplicate', number: n, ours: files.paths, theirs: other.paths });
  }
  const together = new Map([...base, ...theirs, ...ours]);
  const theirGaps = new Set(gaps(new Map([...base, ...theirs])).map((g) => g.number));
  const bySeries = new Map<string, string[]>();
  for (const g of gaps(together)) {
    if (theirGaps.has(g.number)) continue; // already missing on their side: not ours to answer for
    bySeries.set(g.series, [...(bySeries.get(g.series) ?? []), g.number]);
  }
  for (const [series, missing] of bySeries) {
    const mine = [...addedOurs.values()]
      .filter((f) => f.series === series)
      .map((f) => f.number)
      .sort();
    problems.push({ kind: 'gap', series, missing, ours: mine });
  }
  return problems;
}

interface Numbered extends InvoiceNumber {
  paths: string[];
}

function numbers(paths: readonly string[]): Map<string, Numbered> {
  const out = new Map<string, Numbered>();
  for (const path of paths) {
    const n = invoiceNumberOf(path);
    if (!n) continue;
    const seen = out.get(n.number);
    if (seen) seen.paths.push(path);
    else out.set(n.number, { ...n, paths: [path] });
  }
  return out;
}

/** Enough to explain a gap; a typo like RE-2026-9042 must not list nine thousand numbers. */
const MAX_LISTED = 20;

/** Numbers missing between the lowest and the highest of each series (a series may start above 1). */
function gaps(all: Map<string, Numbered>): { series: string; number: string }[] {
  const bySeries = new Map<string, Numbered[]>();
  for (const n of all.values()) bySeries.set(n.series, [...(bySeries.get(n.series) ?? []), n]);
  const missing: { series: string; number: string }[] = [];
  for (const [series, list] of bySeries) {
    const seqs = new Set(list.map((n) => n.seq));
    const width = Math.max(...list.map((n) => n.number.length - n.number.replace(/\d+$/, '').length));
    const prefix = list[0]!.number.replace(/\d+$/, '');
    const sorted = [...seqs].sort((a, b) => a - b);
    let listed = 0;
    for (let i = 1; i < sorted.length && listed < MAX_LISTED; i++) {
      for (let s = sorted[i - 1]! + 1; s < sorted[i]! && listed < MAX_LISTED; s++, listed++) {
        missing.push({ series, number: `${prefix}${String(s).padStart(width, '0')}` });
      }
    }
  }
  return missing;
}

/** One line per problem, for the message that stops a sync. */
export function describeInvoiceProblem(p: InvoiceProblem): string {
  if (p.kind === 'duplicate')
    return `invoice number ${p.number} was issued here and in another clone (${[...new Set([...p.ours, ...p.theirs])].join(', ')})`;
  const missing = p.missing.join(', ');
  const mine = p.ours.length ? `; issued here: ${p.ours.join(', ')}` : '';
  return `the invoice numbers would have a gap: ${missing} missing${mine}`;
}
