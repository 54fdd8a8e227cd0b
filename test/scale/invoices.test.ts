import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRules, eInvoiceFigures, records, violatedRules } from '../invoice/documents.js';
import { generate, type Generated } from './generated.js';

/** The generator's helpdesk billed by desk: every invoice and credit note keeps the e-invoice rules. */
describe('a generated helpdesk: the invoices of a run and a cancellation', () => {
  const make = generate(400, { customers: 12 });
  let hd: Generated;
  beforeAll(async () => {
    // the only helpdesk of this file: billed in the generated one itself
    hd = make.original();
    const run = await hd.desk(['invoice', 'run', '--json'], 'warm', hd.billing);
    expect(run.stderr).toBe('');
    const [first] = JSON.parse(run.stdout).invoices as { number: string }[];
    const cancel = await hd.desk(
      ['invoice', 'cancel', first!.number, '--reason', 'Falscher Kunde'],
      'warm',
      hd.billing,
    );
    expect(cancel.stderr).toBe('');
  });
  afterAll(() => hd.cleanup());

  it('issues invoices and a credit note that keep the rules in every format', async () => {
    const all = records(hd.root);
    expect(all.filter((r) => r.type === 'invoice').length).toBeGreaterThan(5);
    expect(all.filter((r) => r.type === 'credit-note')).toHaveLength(1);
    expect(await brokenRules(all)).toEqual({});
    for (const r of all) {
      const xml = readFileSync(join(hd.root, 'invoices', r.issueDate.slice(0, 4), `${r.number}.xml`), 'utf8');
      expect([r.number, violatedRules(eInvoiceFigures(xml))]).toEqual([r.number, []]);
    }
  });
});
