import { onlyMailRecorded } from '../dunning/record-file.js';
import { parseYamlText } from '../files/yaml-text.js';
import type { DeskConfig, StaffMember } from '../schema/config.js';
import { MAIL_ACTOR } from '../ticket/vocabulary.js';
import { may } from './authorize.js';
import { EVENT_PERMISSION, PERMISSIONS, type Permission } from './table.js';
import { text, type Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';

/**
 * The history judged by the permission table: for every commit (merges aside), what it changed
 * and who made it, against the desk.yaml of its parent — the table in force when it was made.
 * It catches what desk itself never does: files edited by hand, commits made with `--author`,
 * history from an older desk. Pure: the store reads git and hands the texts in.
 */
export interface Person {
  name: string;
  email: string;
}

export interface HistoryCommit {
  hash: string;
  author: Person;
  committer: Person;
  /** The values of the commit's Entered-by trailers (`Name <email>`). */
  enteredBy: readonly string[];
  changes: readonly FileChangeText[];
}

/** One changed file: its text before (undefined: added) and after (undefined: deleted). */
export interface FileChangeText {
  path: string;
  before?: string;
  after?: string;
}

export interface HistoryProblem {
  commit: string;
  author: string;
  /** The rule broken, in English (as --json and logs keep it). */
  rule: string;
  /** The same as a text of the catalog, for the reader's language. */
  said?: Text;
  file?: string;
}

/** A broken rule: the English for --json, the text for the terminal. */
const broken = (said: Text) => ({ rule: renderIn('en', said.key, said.values), said });

type Config = Pick<DeskConfig, 'staff' | 'permissions'> & {
  signing?: DeskConfig['signing'];
  mail?: { address?: string };
  company?: { email?: string };
};

const TICKET = /^tickets\/(?:[^/]+\/)*(T-[0-9A-Z]+)\.yaml$/;
const CUSTOMER = /^contracts\/[^/]+\.yaml$/;
const ARTICLE = /^kb\/[^/]+\.md$/;
const INVOICE_RECORD = /^invoices\/\d{4}\/[^/]+\.yaml$/;

export const personText = (p: Person) => `${p.name} <${p.email}>`;

/** What the commit did that the table governs, each with the permission it takes. */
function needs(commit: HistoryCommit, signersFile: string): { permission: Permission; file: string; events?: Ev[] }[] {
  const out: { permission: Permission; file: string; events?: Ev[] }[] = [];
  for (const change of pairMovedTickets(commit.changes)) {
    const { path } = change;
    if (path === 'desk.yaml' || path === signersFile) out.push({ permission: 'config.change', file: path });
    else if (TICKET.test(path)) {
      const added = newEvents(change);
      // an edit that adds no event (or one that cannot be read) is work on the ticket all the same
      if (added === undefined || added.length === 0) out.push({ permission: 'ticket.work', file: path });
      // a merge copies the duplicate's events as they were (by their own people); it is judged by its `merged` event
      const merge = added?.find((e) => e.type === 'merged');
      for (const e of merge ? [merge] : (added ?? []))
        out.push({
          // what a mail brought in is recorded as the mailbox's, whoever fetched it
          permission: e.by === MAIL_ACTOR ? 'mail.take-in' : (EVENT_PERMISSION[e.type] ?? 'ticket.work'),
          file: path,
          events: [e],
        });
    } else if (CUSTOMER.test(path)) {
      for (const permission of customerChange(change)) out.push({ permission, file: path });
    } else if (ARTICLE.test(path)) out.push({ permission: 'kb.edit', file: path });
    else if (path.startsWith('invoices/'))
      out.push({
        permission:
          INVOICE_RECORD.test(path) && /^type: credit-note$/m.test(change.after ?? '') && !change.before
            ? 'invoice.cancel'
            : 'invoice.issue',
        file: path,
      });
    else if (path.startsWith('payments/')) out.push({ permission: 'payment.record', file: path });
    else if (path.startsWith('dunning/'))
      out.push({
        // a letter's mail recorded as sent or failed is the outbox's work: desk mail send asks for ticket.work
        permission:
          change.before !== undefined && change.after !== undefined && onlyMailRecorded(change.before, change.after)
            ? 'ticket.work'
            : 'dunning.run',
        file: path,
      });
    else if (path.startsWith('notifications/')) out.push({ permission: 'notify.send', file: path });
    else if (path.startsWith('announcements/')) out.push({ permission: 'announce.send', file: path });
    else if (path.startsWith('feedback-requests/')) out.push({ permission: 'ticket.work', file: path });
    else if (path.startsWith('staff-mail/')) out.push({ permission: 'report.mail', file: path });
    else if (path.startsWith('surveys/'))
      // an answer taken in by desk mail fetch is intake's work; everything else is the survey's
      out.push({
        permission:
          change.before !== undefined && change.after !== undefined && onlyAnswers(change.before, change.after)
            ? 'mail.take-in'
            : 'survey.send',
        file: path,
      });
    else if (path.startsWith('usage-statements/')) out.push({ permission: 'usage.send', file: path });
    else if (path.startsWith('templates/')) out.push({ permission: 'kb.edit', file: path });
    else if (path === '.gitattributes' || path === '.gitignore') out.push({ permission: 'helpdesk.sync', file: path });
  }
  return out;
}

interface Ev {
  id: string;
  type: keyof typeof EVENT_PERMISSION;
  by?: string;
  enteredBy?: string;
}

/** The events a ticket file gained; undefined when a side is not readable as a ticket. */
function newEvents(change: FileChangeText): Ev[] | undefined {
  const after = change.after === undefined ? [] : eventsOf(change.after);
  const before = change.before === undefined ? [] : eventsOf(change.before);
  if (!after || !before) return undefined;
  const known = new Set(before.map((e) => e.id));
  return after.filter((e) => !known.has(e.id));
}

function eventsOf(text: string): Ev[] | undefined {
  const yaml = parseYamlText('', text);
  if (!yaml.ok) return undefined;
  const events = (yaml.value as { events?: unknown })?.events;
  if (!Array.isArray(events)) return undefined;
  return events.filter((e): e is Ev => typeof e === 'object' && e !== null && typeof (e as Ev).id === 'string');
}

/** Events a ticket file lost or that changed: events are never rewritten or removed. */
function rewrittenEvents(change: FileChangeText): string[] {
  if (change.before === undefined) return [];
  const before = eventsOf(change.before);
  const after = change.after === undefined ? [] : eventsOf(change.after);
  if (!before || !after) return [];
  const now = new Map(after.map((e) => [e.id, JSON.stringify(e)]));
  return before.filter((e) => now.get(e.id) !== JSON.stringify(e)).map((e) => e.id);
}

/** A ticket file moved (a new layout of the folder): one change from its old text to its new. */
function pairMovedTickets(changes: readonly FileChangeText[]): FileChangeText[] {
  const gone = new Map<string, FileChangeText>();
  for (const c of changes) {
    const id = TICKET.exec(c.path)?.[1];
    if (id && c.after === undefined) gone.set(id, c);
  }
  const paired = new Set<FileChangeText>();
  const out: FileChangeText[] = [];
  for (const c of changes) {
    const id = TICKET.exec(c.path)?.[1];
    const old = id && c.before === undefined ? gone.get(id) : undefined;
    if (old) {
      paired.add(old);
      out.push({ path: c.path, before: old.before, after: c.after });
    } else out.push(c);
  }
  return out.filter((c) => !paired.has(c));
}

/** A customer file's change: its contracts, its other data, or both. */
function customerChange(change: FileChangeText): Permission[] {
  const read = (text: string | undefined) => {
    if (text === undefined) return { contracts: '[]', rest: '' };
    const yaml = parseYamlText('', text);
    if (!yaml.ok) return { contracts: text, rest: text };
    const { contracts, ...rest } = (yaml.value ?? {}) as Record<string, unknown>;
    return { contracts: JSON.stringify(contracts ?? []), rest: JSON.stringify(rest) };
  };
  const [a, b] = [read(change.before), read(change.after)];
  const out: Permission[] = [];
  // desk announce marking an address that bounced is the announcement's work, not a change of master data
  if (a.rest !== b.rest)
    out.push(
      withoutBounces(a.rest) === withoutBounces(b.rest)
        ? 'announce.send'
        : withoutReviews(a.rest) === withoutReviews(b.rest)
          ? 'customer.review'
          : 'customer.change',
    );
  if (a.contracts !== b.contracts) out.push('contract.change');
  return out;
}

function withoutBounces(rest: string): string {
  try {
    const value = JSON.parse(rest) as { contacts?: Record<string, unknown>[] };
    if (Array.isArray(value.contacts)) value.contacts = value.contacts.map(({ bounced: _, ...c }) => c);
    return JSON.stringify(value);
  } catch {
    return rest;
  }
}

function withoutReviews(rest: string): string {
  try {
    const { reviews: _, ...value } = JSON.parse(rest) as Record<string, unknown>;
    return JSON.stringify(value);
  } catch {
    return rest;
  }
}

const byEmail = (config: Config, email: string) =>
  config.staff.find((s) => s.email.toLowerCase() === email.toLowerCase());

/**
 * The helpdesk's own mailbox as the author of what a scheduled `desk mail fetch` or `mail send`
 * commits (no person runs it): it may take in mail and record what it sent, nothing else.
 */
function mailboxOf(config: Config, email: string): StaffMember | undefined {
  const address = config.mail?.address ?? config.company?.email;
  if (!address || address.toLowerCase() !== email.toLowerCase()) return undefined;
  return { id: MAIL_ACTOR, name: 'the mailbox', email: address, roles: [] };
}
const MAILBOX_MAY: readonly Permission[] = ['mail.take-in', 'ticket.work'];
const allowed = (config: Config, member: StaffMember, permission: Permission) =>
  member.id === MAIL_ACTOR ? MAILBOX_MAY.includes(permission) : may(config, member, permission);
const emailIn = (text: string) => /<([^<>]+)>\s*$/.exec(text)?.[1] ?? text.trim();

/**
 * The rules a commit breaks, judged by `config`, the desk.yaml of its parent. Each problem says
 * which rule, in words a manager reads (docs/roles.md#history).
 */
export function commitProblems(
  commit: HistoryCommit,
  config: Config,
  signersFile = 'allowed_signers',
): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const author = personText(commit.author);
  const add = (said: Text, file?: string) =>
    problems.push({ commit: commit.hash, author, ...broken(said), ...(file && { file }) });
  const wanted = needs(commit, signersFile);
  // a ticket moved into the folders by id (desk upgrade, a sync settling an older clone's) keeps its events
  for (const change of pairMovedTickets(commit.changes))
    if (TICKET.test(change.path))
      for (const id of rewrittenEvents(change)) add(text('history.rewrites', { id }), change.path);
  if (wanted.length === 0) return problems;

  const actor = byEmail(config, commit.author.email) ?? mailboxOf(config, commit.author.email);
  if (!actor) {
    add(text('history.notStaff', { author, files: [...new Set(wanted.map((w) => w.file))].slice(0, 3).join(', ') }));
    return problems;
  }
  const entered = commit.enteredBy.map((t) => ({ text: t, member: byEmail(config, emailIn(t)) }));
  const keyboard = entered[0]?.member;
  for (const e of entered) if (!e.member) add(text('history.enteredByStranger', { who: e.text }));
  if (keyboard && keyboard.id !== actor.id && !may(config, keyboard, 'act-for-others'))
    add(text('history.enteredWithout', { name: keyboard.name, id: keyboard.id, actor: actor.id }));

  const seen = new Set<string>();
  for (const w of wanted) {
    const key = `${w.permission}\0${w.file}`;
    if (!seen.has(key) && !allowed(config, actor, w.permission)) {
      seen.add(key);
      add(
        text('history.mayNot', {
          name: actor.name,
          roles: actor.roles.join(', '),
          what: text(`permissionWhat.${w.permission}`),
          permission: w.permission,
        }),
        w.file,
      );
    }
    if (keyboard && keyboard.id !== actor.id && !PERMISSIONS[w.permission].forOthers && !seen.has(`${key}\0others`)) {
      seen.add(`${key}\0others`);
      add(text('history.inPerson', { permission: w.permission, keyboard: keyboard.id, actor: actor.id }), w.file);
    }
    for (const e of w.events ?? []) {
      if (e.by !== actor.id && e.by !== MAIL_ACTOR)
        add(text('history.eventBy', { id: e.id, by: String(e.by), actor: actor.id }), w.file);
      if (e.enteredBy !== undefined && e.enteredBy !== keyboard?.id)
        add(text('history.eventEntered', { id: e.id, by: e.enteredBy }), w.file);
    }
  }

  const committer = byEmail(config, commit.committer.email);
  if (committer && committer.id !== actor.id && committer.id !== keyboard?.id)
    add(text('history.committedFor', { name: committer.name, id: committer.id, actor: actor.id }));
  return problems;
}

/** Whether commits whose parent has this desk.yaml must be signed. */
export const signingRequired = (config: Config | undefined) => Boolean(config?.signing?.required);

/** What a signature check of one commit found (git's %G? and the signer it names). */
export interface SignatureCheck {
  status: string;
  signer: string;
}

/** The rules a commit's signature breaks, when its parent's desk.yaml requires signing. */
export function signatureProblems(
  commit: Pick<HistoryCommit, 'hash' | 'author' | 'committer'>,
  check: SignatureCheck,
): HistoryProblem[] {
  const author = personText(commit.author);
  const problem = (said: Text) => [{ commit: commit.hash, author, ...broken(said) }];
  switch (check.status) {
    case 'G':
      break;
    case 'N':
      return problem(text('history.unsigned'));
    case 'B':
      return problem(text('history.badSignature'));
    case 'U':
    case 'E':
      return problem(text('history.unknownSigner', { signer: check.signer ? ` (${check.signer})` : '' }));
    case 'X':
    case 'Y':
      return problem(text('history.expired'));
    case 'R':
      return problem(text('history.revoked'));
    default:
      return problem(text('history.uncheckable', { status: check.status }));
  }
  const signer = emailIn(check.signer);
  if (signer.toLowerCase() !== commit.committer.email.toLowerCase())
    return problem(text('history.otherSigner', { signer: check.signer, committer: personText(commit.committer) }));
  return [];
}

/** The two versions of a survey record differ only in recipients' answers. */
function onlyAnswers(before: string, after: string): boolean {
  const strip = (text: string) => {
    const yaml = parseYamlText('', text);
    if (!yaml.ok) return text;
    const v = (yaml.value ?? {}) as { recipients?: Record<string, unknown>[] };
    return JSON.stringify({ ...v, recipients: (v.recipients ?? []).map(({ answer: _, ...r }) => r) });
  };
  return before !== after && strip(before) === strip(after);
}
