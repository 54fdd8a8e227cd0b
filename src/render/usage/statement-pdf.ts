import type { Statement } from '../../core/billing/index.js';
import { formatDuration } from '../../core/duration.js';
import { displayDate } from '../../core/invoice/index.js';
import { displayMoney } from '../../core/money.js';
import { forPdf } from '../../core/safe-text/index.js';
import { pdfA } from '../pdf/pdfa.js';
import type { TextStyle } from '../pdf/typesetter.js';

const LEFT = 56;
const RIGHT = 595.28 - 56;
const GREY = '#555555';
const BODY: TextStyle = { size: 10 };

/**
 * A usage statement (Auslastung) as PDF/A-3b in the customer's language: the quota or minimum
 * of the period, what was used, what is left, what is billed at its end so far, and by ticket.
 */
export async function renderStatementPdf(
  s: Statement,
  names: { company: string; customer: string; date: string; tickets: ReadonlyMap<string, string> },
  language: 'de' | 'en',
): Promise<Uint8Array> {
  const de = language === 'de';
  const h = (m: number) => `${formatDuration(m)} h`;
  const eur = (c: number) => displayMoney(c, language);
  const title = `${de ? 'Verbrauchsübersicht' : 'Usage statement'} ${s.period.label}`;
  const pdf = pdfA({ title, author: names.company, lang: language, date: names.date });
  const t = pdf.text;
  t.draw(forPdf(names.company), LEFT, 50, { size: 16, style: 'bold' }, { width: 300 });
  t.draw(
    `${de ? 'Datum' : 'Date'}: ${displayDate(names.date, language)}`,
    350,
    52,
    { size: 9 },
    { width: RIGHT - 350, align: 'right' },
  );
  let y = 110;
  y = t.draw(`${title} — ${forPdf(names.customer)}`, LEFT, y, { size: 14, style: 'bold' }, { width: RIGHT - LEFT }) + 6;
  y =
    t.draw(
      `${displayDate(s.period.from, language)} – ${displayDate(s.period.to, language)}`,
      LEFT,
      y,
      { size: 9, color: GREY },
      { width: RIGHT - LEFT },
    ) + 16;
  const rows: [string, string][] = [];
  if (s.quota) {
    rows.push(
      [de ? 'Kontingent' : 'Quota', h(s.quota.included)],
      [de ? 'verbraucht' : 'used', h(s.quota.used)],
      [de ? 'verbleibend' : 'remaining', h(s.quota.remaining)],
    );
    if (s.quota.overage)
      rows.push([de ? 'Überschreitung' : 'overage', `${h(s.quota.overage)} × ${eur(s.quota.overageRate)}`]);
  }
  if (s.commitment)
    rows.push(
      [de ? 'Mindestabnahme verfügbar' : 'Minimum available', h(s.commitment.available)],
      [de ? 'verbraucht' : 'used', h(s.commitment.used)],
      [de ? 'darüber hinaus' : 'beyond it', h(s.commitment.excess)],
    );
  if (s.beyondCap.minutes)
    rows.push([
      de ? 'über der Analysegrenze (4 h je Ticket)' : 'beyond the analysis cap (4 h per ticket)',
      h(s.beyondCap.minutes),
    ]);
  if (s.outsideContract.minutes)
    rows.push([de ? 'außerhalb des Vertrags' : 'outside the contract', h(s.outsideContract.minutes)]);
  if (s.payPerUse.minutes) rows.push([de ? 'nach Aufwand' : 'pay per use', h(s.payPerUse.minutes)]);
  rows.push([
    de ? 'am Periodenende berechnet (netto, bisher)' : 'billed at the end of the period (net, so far)',
    eur(s.net),
  ]);
  for (const [label, value] of rows) {
    t.draw(label, LEFT, y, BODY, { width: 330 });
    t.draw(value, 380, y, BODY, { width: RIGHT - 380, align: 'right' });
    y += 15;
  }
  if (s.byTicket.length) {
    y += 12;
    y = t.draw(de ? 'Nach Ticket' : 'By ticket', LEFT, y, { size: 11, style: 'bold' }, { width: RIGHT - LEFT }) + 4;
    for (const row of s.byTicket) {
      if (y > 760) break;
      t.draw(
        `${names.tickets.get(row.ticketId) ?? row.ticketId}  ${forPdf(row.title ?? '')}`,
        LEFT,
        y,
        { size: 9 },
        { width: 380 },
      );
      t.draw(h(row.billed), 440, y, { size: 9 }, { width: RIGHT - 440, align: 'right' });
      y += 13;
    }
  }
  return pdf.finish();
}
