import { ACTIVITIES, CATEGORIES, PRIORITIES, STATUSES } from '../../core/ticket/vocabulary.js';
import { recentPeriods } from '../../core/reports/recent-periods.js';
import * as source from '../../store/completion-values.js';
import type { ValueKind } from './kinds.js';
import type { CommandTable } from './spec.js';
import type { Candidate } from './walk.js';

/** What the shell should offer for a value: these candidates, or its own file names. */
export type Offers = Candidate[] | 'files' | 'directories';

export interface Where {
  cwd: string;
  repo?: string;
  env: NodeJS.ProcessEnv;
  /** What the build knew (completion/table.ts). */
  known: CommandTable['known'];
  /** Whether the shell shows descriptions beside the offers (bash does not: none are read for it). */
  described: boolean;
}

const plain = (values: readonly string[]): Candidate[] => values.map((value) => ({ value }));

/**
 * The values of one kind, for the word typed so far. Closed sets come from core's vocabulary;
 * everything else from the helpdesk's files (store/completion-values.ts), read only for the kind
 * asked. Outside a helpdesk, only the closed sets are offered.
 */
export async function offersFor(kind: ValueKind, word: string, where: Where): Promise<Offers> {
  switch (kind) {
    case 'file':
      return 'files';
    case 'directory':
      return 'directories';
    case 'category':
      return plain(CATEGORIES);
    case 'priority':
      return plain(PRIORITIES);
    case 'activity':
      return plain(ACTIVITIES);
    case 'level':
      return [
        { value: '1', description: 'First Level' },
        { value: '2', description: 'Second Level' },
      ];
    case 'status-list': {
      // comma-separated: complete the last one, keeping what was typed before it
      const before = word.slice(0, word.lastIndexOf(',') + 1);
      return STATUSES.map((s) => ({ value: before + s }));
    }
    case 'report':
      return where.known.report;
    case 'none':
      return [];
    default:
      break;
  }
  const root = await source.helpdeskRoot(where.cwd, where.repo, where.env);
  if (!root) return [];
  switch (kind) {
    case 'ticket':
      return source.ticketOffers(root, word, where.described);
    case 'ticket-or-staff':
      return [...(await source.ticketOffers(root, word, where.described)), ...(await source.deskYaml(root)).staff];
    case 'staff':
      return (await source.deskYaml(root)).staff;
    case 'product':
      return (await source.deskYaml(root)).products;
    case 'customer':
      return source.customers(root);
    case 'kb':
      return source.kbSlugs(root);
    case 'invoice':
      return source.invoiceNumbers(root);
    case 'template': {
      const { listTemplates } = await import('../../mail/templates.js');
      return (await listTemplates(root)).map((t) => ({ value: t.name, description: t.languages.join(', ') }));
    }
    case 'period':
    case 'year': {
      const pinned = where.env.DESK_NOW ? new Date(where.env.DESK_NOW) : new Date();
      const now = Number.isNaN(pinned.getTime()) ? new Date() : pinned;
      const periods = recentPeriods(now, (await source.deskYaml(root)).timeZone);
      return plain(kind === 'year' ? periods.filter((p) => /^\d{4}$/.test(p)) : periods);
    }
  }
}
