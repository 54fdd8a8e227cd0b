import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { pdfAttachments, pdfText, parseXml, ublFigures, violatedRules } from './documents.js';
import { acmeFile, at, billing, customerFile, DESK_YAML, invoiceHelpdesk, logGoldenOctober, STAFF } from './helpers.js';

const bytes = (hd: InProcessHelpdesk, path: string) => new Uint8Array(readFileSync(join(hd.root, path)));

describe('desk invoice run: the ACME golden case end to end', () => {
  let hd: InProcessHelpdesk;
  let tickets: Awaited<ReturnType<typeof logGoldenOctober>>;
  beforeAll(async () => {
    hd = invoiceHelpdesk();
    await hd.ok(['invoice', 'run', '--date', '2026-10-01'], { env: billing('2026-10-01') }); // billed up to September
    tickets = await logGoldenOctober(hd);
  });
  afterAll(() => hd.cleanup());

  it('--dry-run prints exactly what the run issues and writes nothing', async () => {
    const before = snapshot(hd);
    const dry = JSON.parse(
      await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--dry-run', '--json'], { env: at('2026-11-01') }),
    );
    expect(snapshot(hd)).toBe(before);
    const real = JSON.parse(
      await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--json'], { env: billing('2026-11-01') }),
    );
    expect(real.invoices).toEqual(dry.invoices);
    expect(real.invoices.map((r: { number: string }) => r.number)).toEqual(['RE-2026-0002']);
    expect(hd.git('show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
      'Invoice run 2026-11-01: RE-2026-0002 (1 invoice)',
      '',
      'invoices/2026/RE-2026-0002.pdf',
      'invoices/2026/RE-2026-0002.xml',
      'invoices/2026/RE-2026-0002.yaml',
    ]);
    expect(hd.git('log', '-1', '--format=%an').trim()).toBe('Anja Keller'); // invoices take invoice.issue
  });

  it('the PDF shows the October settlement (655.00 net) and the November fee (1,200.00), VAT once on the total, in German formats', async () => {
    const text = await pdfText(bytes(hd, 'invoices/2026/RE-2026-0002.pdf'));
    for (const s of [
      'Rechnung RE-2026-0002',
      'Rechnungsdatum 01.11.2026',
      'Zahlbar bis 15.11.2026',
      'Leistungszeitraum Oktober – November 2026',
      'ACME Maschinenbau GmbH',
      'Mehrstunden über dem Kontingent Oktober 2026 3,5 h 110,00 € 385,00 €',
      '1 h 120,00 € 120,00 €',
      '1,25 h 120,00 € 150,00 €',
      'Zwischensumme Abrechnung Oktober 2026 655,00 €',
      'Servicepauschale November 2026 1 Pauschale 1.200,00 € 1.200,00 €',
      'Zwischensumme Im Voraus November 2026 1.200,00 €',
      'Nettobetrag 1.855,00 €',
      'Umsatzsteuer 19 % auf 1.855,00 € 352,45 €',
      'Gesamtbetrag 2.207,45 €',
      'IBAN DE02 1203 0000 0000 2020 51',
      'USt-IdNr. DE123456788',
      'Sitz: Bielefeld · Registergericht: Amtsgericht Bielefeld, HRB 41872 · Geschäftsführung: Ulrike Rottmann, Hendrik Sauer',
      'Seite 1 von 1',
      tickets.d,
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('124,45'); // per-group VAT would not always add up to the invoice's (BR-CO-17)
  });

  it('the XRechnung UBL has the same lines and totals and keeps the EN 16931 and XRechnung rules', async () => {
    const f = ublFigures(hd.read('invoices/2026/RE-2026-0002.xml'));
    expect(f).toMatchObject({
      root: 'Invoice',
      typeCode: '380',
      id: 'RE-2026-0002',
      buyerReference: 'acme',
      sellerVat: ['DE123456788'],
      buyerVat: ['DE811234567'],
    });
    expect(f.lines.map((l) => [l.quantity, l.unit, l.price, l.net, l.category, l.percent])).toEqual([
      ['3.5', 'HUR', 11000, 38500, 'S', '19'],
      ['1', 'HUR', 12000, 12000, 'S', '19'],
      ['1.25', 'HUR', 12000, 15000, 'S', '19'],
      ['1', 'C62', 120000, 120000, 'S', '19'],
    ]);
    const october = f.lines.filter((l) => l.period?.to === '2026-10-31').reduce((s, l) => s + l.net, 0);
    expect([october, Math.round(october * 0.19)]).toEqual([65500, 12445]);
    expect(f.totals).toEqual({
      lineExtension: 185500,
      taxExclusive: 185500,
      taxInclusive: 220745,
      payable: 220745,
      tax: 35245,
    });
    expect(f.breakdown).toEqual([{ taxable: 185500, tax: 35245, category: 'S', percent: '19' }]);
    expect(f).toMatchObject({
      sellerEndpoint: 'EM:rechnung@nordlicht.example',
      buyerEndpoint: 'EM:rechnung@acme.example',
      iban: 'DE02120300000000202051',
      paymentMeansCode: '58',
      sellerContact: { name: 'Ulrike Rottmann', phone: '+49 521 98765-0', email: 'rechnung@nordlicht.example' },
    });
    expect(hd.read('invoices/2026/RE-2026-0002.xml')).toContain(
      'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    );
    expect(violatedRules(f)).toEqual([]);
  });

  it('a repeated run bills nothing; time logged into the invoiced October later is a late charge of the next run', async () => {
    expect(await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') })).toContain(
      'Nothing due on 2026-11-01',
    );
    const late = JSON.parse(
      await hd.ok(['log', tickets.a, '1h', '--on', '2026-10-30', '--json'], { env: at('2026-11-02') }),
    );
    expect(late.invoiced).toEqual(['RE-2026-0002']);
    const [next] = JSON.parse(
      await hd.ok(['invoice', 'run', '--date', '2026-11-02', '--dry-run', '--json'], { env: billing('2026-11-02') }),
    ).invoices;
    expect(next.lines.map((l: { name: string; minutes: number; net: number }) => [l.name, l.minutes, l.net])).toEqual([
      [
        'Abzüglich bereits berechnet mit Rechnung RE-2026-0002: Mehrstunden über dem Kontingent Oktober 2026',
        -210,
        -38500,
      ],
      ['Nachberechnung zu Rechnung RE-2026-0002: Mehrstunden über dem Kontingent Oktober 2026', 270, 49500],
    ]);
    expect(next.settlements).toEqual([
      expect.objectContaining({ period: expect.objectContaining({ label: '2026-10' }), corrects: ['RE-2026-0002'] }),
    ]);
    // cancelling it again leaves nothing to correct
    expect(await hd.ok(['log', '--undo', late.entry, '-r', 'doppelt erfasst'], { env: at('2026-11-02') })).toContain(
      'the next invoice run corrects it',
    );
    expect(
      await hd.ok(['invoice', 'run', '--date', '2026-11-02', '--dry-run'], { env: billing('2026-11-02') }),
    ).toContain('Nothing due on 2026-11-02');
    await hd.ok(['log', tickets.a, '30m', '--on', '2026-11-02'], { env: at('2026-11-02') });
  });

  it('list and show name the invoices, their lines and what is behind them', async () => {
    const list = JSON.parse(await hd.ok(['invoice', 'list', '--customer', 'acme', '--json']));
    expect(list.map((r: { number: string; status: string; gross: number }) => [r.number, r.status, r.gross])).toEqual([
      ['RE-2026-0001', 'active', 1428000],
      ['RE-2026-0002', 'active', 220745],
    ]);
    const show = JSON.parse(await hd.ok(['invoice', 'show', 'RE-2026-0002', '--json']));
    expect(show.lines[1]).toMatchObject({
      key: 'acme/2026-01-01/2026-10-01..2026-10-31/beyond-cap',
      tickets: [tickets.b],
    });
    expect(await hd.ok(['invoice', 'show', 'RE-2026-0002'])).toContain('Settles: 2026-10');
    expect(await hd.ok(['check'])).toContain('All files are valid');
  });

  it('cancels with a Stornorechnung of its own number, reopens the period, and the next run bills again', async () => {
    const out = await hd.ok(['invoice', 'cancel', 'RE-2026-0002', '--reason', 'Zeit falsch erfasst'], {
      env: billing('2026-11-03'),
    });
    expect(out).toContain('Issued credit note RE-2026-0003');
    expect(hd.read('invoices/2026/RE-2026-0002.yaml')).toBe(hd.git('show', 'HEAD~1:invoices/2026/RE-2026-0002.yaml'));
    const f = ublFigures(hd.read('invoices/2026/RE-2026-0003.xml'));
    expect(f).toMatchObject({ root: 'CreditNote', typeCode: '381', billingReference: 'RE-2026-0002' });
    expect(f.totals.payable).toBe(220745);
    expect(violatedRules(f)).toEqual([]);
    const text = await pdfText(bytes(hd, 'invoices/2026/RE-2026-0003.pdf'));
    expect(text).toContain('Stornorechnung RE-2026-0003');
    expect(text).toContain('Storno der Rechnung RE-2026-0002 vom 01.11.2026. Grund: Zeit falsch erfasst');
    expect(text).toContain('Gesamtbetrag -2.207,45 €');
    await hd.ok(['log', tickets.a, '1h', '--on', '2026-10-30'], { env: at('2026-11-03') }); // October is open again
    const [rebill] = JSON.parse(await hd.ok(['invoice', 'run', '--json'], { env: billing('2026-11-03') })).invoices;
    expect(rebill.number).toBe('RE-2026-0004');
    expect(rebill.lines.map((l: { kind: string; net: number }) => [l.kind, l.net])).toEqual([
      ['overage', 49500],
      ['beyond-cap', 12000],
      ['outside-contract', 15000],
      ['service-fee', 120000],
    ]);
    const list = JSON.parse(await hd.ok(['invoice', 'list', '--json']));
    expect(list.map((r: { number: string; status: string }) => `${r.number}:${r.status}`)).toEqual([
      'RE-2026-0001:active',
      'RE-2026-0002:cancelled',
      'RE-2026-0003:credit-note',
      'RE-2026-0004:active',
    ]);
    const again = await hd.desk(['invoice', 'cancel', 'RE-2026-0002', '--reason', 'x'], { env: billing('2026-11-03') });
    expect(again.stderr).toContain('was cancelled already by RE-2026-0003');
    const early = await hd.desk(['invoice', 'run', '--date', '2026-11-02'], { env: billing('2026-11-03') });
    expect([early.code, early.stderr]).toEqual([1, expect.stringContaining('before the last one issued (2026-11-03)')]);
  });
});

describe('customers abroad and the other e-invoice formats', () => {
  let hd: InProcessHelpdesk;
  const contract =
    '  - { kind: service, start: 2026-11-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }\n';
  beforeAll(async () => {
    hd = invoiceHelpdesk({
      'contracts/acme.yaml': acmeFile(contract, 'eInvoice: xrechnung-cii\n'),
      'contracts/alpenblick.yaml': customerFile(
        'alpenblick',
        'Alpenblick Hotels GmbH',
        '{ street: Mariahilfer Straße 10, postalCode: "1070", city: Wien, country: AT }',
        contract,
        'vatId: ATU12345678\n',
      ),
      'contracts/seeland.yaml': customerFile(
        'seeland',
        'Seeland Präzision AG',
        '{ street: Bahnhofstrasse 1, postalCode: "8001", city: Zürich, country: CH }',
        contract,
        'vatId: CHE-123.456.789 MWST\ninvoiceLanguage: en\neInvoice: factur-x\nbuyerReference: PO-4711\n',
      ),
    });
    await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') });
  });
  afterAll(() => hd.cleanup());

  it('Austria: reverse charge, 0 %, the legal note and both VAT ids, in PDF and XML', async () => {
    const f = ublFigures(hd.read('invoices/2026/RE-2026-0002.xml'));
    expect(f.lines.map((l) => [l.category, l.percent, l.net])).toEqual([['AE', '0', 120000]]);
    expect(f.breakdown).toEqual([
      {
        taxable: 120000,
        tax: 0,
        category: 'AE',
        percent: '0',
        exemptionCode: 'VATEX-EU-AE',
        exemptionReason: 'Reverse charge',
      },
    ]);
    expect([f.sellerVat, f.buyerVat]).toEqual([['DE123456788'], ['ATU12345678']]);
    expect(f.notes[0]).toContain('Reverse Charge');
    expect(violatedRules(f)).toEqual([]);
    const text = await pdfText(bytes(hd, 'invoices/2026/RE-2026-0002.pdf'));
    for (const s of [
      'Österreich',
      'USt-IdNr. Kunde ATU12345678',
      'Umsatzsteuer 0 % (Reverse Charge) 0,00 €',
      'Gesamtbetrag 1.200,00 €',
      'Steuerschuldnerschaft des Leistungsempfängers',
    ])
      expect(text).toContain(s);
  });

  it('Switzerland, in English, as Factur-X: outside the scope of German VAT, the CII embedded in the PDF', async () => {
    const pdf = bytes(hd, 'invoices/2026/RE-2026-0003.pdf');
    const text = await pdfText(pdf);
    for (const s of [
      'Invoice RE-2026-0003',
      'Invoice date 1 November 2026',
      'Service fee November 2026 1 flat fee €1,200.00 €1,200.00',
      'VAT: not subject to German VAT €0.00',
      'Total €1,200.00',
      'Switzerland',
      'Your reference PO-4711',
      'Not subject to German VAT',
    ])
      expect(text).toContain(s);
    const attached = await pdfAttachments(pdf);
    expect(Object.keys(attached)).toContain('factur-x.xml');
    const cii = parseXml(new TextDecoder().decode(attached['factur-x.xml'])) as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const settlement = cii.CrossIndustryInvoice!.SupplyChainTradeTransaction!.ApplicableHeaderTradeSettlement as Record<
      string,
      unknown
    >;
    expect(settlement.ApplicableTradeTax).toEqual([
      expect.objectContaining({ CategoryCode: 'O', CalculatedAmount: '0.00', ExemptionReasonCode: 'VATEX-EU-O' }),
    ]);
    const agreement = cii.CrossIndustryInvoice!.SupplyChainTradeTransaction!.ApplicableHeaderTradeAgreement as Record<
      string,
      Record<string, unknown>
    >;
    expect(agreement.BuyerReference).toBe('PO-4711');
    expect(agreement.BuyerTradeParty!.SpecifiedTaxRegistration).toBeUndefined(); // BR-O-02
    // the seller's VAT id may not be there (BR-O-02); its tax number (BT-32) and register number (BT-30) identify it
    expect(agreement.SellerTradeParty!.SpecifiedTaxRegistration).toEqual([
      { ID: { '#text': '305/5781/2406', '@schemeID': 'FC' } },
    ]);
    expect(agreement.SellerTradeParty!.SpecifiedLegalOrganization).toEqual({ ID: 'HRB 41872' });
    expect(hd.read('invoices/2026/RE-2026-0003.xml')).toContain('<ram:CategoryCode>O</ram:CategoryCode>');
  });

  it('CII on request: XRechnung CII with the delivery date and the German rules', async () => {
    const xml = hd.read('invoices/2026/RE-2026-0001.xml');
    expect(xml).toContain('<rsm:CrossIndustryInvoice');
    expect(xml).toContain('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
    const cii = parseXml(xml) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const tx = cii.CrossIndustryInvoice!.SupplyChainTradeTransaction!;
    expect(tx.ApplicableHeaderTradeDelivery).toHaveProperty('ActualDeliverySupplyChainEvent');
    expect(
      tx.ApplicableHeaderTradeSettlement!.SpecifiedTradeSettlementHeaderMonetarySummation as Record<string, unknown>,
    ).toMatchObject({
      LineTotalAmount: '1200.00',
      TaxBasisTotalAmount: '1200.00',
      GrandTotalAmount: '1428.00',
      DuePayableAmount: '1428.00',
    });
  });
});

describe('bad input: refused before anything is written', () => {
  it('lists every missing seller field, a customer without address, a contract without rates, at once', async () => {
    const hd = invoiceHelpdesk({
      'desk.yaml': `company:\n  name: Nordlicht Software GmbH\n${STAFF}`,
      'contracts/acme.yaml': acmeFile().replace(/address: .*\n/, ''),
      'contracts/dorn.yaml': customerFile(
        'dorn',
        'Dorn',
        '{ street: Weg 1, postalCode: "33100", city: Paderborn, country: DE }',
        '  - { kind: none, start: 2026-01-01 }\n',
      ),
    });
    try {
      const before = snapshot(hd);
      const r = await hd.desk(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') });
      expect(r.code).toBe(2);
      for (const s of [
        'desk.yaml: company.address: missing',
        'desk.yaml: company.vatId: missing',
        'desk.yaml: company.bank.iban: missing',
        'desk.yaml: company.email: missing',
        'desk.yaml: company.phone: missing',
        'desk.yaml: company.contactName: missing',
        'contracts/acme.yaml: address: missing',
        'contracts/dorn.yaml: contracts[0].hourlyRate: no hourly rate',
      ]) {
        expect(r.stderr).toContain(s);
      }
      expect(snapshot(hd)).toBe(before);
      expect(
        (await hd.desk(['invoice', 'run', '--date', '2026-12-01'], { env: billing('2026-11-01') })).stderr,
      ).toContain('is after today');
    } finally {
      hd.cleanup();
    }
  });

  it('refuses an unknown invoice and a cancellation without reason', async () => {
    const hd = invoiceHelpdesk({ 'desk.yaml': DESK_YAML });
    try {
      expect((await hd.desk(['invoice', 'show', 'RE-2026-0099'])).stderr).toContain('no invoice RE-2026-0099');
      expect((await hd.desk(['invoice', 'cancel', 'RE-2026-0099'], { env: { DESK_USER: 'ak' } })).stderr).toContain(
        'missing --reason',
      );
    } finally {
      hd.cleanup();
    }
  });
});

describe('the sample helpdesk', () => {
  it('has invoices up to September 2026 for acme, so a run on 1 November 2026 bills the golden October settlement and November fee', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = Object.fromEntries(
      [
        'desk.yaml',
        ...['contracts', 'tickets', 'invoices/2026'].flatMap((d) =>
          readdirSync(join(root, d), { recursive: true, encoding: 'utf8' }).map((n) => `${d}/${n}`),
        ),
      ]
        .filter((p) => statSync(join(root, p)).isFile()) // tickets lie one folder down
        .map((p) => [p, readFileSync(join(root, p), 'latin1')]),
    );
    const hd = helpdesk({});
    try {
      for (const [path, content] of Object.entries(files))
        writeFileSync(mkdirFor(join(hd.root, path)), Buffer.from(content, 'latin1'));
      hd.git('add', '-A');
      hd.git('commit', '-qm', 'sample');
      const run = JSON.parse(
        await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--customer', 'acme', '--dry-run', '--json'], {
          env: { ...at('2026-11-01'), DESK_USER: 'ulrike' },
        }),
      );
      const [acme] = run.invoices;
      expect(
        acme.lines.map((l: { kind: string; period: { label: string }; net: number }) => [
          l.kind,
          l.period.label,
          l.net,
        ]),
      ).toEqual([
        ['overage', '2026-10', 38500],
        ['beyond-cap', '2026-10', 12000],
        ['outside-contract', '2026-10', 15000],
        ['service-fee', '2026-11', 120000],
      ]);
      expect(acme.totals).toEqual({ net: 185500, vat: 35245, gross: 220745, payable: 220745 });
    } finally {
      hd.cleanup();
    }
  });
});

function mkdirFor(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
