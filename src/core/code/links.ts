import type { EventPayload } from '../ticket/events.js';
import type { TicketState } from '../ticket/projection.js';
import { mentionsIn, resolveMentions } from './mentions.js';

/** What desk records of a commit. */
export interface CommitFacts {
  hash: string;
  subject: string;
  authorName: string;
  authorEmail: string;
  date: string;
  message: string;
}

export interface CodeRepository {
  name: string;
  /** The remote URL, without credentials, where the repository has a remote. */
  url?: string;
}

export function commitLinked(c: CommitFacts, repo: CodeRepository): EventPayload<'commit-linked'> {
  return {
    type: 'commit-linked',
    hash: c.hash,
    subject: c.subject,
    author: `${c.authorName} <${c.authorEmail}>`,
    date: c.date,
    repository: repo.name,
    ...(repo.url ? { url: repo.url } : {}),
  };
}

export const isLinked = (s: TicketState, hash: string) => s.commits.some((c) => c.hash === hash);

/** The tickets a commit message names (every mention that resolves to exactly one ticket). */
export function ticketsNamedBy(message: string, ids: readonly string[]): string[] {
  return resolveMentions(mentionsIn(message), ids).tickets;
}

/**
 * Of `commits`, those whose message names ticket `id`, in the order given; and those that name it
 * only by a short form that now matches several tickets (not linked: a person has to say which).
 */
export function commitsNaming<C extends CommitFacts>(
  id: string,
  commits: readonly C[],
  ids: readonly string[],
): { naming: C[]; ambiguous: C[] } {
  const naming: C[] = [];
  const ambiguous: C[] = [];
  for (const c of commits) {
    const check = resolveMentions(mentionsIn(c.message), ids);
    if (check.tickets.includes(id)) naming.push(c);
    else if (check.ambiguous.some((a) => a.matches.includes(id))) ambiguous.push(c);
  }
  return { naming, ambiguous };
}
