import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EINVOICE_FORMATS } from '../../src/core/invoice/index.js';
import { renderXml } from '../../src/render/invoice/einvoice.js';
import { brokenRules, eInvoiceFigures, pdfAttachments, records, violatedRules } from './documents.js';

/**
 * Every invoice the sample helpdesk and the generator produce, in each of the three e-invoice
 * formats, and the credit note that would cancel it: the record keeps the rules desk checks
 * before issuing, and the XML keeps them too, read back from the XML alone (BR-CO-10 to -26,
 * BR-S/AE/O, BR-DE-*, BT-25/BT-26 on credit notes).
 */
const ROOT = join(import.meta.dirname, '..', '..');

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
