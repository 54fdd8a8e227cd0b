import { describe, expect, it } from 'vitest';
import { trimReply } from '../../src/core/mail/quotes.js';
import { classifyMachine, failedRecipient } from '../../src/core/mail/machine.js';
import { replySubject, ticketRefsInSubject } from '../../src/core/mail/threading.js';
import { safeFileName } from '../../src/core/safe-text/index.js';
import { matchSender } from '../../src/core/mail/sender.js';

describe('trimming a reply to what its writer typed', () => {
  it.each([
    [
      'English Outlook header block',
      'Thanks, that worked.\n\nRegards\nTom\n\nFrom: Support <support@x.example>\nSent: Monday, November 23, 2026 10:14 AM\nTo: Tom Harris <t@y.example>\nSubject: RE: Export\n\nPlease try again.',
      'Thanks, that worked.\n\nRegards\nTom',
    ],
    ['older Outlook separator', 'Passt.\n\n-----Ursprüngliche Nachricht-----\nVon: Support\nAlt', 'Passt.'],
    ['English separator', 'Fine.\n-----Original Message-----\nFrom: a', 'Fine.'],
    [
      'Gmail attribution wrapped over two lines',
      'Yes please.\n\nOn Fri, Nov 20, 2026 at 4:02 PM Lutterbach Software Support <\nsupport@lutterbach-software.example> wrote:\n> old text',
      'Yes please.',
    ],
    ['signature delimiter', 'Kurze Frage zum Export.\n\n-- \nACME GmbH\nTel. 123', 'Kurze Frage zum Export.'],
    ['mobile footer', 'Ok!\n\nSent from my iPhone', 'Ok!'],
    [
      'a closing with a company block under the name',
      'Bitte um Rückruf.\n\nViele Grüße\nJörg Henning\nLagerleitung\nACME GmbH\nTel. 0521 555',
      'Bitte um Rückruf.\n\nViele Grüße\nJörg Henning',
    ],
  ])('%s', (_, input, expected) => {
    expect(trimReply(input)).toEqual({ text: expected, trimmed: true });
  });

  it('keeps text that only looks like a quote header, and a forward without a word of its own', () => {
    const prose = 'Am Montag habe ich den Export gestartet.\nEr bricht ab, wenn ich schreibe: Datum.\n\nWas tun?';
    expect(trimReply(prose)).toEqual({ text: prose, trimmed: false });
    const forward = '-----Original Message-----\nFrom: Kunde\nSubject: Fehler\n\nDer Export bricht ab.';
    expect(trimReply(forward).text).toBe(forward);
  });
});

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] });

describe('mail written by machines', () => {
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'Re: Export', 'auto-reply'],
    [{ 'auto-submitted': 'no' }, 'Re: Export', undefined],
    [{ 'x-autoreply': 'yes' }, 'Re: Export', 'auto-reply'],
    [{ precedence: 'bulk' }, 'Re: Export', 'auto-reply'],
    [{ precedence: 'junk' }, 'Re: Export', 'auto-reply'],
    [{ precedence: 'list' }, 'Re: Export', 'list'],
    [{ 'list-id': '<x.example>' }, 'Newsletter', 'list'],
    [{}, 'Abwesenheitsnotiz: Export', 'auto-reply'],
    [{}, 'Automatische Antwort: Export', 'auto-reply'],
    [{}, 'Out of Office: Export', 'auto-reply'],
    [{}, 'Automatic reply: Export', 'auto-reply'],
    [{ 'x-failed-recipients': 'a@b.example' }, 'Mail delivery failed', 'bounce'],
    [{}, 'Frage zur Abwesenheitsnotiz im Programm', undefined],
  ] as const)('%j %s → %s', (h, subject, expected) => {
    expect(
      classifyMachine({ headers: headers(h), from: 'someone@acme.example', subject, contentType: 'text/plain' }),
    ).toBe(expected);
  });

  it('knows a delivery status report and the recipient that failed', () => {
    const ct = 'multipart/report; report-type=delivery-status; boundary="x"';
    expect(
      classifyMachine({
        headers: headers({}),
        from: 'postmaster@x.example',
        subject: 'Unzustellbar: Export',
        contentType: ct,
      }),
    ).toBe('bounce');
    expect(failedRecipient('Final-Recipient: rfc822; S.Vogt@acme.example\nAction: failed', headers({}))).toBe(
      's.vogt@acme.example',
    );
  });
});

describe('threading by subject', () => {
  it('finds ticket ids in brackets, after #, and standing alone when they have a digit', () => {
    expect(ticketRefsInSubject('AW: Export [T-TPNHE]')).toEqual(['T-TPNHE']);
    expect(ticketRefsInSubject('Re: #T-4k7m2 Drucker')).toEqual(['T-4K7M2']);
    expect(ticketRefsInSubject('Frage zu T-4K7M2 und T-Systems')).toEqual(['T-4K7M2']);
    expect(ticketRefsInSubject('T-Systems Rechnung')).toEqual([]);
  });

  it('writes one Re: and the id once', () => {
    expect(replySubject('AW: RE: Re: Lohnexport [T-4K7M2]', 'T-4K7M2')).toBe('Re: Lohnexport [T-4K7M2]');
    expect(replySubject('Lohnexport', 'T-4K7M2')).toBe('Re: Lohnexport [T-4K7M2]');
  });
});

describe('names and senders', () => {
  it('makes any attachment name a safe file name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\evil.exe')).toBe('evil.exe');
    expect(safeFileName('.htaccess')).toBe('htaccess');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('rechnung\u202Efdp.exe')).toBe('rechnung_fdp.exe');
    expect(safeFileName('')).toBe('attachment');
    expect(safeFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(100);
    expect(safeFileName(`${'a'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });

  it('does not guess between two customers sharing an address or a domain', () => {
    const customers = [
      { id: 'a', contacts: [{ name: 'X', email: 'x@shared.example' }], emailDomains: ['shared.example'] },
      { id: 'b', contacts: [{ name: 'X', email: 'x@shared.example' }], emailDomains: ['shared.example'] },
    ];
    expect(matchSender('x@shared.example', undefined, [], customers).kind).toBe('unknown');
    expect(matchSender('y@shared.example', undefined, [], customers).kind).toBe('unknown');
    expect(matchSender('y@sub.shared.example', 'Y', [], [customers[0]!])).toMatchObject({
      kind: 'domain',
      customer: 'a',
    });
  });
});
