import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { pdfText, ublFigures, violatedRules } from '../invoice/documents.js';
import { customerFile } from '../invoice/helpers.js';
import { at, billing, billedByPeriod, documents, invoiceHelpdesk, usageOf } from './helpers.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const DORN = customerFile(
  'dorn',
  'Dorn Elektrotechnik KG',
  '{ street: Am Hafen 2, postalCode: "48155", city: Münster, country: DE }',
  '  - { kind: none, start: 2026-01-01, hourlyRate: "130.00" }\n',
);

describe('a correction of time an invoice billed already', () => {
  it('cancelling the only billed entry credits it with the next run: a negative invoice, rendered and valid', async () => {
    hd = invoiceHelpdesk({ 'contracts/dorn.yaml': DORN });
    const t = await openTicket(
      hd,
      ['--customer', 'dorn', '--category', 'question', '--priority', 'normal', '--received-at', '2026-10-01 09:00'],
      at('2026-10-12'),
    );
    const entry = JSON.parse(await hd.ok(['log', t, '2h', '--on', '2026-10-12', '--json'], { env: at('2026-10-12') }))
      .entry as string;
    await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--customer', 'dorn'], { env: billing('2026-11-01') });
    const undo = await hd.ok(['log', t, '--undo', entry, '-r', 'falscher Kunde'], { env: at('2026-11-03') });
    expect(undo).toContain('billed already (invoice RE-2026-0001): the next invoice run corrects it');

    const run = JSON.parse(
      await hd.ok(['invoice', 'run', '--date', '2026-11-05', '--customer', 'dorn', '--json'], {
        env: billing('2026-11-05'),
      }),
    );
    const [credit] = run.invoices;
    expect(credit.lines.map((l: { name: string; minutes: number; net: number }) => [l.name, l.minutes, l.net])).toEqual(
      [['Abzüglich bereits berechnet mit Rechnung RE-2026-0001: Support nach Aufwand Oktober 2026', -120, -26000]],
    );
    expect(credit.totals).toEqual({ net: -26000, vat: -4940, gross: -30940, payable: -30940 });
    expect(credit.dueDate).toBeUndefined();
    expect(credit.paymentTerms).toBe('Der Betrag wird Ihnen erstattet oder mit offenen Forderungen verrechnet.');

    const xml = readFileSync(join(hd.root, 'invoices/2026/RE-2026-0002.xml'), 'utf8');
    const f = ublFigures(xml);
    expect(f).toMatchObject({ root: 'Invoice', typeCode: '380' });
    expect(f.lines.map((l) => [l.quantity, l.unit, l.price, l.net])).toEqual([['-2', 'HUR', 13000, -26000]]);
    expect(violatedRules(f)).toEqual([]);
    const pdf = await pdfText(new Uint8Array(readFileSync(join(hd.root, 'invoices/2026/RE-2026-0002.pdf'))));
    expect(pdf).toContain('-2 h 130,00 € -260,00 €');
    expect(pdf).toContain('Gesamtbetrag -309,40 €');

    // October now bills what the files say: nothing
    const docs = await documents(hd);
    expect(billedByPeriod(docs).get('dorn 2026-10')!.usage).toBe(0);
    expect((await usageOf(hd, 'dorn', '2026-10')).get('2026-10')).toBe(0);
    expect(await hd.ok(['check'])).toContain('All files are valid');
  });
});
