import { describe, expect, it } from 'vitest';
import { letterAddresses, letterMailValues, type DunningLetter } from '../../src/core/dunning/index.js';
import { BUILT_IN_TEMPLATES, renderTemplate } from '../../src/core/mail/template.js';
import { DUNNING_PLACEHOLDERS, onlyMailRecorded, serialiseLetter } from '../../src/core/dunning/index.js';

const letter: DunningLetter = {
  id: 'RE-2026-0066-M2',
  invoice: 'RE-2026-0066',
  customer: 'acme',
  stage: 2,
  date: '2026-12-06',
  language: 'en',
  invoiceDate: '2026-11-01',
  dueDate: '2026-11-15',
  gross: 142800,
  paid: 0,
  open: 142800,
  fee: 500,
  fees: 500,
  interest: 576,
  total: 143876,
  payBy: '2026-12-16',
};

describe('the mail of a dunning letter', () => {
  it('names the stage, the exact total and the deadline in the letter’s language', () => {
    const v = letterMailValues(letter, { customer: 'ACME Maschinenbau GmbH', company: 'Nordlicht Software GmbH' });
    expect(renderTemplate('dunning-subject', BUILT_IN_TEMPLATES['dunning-subject']!.en, v, DUNNING_PLACEHOLDERS)).toBe(
      'First reminder for invoice RE-2026-0066 – Nordlicht Software GmbH',
    );
    const de = letterMailValues({ ...letter, language: 'de' }, { customer: 'ACME', company: 'Nordlicht' });
    expect([de.letter, de.total, de.payBy]).toEqual(['1. Mahnung', '1.438,76 €', '16.12.2026']);
    expect([v.total, v.payBy]).toEqual(['€1,438.76', '16 December 2026']);
  });

  it('makes names from files one safe line: no header or line can be smuggled into the mail', () => {
    const v = letterMailValues(letter, {
      customer: 'ACME\r\nBcc: everyone@example.org\u202e',
      company: 'Nordlicht\nSoftware',
    });
    expect(v.customer).toBe('ACME Bcc: everyone@example.org');
    expect(v.company).toBe('Nordlicht Software');
  });

  it('finds each letter’s invoice address and names every customer without one', () => {
    const customers = new Map([
      ['acme', { name: 'ACME', invoiceEmail: 'rechnung@acme.example' }],
      ['dorn', { name: 'Dorn' }],
    ]);
    const r = letterAddresses(
      [
        { id: 'RE-1-M1', customer: 'acme' },
        { id: 'RE-2-M1', customer: 'dorn' },
        { id: 'RE-3-M1', customer: 'dorn' },
      ],
      customers,
    );
    expect([...r.to]).toEqual([['RE-1-M1', { address: 'rechnung@acme.example', name: 'ACME' }]]);
    expect(r.missing).toEqual(['dorn']);
  });
});

describe('the history check on a letter’s file', () => {
  const queued = {
    ...letter,
    mail: { messageId: 'desk.RE-2026-0066-M2.ab@x.example', to: 'r@acme.example', status: 'queued' as const },
  };
  const sent = { ...queued, mail: { ...queued.mail, status: 'sent' as const, at: '2026-12-06T10:00:00+01:00' } };
  it('tells the outbox recording a mail from anything else done to a letter', () => {
    expect(onlyMailRecorded(serialiseLetter(queued), serialiseLetter(sent))).toBe(true);
    // a changed amount, a mail that was not queued, another Message-ID: a dunning run's business, or a hand edit
    expect(onlyMailRecorded(serialiseLetter(queued), serialiseLetter({ ...sent, total: 1 }))).toBe(false);
    expect(onlyMailRecorded(serialiseLetter(letter), serialiseLetter(sent))).toBe(false);
    expect(
      onlyMailRecorded(
        serialiseLetter(queued),
        serialiseLetter({ ...sent, mail: { ...sent.mail, messageId: 'other@x' } }),
      ),
    ).toBe(false);
  });
});
