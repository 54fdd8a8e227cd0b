import { usage } from '../../core/errors.js';
import { STATUSES } from '../../core/ticket/vocabulary.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { markSnippet } from '../../kb/snippet.js';
import { openHelpdesk } from '../context.js';
import { print, printJson } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { ticketFilter, type FilterFlags } from './list.js';

type SearchRow = { id: string; status: string; customer: string };

export interface SearchFlags extends FilterFlags {
  limit?: string;
  json?: boolean;
}

/** The list filters that narrow a search; without any, every ticket is searched and no summary is read. */
const FILTERS = ['status', 'level', 'customer', 'assignee', 'category', 'product', 'mine', 'tag'] as const;

/**
 * `desk search QUERY`: tickets by their words (title, description, messages, comments,
 * solutions), German and English as in the knowledge base, ranked, with the passage that matched.
 * The filters are `desk list`'s; without --status every ticket is searched, closed ones included.
 */
export async function search(words: string[], o: SearchFlags): Promise<void> {
  const query = words.join(' ').trim();
  if (!query) throw usage('missing QUERY', 'desk search "Export Datum ungültig"');
  const limit = o.limit === undefined ? 10 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw usage(`--limit: "${o.limit}" is not a whole number above 0`);
  const hd = await openHelpdesk(o);
  let allowed: ((hit: SearchRow) => boolean) | undefined;
  if (FILTERS.some((f) => o[f] !== undefined)) {
    const { statuses, matches } = await ticketFilter(hd, { ...o, all: o.status === undefined ? true : o.all });
    if (FILTERS.every((f) => f === 'status' || f === 'customer' || o[f] === undefined)) {
      // the search index holds each ticket's status and customer: no summary needs reading
      const wanted = new Set<string>(statuses);
      allowed = (h) => wanted.has(h.status) && (!o.customer || h.customer === o.customer);
    } else {
      const { summaries } = await hd.tickets.summaries(o.status === undefined ? STATUSES : statuses);
      const ids = new Set(summaries.filter(matches).map((s) => s.id));
      allowed = (h) => ids.has(h.id);
    }
  }
  const { hits, total } = await hd.tickets.search(query, allowed, limit);
  const short = await hd.tickets.shortIds(hits.map((h) => h.id));
  if (o.json) {
    await printJson({
      query,
      total,
      hits: hits.map((h) => ({
        id: h.id,
        short: short.get(h.id) ?? h.id,
        score: h.score,
        title: h.title,
        status: h.status,
        customer: h.customer,
        field: h.field,
        snippet: h.snippet.text,
        highlights: h.snippet.highlights,
      })),
    });
    return;
  }
  if (hits.length === 0) {
    await print(`No ticket matches "${line(query)}".`);
    return;
  }
  const lines = hits.flatMap((h) => [
    `${paint.bold(short.get(h.id) ?? h.id)}  ${line(h.title)}  ${paint.dim(`${h.status}, ${h.customer}`)}`,
    `    ${line(markSnippet(h.snippet, '«', '»'))}`,
  ]);
  await print(
    `${lines.join('\n')}\n\n${total > hits.length ? `${hits.length} of ${total} tickets (--limit for more)` : `${total} ticket${total === 1 ? '' : 's'}`}`,
  );
}
