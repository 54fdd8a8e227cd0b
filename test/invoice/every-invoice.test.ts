import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCreditNote,
  EINVOICE_FORMATS,
  parseInvoice,
  ruleViolations,
  type InvoiceRecord,
} from '../../src/core/invoice/index.js';
import { renderXml } from '../../src/invoice/einvoice.js';
import { generate, type Generated } from '../scale/generated.js';
import { eInvoiceFigures, pdfAttachments, violatedRules } from './documents.js';

/**
 * Every invoice the sample helpdesk and the generator produce, in each of the three e-invoice
 * formats, and the credit note that would cancel it: the record keeps the rules desk checks
 * before issuing, and the XML keeps them too, read back from the XML alone (BR-CO-10 to -26,
 * BR-S/AE/O, BR-DE-*, BT-25/BT-26 on credit notes).
 */
const ROOT = join(import.meta.dirname, '..', '..');

function records(root: string): InvoiceRecord[] {
  const out: InvoiceRecord[] = [];
  for (const year of readdirSync(join(root, 'invoices'))) {
    for (const name of readdirSync(join(root, 'invoices', year)).filter((n) => n.endsWith('.yaml'))) {
      const parsed = parseInvoice(name, readFileSync(join(root, 'invoices', year, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
      out.push(parsed.value);
    }
  }
  return out;
}

/** Each record and its credit note, in every format: the rules broken, by document and format. */
async function brokenRules(all: readonly InvoiceRecord[]): Promise<Record<string, string[]>> {
  const broken: Record<string, string[]> = {};
  for (const r of all) {
    const variants = r.type === 'invoice' ? [r, buildCreditNote(r, `${r.number}-CN`, r.issueDate, 'Test')] : [r];
    for (const v of variants) {
      const record = ruleViolations(v).map((x) => x.rule);
      if (record.length) broken[`${v.number} record`] = record;
      for (const format of EINVOICE_FORMATS) {
        const rules = violatedRules(eInvoiceFigures(await renderXml({ ...v, format })));
        if (rules.length) broken[`${v.number} ${format}`] = rules;
      }
    }
  }
  return broken;
}

describe('the sample helpdesk: every issued invoice', () => {
  const all = records(ROOT);

  it('covers every VAT treatment, both languages and a yearly contract', () => {
    expect(new Set(all.map((r) => r.vatTreatment))).toEqual(new Set(['domestic', 'reverse-charge', 'outside-scope']));
    expect(new Set(all.map((r) => r.language))).toEqual(new Set(['de', 'en']));
    expect(all.length).toBeGreaterThan(50);
  });

  it('keeps the rules as a record, and as UBL, CII and Factur-X XML, with its credit note', async () => {
    expect(await brokenRules(all)).toEqual({});
  });

  it('the XML files beside the records keep the rules, and a Factur-X PDF carries the same XML', async () => {
    const broken: Record<string, string[]> = {};
    for (const r of all) {
      const dir = join(ROOT, 'invoices', r.issueDate.slice(0, 4));
      const xml = readFileSync(join(dir, `${r.number}.xml`), 'utf8');
      const rules = violatedRules(eInvoiceFigures(xml));
      if (rules.length) broken[r.number] = rules;
      if (r.format === 'factur-x') {
        const attached = await pdfAttachments(new Uint8Array(readFileSync(join(dir, `${r.number}.pdf`))));
        expect(new TextDecoder().decode(attached['factur-x.xml'])).toBe(xml);
      }
    }
    expect(broken).toEqual({});
  });

  it('the Swiss invoice (category O) identifies the seller in every format without its VAT id (BR-CO-26, BR-O-02)', async () => {
    const swiss = all.find((r) => r.vatTreatment === 'outside-scope')!;
    for (const format of EINVOICE_FORMATS) {
      const f = eInvoiceFigures(await renderXml({ ...swiss, format }));
      expect(f.sellerVat).toEqual([]);
      expect(f.sellerIdentifier ?? f.sellerLegalId).toBeTruthy();
    }
  });
});

describe('a generated helpdesk: the invoices of a run and a cancellation', () => {
  const make = generate(400, { customers: 12 });
  let hd: Generated;
  beforeAll(() => {
    hd = make();
    const run = hd.desk(['invoice', 'run', '--json']);
    expect(run.stderr).toBe('');
    const [first] = JSON.parse(run.stdout).invoices as { number: string }[];
    const cancel = hd.desk(['invoice', 'cancel', first!.number, '--reason', 'Falscher Kunde']);
    expect(cancel.stderr).toBe('');
  });
  afterAll(() => {
    hd.cleanup();
    make.remove();
  });

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
