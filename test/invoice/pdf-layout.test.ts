import { describe, expect, it } from 'vitest';
import { acmeService, entry, ticket } from '../billing/fixtures.js';
import { renderPdf } from '../../src/render/invoice/pdf.js';
import { groupIban, isLeitwegId } from '../../src/core/invoice/index.js';
import { ADDRESSES, billing, invoiceable, Ledger } from './fixtures.js';
import { pdfText } from './documents.js';

/** The faults a reader found in the invoice PDF, each as what the page now says. */
describe('what the invoice PDF says', () => {
  it('labels a Leitweg-ID as one, and any other buyer reference as "Ihre Referenz"', async () => {
    const city = invoiceable('emsbrueck', [acmeService({ start: '2026-11-01' })], {
      name: 'Stadt Emsbrück',
      buyerReference: '05566012-EMS01-42',
    });
    const shop = invoiceable('shop', [acmeService({ start: '2026-11-01' })], { buyerReference: 'PO-4711' });
    const [a, b] = new Ledger(() => [billing(city), billing(shop)]).run('2026-11-01');
    expect(await pdfText(await renderPdf(a!))).toContain('Leitweg-ID 05566012-EMS01-42');
    const other = await pdfText(await renderPdf(b!));
    expect(other).toContain('Ihre Referenz PO-4711');
    expect(other).not.toContain('Leitweg-ID');
    expect([isLeitwegId('991-01234-44'), isLeitwegId('05566012-EMS01-42'), isLeitwegId('PO-4711')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('names a yearly fee by its months, not as a bare "2026"', async () => {
    const seeland = invoiceable('seeland', [acmeService({ period: 'year', fee: '9600.00' })], {
      address: ADDRESSES.CH,
      vatId: undefined,
    });
    const [r] = new Ledger(() => [billing(seeland)]).run('2026-01-01');
    const text = await pdfText(await renderPdf(r!));
    expect(text).toContain('Leistungszeitraum Januar – Dezember 2026');
    expect(text).toContain('Im Voraus Januar – Dezember 2026');
  });

  it('gives in its header the period the lines bill, not a settled month that billed nothing', async () => {
    // October within the quota: settled, but nothing to bill; the run bills November's fee only
    const acme = invoiceable('acme', [acmeService()]);
    const ledger = new Ledger(() => [billing(acme, [entry('T-1', '2026-10-05', '2:00')], [ticket('T-1', 'question')])]);
    ledger.run('2026-10-01');
    const [r] = ledger.run('2026-11-01');
    expect(r!.settlements.map((s) => s.period.label)).toEqual(['2026-10']);
    expect(await pdfText(await renderPdf(r!))).toContain('Leistungszeitraum November 2026');
  });

  it('prints the IBAN in groups of four and the legal details in the footer, in English too', async () => {
    const acme = invoiceable('acme', [acmeService()], { invoiceLanguage: 'en' });
    const [r] = new Ledger(() => [billing(acme)]).run('2026-01-01');
    const text = await pdfText(await renderPdf(r!));
    expect(groupIban('DE02120300000000202051')).toBe('DE02 1203 0000 0000 2020 51');
    expect(text).toContain('IBAN DE02 1203 0000 0000 2020 51');
    expect(text).toContain(
      'Registered office: Bielefeld · Register court: Amtsgericht Bielefeld, HRB 41872 · Managing directors: Ulrike Rottmann, Hendrik Sauer',
    );
    expect(text).toContain('Page 1 of 1');
  });

  it('shows group subtotals that add up to the net total, and VAT only once (per-group VAT would be a cent off)', async () => {
    // two groups whose VAT, computed per group, would be 0.01 more than the VAT of the invoice
    const dorn = invoiceable('dorn', [{ kind: 'none', start: '2026-01-01', hourlyRate: '29.00' }]);
    const ledger = new Ledger(() => [
      billing(
        dorn,
        [entry('T-1', '2026-09-03', '0:15'), entry('T-1', '2026-10-02', '0:30')],
        [ticket('T-1', 'question')],
      ),
    ]);
    const [r] = ledger.run('2026-11-01');
    const groupsVat = r!.lines.map((l) => Math.floor((l.net * 19 + 50) / 100)).reduce((a, b) => a + b, 0);
    expect(groupsVat).not.toBe(r!.totals.vat); // the case: per-group VAT would not add up
    const text = await pdfText(await renderPdf(r!));
    // 7.25 and 14.50 net: 1.38 + 2.76 = 4.14 VAT per group, but 4.13 on the 21.75 of the invoice
    expect(text).toContain('Zwischensumme Abrechnung September 2026 7,25 €');
    expect(text).toContain('Zwischensumme Abrechnung Oktober 2026 14,50 €');
    expect(text).toContain('Nettobetrag 21,75 €');
    expect(text).toContain('Umsatzsteuer 19 % auf 21,75 € 4,13 €');
    expect(text).toContain('Gesamtbetrag 25,88 €');
    expect(text).not.toContain('4,14');
  });
});
