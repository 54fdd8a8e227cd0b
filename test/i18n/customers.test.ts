import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const GERMAN = { DESK_LANG: 'de', DESK_USER: 'ak' };

describe('desk customer in German and English', () => {
  it('lists and shows a customer and its contract terms in German', async () => {
    hd = helpdesk();
    const list = await hd.ok(['customer', 'list'], { env: GERMAN });
    expect(list).toMatch(/ID\s+NAME\s+ORT\s+VERTRAG\s+PROJEKTLEITUNG\s+VERTRIEB/);
    expect(list).toContain('Service');
    const shown = await hd.ok(['customer', 'show', 'acme'], { env: GERMAN });
    for (const phrase of [
      'Projektleitung tb, Vertrieb sh',
      'Saldo: nichts offen',
      'Ansprechpartner',
      'Verträge',
      'Servicevertrag 2026-01-01 – unbefristet, monatlich',
      'Pauschale 1.200,00 € im Voraus für 10:00 h Support',
      'außerhalb des Vertrags und über der Analysegrenze 120,00 €/h',
      'Reaktionszeit 4:00 h in der Servicezeit (jede Priorität)',
    ])
      expect(shown).toContain(phrase);
    expect(shown).not.toMatch(/service contract|fee|reaction time/);
  });

  it('shows the same customer in English as before', async () => {
    hd = helpdesk();
    expect(await hd.ok(['customer', 'list'])).toMatch(/ID\s+NAME\s+CITY\s+CONTRACT\s+PROJECT LEAD\s+SALES/);
    const shown = await hd.ok(['customer', 'show', 'acme']);
    for (const phrase of [
      'project lead tb, sales rep sh',
      'balance: nothing open',
      'Contacts',
      'service contract 2026-01-01 – open-ended, monthly',
      'fee €1,200.00 in advance for 10:00 h of support',
      'outside the contract and beyond the analysis cap €120.00/h',
      'reaction time 4:00 h in service hours (every priority)',
    ])
      expect(shown).toContain(phrase);
  });

  it('adds a customer and refuses a second one with the same id, in German', async () => {
    hd = helpdesk();
    const flags = [
      '--name',
      'Brandt Logistik KG',
      '--street',
      'Hafenweg 2',
      '--postal-code',
      '28195',
      '--city',
      'Bremen',
    ];
    expect(await hd.ok(['customer', 'add', 'brandt', ...flags], { env: GERMAN })).toContain(
      'Kunde brandt (Brandt Logistik KG) angelegt. Seinen Vertrag anlegen mit: desk contract add brandt',
    );
    const again = await hd.desk(['customer', 'add', 'brandt', ...flags], { env: GERMAN });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('den Kunden brandt gibt es schon');
    const english = await hd.desk(['customer', 'add', 'Brandt!', ...flags], { env: { DESK_USER: 'ak' } });
    expect(english.stderr).toContain('ID: "Brandt!" is not a customer id');
  });
});

describe('desk contract in German', () => {
  it('adds a renewal and shows the contract in force in German; English as before', async () => {
    hd = helpdesk();
    const renewal = ['contract', 'add', 'acme', '--kind', 'service', '--start', '2027-01-01', '--fee', '1300.00'];
    const out = await hd.ok(renewal, { env: { ...GERMAN, DESK_NOW: '2026-12-06T12:00:00+01:00' } });
    for (const phrase of [
      'ACME Maschinenbau GmbH: neuer Vertrag ab 2027-01-01',
      'Pauschale 1.300,00 € im Voraus für 10:00 h Support',
      'der bisherige Vertrag endet jetzt am 2026-12-31',
      'vom bisherigen Vertrag übernommen: included-hours, overage-rate, hourly-rate, Reaktionszeiten',
    ])
      expect(out).toContain(phrase);
    const shown = await hd.ok(['contract', 'show', 'acme', '--at', '2026-06-01'], { env: GERMAN });
    expect(shown).toContain('ACME Maschinenbau GmbH am 2026-06-01:');
    expect(shown).toContain('Mehraufwand 110,00 €/h, je Zeitraum abgerechnet');
    const before = await hd.ok(['contract', 'show', 'acme', '--at', '2025-06-01'], { env: GERMAN });
    expect(before).toContain('hat am 2025-06-01 keinen Vertrag: jeder Aufwand wird zum Listenpreis abgerechnet.');
    expect(await hd.ok(['contract', 'show', 'acme', '--at', '2025-06-01'])).toContain(
      'ACME Maschinenbau GmbH has no contract on 2025-06-01: every effort is billed at the list rate.',
    );
    expect(await hd.ok(['contract', 'show', 'acme', '--at', '2026-06-01'])).toContain(
      'overage €110.00/h, settled per period',
    );
  });
});
