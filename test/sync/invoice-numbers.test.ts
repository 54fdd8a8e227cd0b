import { describe, expect, it } from 'vitest';
import {
  describeInvoiceProblem,
  invoiceNumberOf,
  invoiceNumberProblems,
} from '../../src/core/invoice/clone-numbers.js';

const inv = (...numbers: string[]) =>
  numbers.flatMap((n) => [`invoices/${n.slice(3, 7)}/${n}.yaml`, `invoices/${n.slice(3, 7)}/${n}.pdf`]);
const upTo = (n: number, year = 2026) =>
  Array.from({ length: n }, (_, i) => `RE-${year}-${String(i + 1).padStart(4, '0')}`);

describe('invoice numbers of two clones coming together', () => {
  it('reads the number, its series and sequence from the path of the record or a rendering', () => {
    expect(invoiceNumberOf('invoices/2026/RE-2026-0042.yaml')).toEqual({
      number: 'RE-2026-0042',
      series: '2026/RE-2026-',
      seq: 42,
    });
    expect(invoiceNumberOf('invoices/2026/RE-2026-0042.zugferd.xml')?.number).toBe('RE-2026-0042');
    expect(invoiceNumberOf('invoices/README.md')).toBeUndefined();
    expect(invoiceNumberOf('kb/RE-2026-0001.md')).toBeUndefined();
  });

  it('the same number issued on both sides is a duplicate, named once with its files', () => {
    const base = inv(...upTo(41));
    const problems = invoiceNumberProblems({
      base,
      ours: [...base, ...inv('RE-2026-0042')],
      theirs: [...base, ...inv('RE-2026-0042')],
    });
    expect(problems).toEqual([
      { kind: 'duplicate', number: 'RE-2026-0042', ours: inv('RE-2026-0042'), theirs: inv('RE-2026-0042') },
    ]);
    expect(describeInvoiceProblem(problems[0]!)).toBe(
      'invoice number RE-2026-0042 was issued here and in another clone (invoices/2026/RE-2026-0042.yaml, invoices/2026/RE-2026-0042.pdf)',
    );
  });

  it('a gap our numbers would open is ours to explain; one the team already has is not', () => {
    const base = inv(...upTo(41));
    const skipped = invoiceNumberProblems({ base, ours: [...base, ...inv('RE-2026-0043')], theirs: base });
    expect(skipped).toEqual([
      { kind: 'gap', series: '2026/RE-2026-', missing: ['RE-2026-0042'], ours: ['RE-2026-0043'] },
    ]);
    const theirGap = [...base, ...inv('RE-2026-0044')];
    expect(invoiceNumberProblems({ base, ours: [...base, ...inv('RE-2026-0042')], theirs: theirGap })).toEqual([]);
  });

  it('numbers that continue each other, series that start above 1, and separate years are fine', () => {
    const base = inv(...upTo(41));
    expect(
      invoiceNumberProblems({
        base,
        ours: [...base, ...inv('RE-2026-0043')],
        theirs: [...base, ...inv('RE-2026-0042')],
      }),
    ).toEqual([]);
    expect(
      invoiceNumberProblems({
        base: inv('RE-2026-0100'),
        ours: inv('RE-2026-0100', 'RE-2026-0101'),
        theirs: inv('RE-2026-0100'),
      }),
    ).toEqual([]);
    expect(
      invoiceNumberProblems({
        base: inv(...upTo(3, 2025)),
        ours: inv(...upTo(3, 2025), 'RE-2026-0001'),
        theirs: inv(...upTo(3, 2025)),
      }),
    ).toEqual([]);
    expect(invoiceNumberProblems({ base: [], ours: [], theirs: [] })).toEqual([]);
  });

  it('a typo far ahead lists a handful of the missing numbers, not thousands', () => {
    const [gap] = invoiceNumberProblems({
      base: inv('RE-2026-0001'),
      ours: inv('RE-2026-0001', 'RE-2026-9001'),
      theirs: inv('RE-2026-0001'),
    });
    expect(gap).toMatchObject({ kind: 'gap', ours: ['RE-2026-9001'] });
    expect(gap!.kind === 'gap' && gap!.missing.length).toBe(20);
  });
});
