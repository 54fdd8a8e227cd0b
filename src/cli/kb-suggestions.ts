import { openKbIndex } from '../kb/index-store.js';
import { t } from '../i18n/index.js';
import type { SearchHit } from '../kb/search-index.js';
import type { TicketState } from '../core/ticket/projection.js';
import { print } from './output.js';
import { paint } from '../render/terminal/style.js';
import { progressBar } from './progress.js';
import { forTerminalLine as line } from '../core/safe-text/index.js';

/** What a suggestion is looked up by: the ticket's title, and its description beside it. */
export interface TicketText {
  title: string;
  description?: string;
}

/**
 * The three articles that best match a ticket's text, so First Level sees them before it
 * escalates. The title is the query and the description its context, which counts less: the
 * title names the problem, the description adds circumstances many problems share ("seit dem
 * Update"). A knowledge base that cannot be searched never stops the ticket command.
 */
export async function suggestArticles(root: string, ticket: TicketText, product?: string): Promise<SearchHit[]> {
  try {
    // the first command in a fresh clone builds the index: a terminal shows how far it is
    const kb = await openKbIndex({ repoRoot: root, progress: progressBar(t('kb.indexing')) });
    const outcome = kb.search(ticket.title, { limit: 3, product, context: ticket.description ?? '' });
    return outcome.kind === 'results' ? outcome.hits : [];
  } catch {
    return []; // e.g. an index found damaged: it is removed, and the next command rebuilds it
  }
}

export function describeSuggestions(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return '';
  return [
    paint.bold(t('kb.suggestions')),
    ...hits.map((h) => `  ${paint.cyan(h.slug)}  ${line(h.title)}`),
    paint.dim(`  ${t('kb.suggestionsHint')}`),
  ].join('\n');
}

/** Matched words in a snippet, marked for the terminal. */
export function highlight(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += line(text.slice(at, start)) + paint.bold.yellow(line(text.slice(start, end)));
    at = end;
  }
  return out + line(text.slice(at));
}

/** After open and qualify: the articles that may solve the ticket, on the terminal. */
export async function printSuggestions(root: string, s: TicketState): Promise<void> {
  const text = describeSuggestions(
    await suggestArticles(root, { title: s.title, description: s.description }, s.product),
  );
  if (text) await print(text);
}
