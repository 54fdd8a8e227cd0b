import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shardOf, SHARD_LENGTH } from '../core/ticket/paths.js';
import { IN_SUPPORT, STATUSES, type Status } from '../core/ticket/vocabulary.js';
import { describeTicket, ticketsInShard, ticketsInSupport, type TabTicket } from './cache/tab-tickets.js';
import { fromFiles } from './cache/tab-values.js';
import { searchHelpdesk } from './helpdesk-search.js';
import { shardsIn } from './ticket-folder.js';

/**
 * The values `desk completion` offers on Tab, read from the helpdesk's files without opening it
 * as a command does (no checks, no lock, no index rebuilt, nothing written): a person pressing
 * Tab wants an answer in a blink, and a wrong guess costs nothing but a retyped word. What is
 * offered still comes from the files: ids from the folders that hold them, names from
 * desk.yaml and the customers' files.
 */
export interface Offer {
  value: string;
  description?: string;
}

/** The helpdesk's folder, found as every command finds it; undefined outside any helpdesk. */
export async function helpdeskRoot(cwd: string, repo: string | undefined, env: NodeJS.ProcessEnv) {
  try {
    const found = await searchHelpdesk(cwd, repo, env.DESK_REPO);
    return 'root' in found ? found.root : undefined;
  } catch {
    return undefined; // git could not be asked for desk.repo
  }
}

/** What desk.yaml names: staff, products with their modules, the company's time zone. */
export async function deskYaml(root: string): Promise<{ staff: Offer[]; products: Offer[]; timeZone: string }> {
  const none = { staff: [], products: [], timeZone: 'Europe/Berlin' };
  return (await fromFiles(root, ['desk.yaml'], offersOfDeskYaml)).get('desk.yaml') ?? none;
}

async function offersOfDeskYaml(text: string): Promise<{ staff: Offer[]; products: Offer[]; timeZone: string }> {
  // the YAML parser is loaded only when desk.yaml changed since the last Tab (tab-values.ts)
  const { parse } = await import('yaml');
  let config: Record<string, unknown> = {};
  try {
    config = (parse(text) as Record<string, unknown>) ?? {};
  } catch {
    // an unreadable desk.yaml offers nothing; the command itself says what is wrong with it
  }
  const list = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  const staff = list(config.staff).flatMap((s) => {
    const id = str(s.id);
    return id
      ? [
          {
            value: id,
            description: [str(s.name), ...(Array.isArray(s.roles) ? s.roles : [])].filter(Boolean).join(', '),
          },
        ]
      : [];
  });
  const products = list(config.products).flatMap((p) => {
    const id = str(p.id);
    if (!id) return [];
    const modules = Array.isArray(p.modules) ? p.modules.map(str).filter((m): m is string => Boolean(m)) : [];
    return [
      { value: id, description: str(p.name) },
      ...modules.map((m) => ({ value: `${id}/${m}`, description: str(p.name) })),
    ];
  });
  const calendar = (config.calendar ?? {}) as Record<string, unknown>;
  return { staff, products, timeZone: str(calendar.timeZone) ?? 'Europe/Berlin' };
}

/** Customers: the files of contracts/, each with the company name its first `name:` line gives. */
export async function customers(root: string): Promise<Offer[]> {
  const ids = yamlNames(join(root, 'contracts'));
  const names = await fromFiles(root, ids.map(contractFile), async (text) => {
    const line = /^name:[ \t]*.+$/m.exec(text.slice(0, 2048))?.[0];
    const { parse } = await import('yaml');
    const name = line ? (parse(line) as { name?: unknown }).name : undefined;
    return typeof name === 'string' ? name : '';
  });
  return ids.map((id) => ({ value: id, description: names.get(contractFile(id)) || undefined }));
}

const contractFile = (id: string) => `contracts/${id}.yaml`;

/** Article slugs: the Markdown files of kb/. */
export function kbSlugs(root: string): Offer[] {
  return namesIn(join(root, 'kb'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => ({ value: n.slice(0, -3) }));
}

/** Invoice and credit note numbers: the invoice files of invoices/<year>/, newest first. */
export function invoiceNumbers(root: string): Offer[] {
  return namesIn(join(root, 'invoices'))
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap((y) => yamlNames(join(root, 'invoices', y)))
    .sort()
    .reverse()
    .map((value) => ({ value }));
}

/**
 * Ticket ids for the word being typed: with no more than `T-` and one character typed, the
 * tickets still in support's hands (a person completes the id of something they work on), from
 * the cache of cache/tab-tickets.ts; once the word names a shard folder (`T-4K`), every ticket
 * there, read from its files — those in support's hands first. Title, status and customer
 * describe each, unless `described` is false (for a shell that shows no descriptions).
 */
export async function ticketOffers(root: string, word: string, described = true): Promise<Offer[]> {
  const typed = word.toUpperCase();
  const narrowed = typed.length >= 2 + SHARD_LENGTH ? shardOf(typed) : undefined;
  if (!narrowed) {
    // the cache keeps them in the order to offer them, described; it checks only those typed
    const tickets = await ticketsInSupport(root, typed, described);
    return tickets.map((t) => ({ value: t.id, description: t.description }));
  }
  const tickets = shardsIn(root).includes(narrowed) ? ticketsInShard(root, narrowed).sort(offerOrder) : [];
  return tickets
    .filter((t) => t.id.startsWith(typed))
    .map((t) => ({ value: t.id, description: describeTicket(t) || undefined }));
}

const inSupport = (s: Status | undefined) => s !== undefined && IN_SUPPORT.includes(s);
const order = (t: TabTicket) => (t.status === undefined ? STATUSES.length : STATUSES.indexOf(t.status));
/** Those in support's hands first, the longest in them first (new, open, …), then by id. */
const offerOrder = (a: TabTicket, b: TabTicket) =>
  Number(!inSupport(a.status)) - Number(!inSupport(b.status)) || order(a) - order(b) || (a.id < b.id ? -1 : 1);

function yamlNames(dir: string): string[] {
  return namesIn(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.slice(0, -5))
    .sort();
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
