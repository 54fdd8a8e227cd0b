import type { TicketRecord } from '../../core/ticket/ticket-record.js';
import type { Lang } from '../../kb/langs.js';

const HEADINGS: Record<Lang, { problem: string; analysis: string; solution: string; source: string }> = {
  de: { problem: 'Problem', analysis: 'Analyse (Second Level)', solution: 'Lösung', source: 'Quelle' },
  en: { problem: 'Problem', analysis: 'Analysis (Second Level)', solution: 'Solution', source: 'Source' },
};

/**
 * An article drafted from a ticket: the problem as the customer described it, Second Level's
 * notes (comments and analysis time notes), the solution, and product and category as tags.
 */
export function draftFromTicket(
  ticket: TicketRecord,
  lang: Lang,
  isSecondLevel: (staff: string) => boolean,
): { body: string; tags: string[]; products: string[] } {
  const s = ticket.state;
  const h = HEADINGS[lang];
  const notes = ticket.events.flatMap((e) => {
    if (!isSecondLevel(e.by)) return [];
    if (e.type === 'comment') return [e.text];
    if (e.type === 'time-logged' && e.activity === 'analysis' && e.note) return [e.note];
    return [];
  });
  const body = [
    '',
    `## ${h.problem}`,
    '',
    s.title,
    ...(s.description ? ['', s.description] : []),
    ...(notes.length ? ['', `## ${h.analysis}`, '', ...notes.map((n) => `- ${n}`)] : []),
    '',
    `## ${h.solution}`,
    '',
    s.solution ?? (lang === 'de' ? '(noch offen)' : '(not solved yet)'),
    '',
    `_${h.source}: ${s.id}_`,
    '',
  ].join('\n');
  const products = s.product ? [s.module ? `${s.product}/${s.module}` : s.product] : [];
  return { body, tags: s.category ? [s.category] : [], products };
}

/** A slug from a title: lower case, German letters spelled out, words joined by dashes. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
