import { ticketIdOfFlatPath, ticketIdOfPath } from '../ticket/paths.js';

/** What a set of commits changed, the way people count it: tickets (and which are new), other files. */
export interface ChangeSummary {
  commits: number;
  tickets: string[];
  newTickets: string[];
  files: string[];
}

export function summariseChanges(commits: number, changes: readonly { status: string; path: string }[]): ChangeSummary {
  const tickets: string[] = [];
  const newTickets: string[] = [];
  const files: string[] = [];
  for (const { status, path } of changes) {
    const id = ticketIdOfPath(path) ?? ticketIdOfFlatPath(path);
    if (id && status !== 'D') {
      tickets.push(id);
      if (status === 'A') newTickets.push(id);
    } else files.push(path);
  }
  return { commits, tickets: tickets.sort(), newTickets: newTickets.sort(), files: files.sort() };
}

export const NOTHING: ChangeSummary = { commits: 0, tickets: [], newTickets: [], files: [] };
