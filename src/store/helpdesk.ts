import { randomBytes } from 'node:crypto';
import { text } from '../i18n/keys.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import { newEventId } from '../core/ids.js';
import type { HolidayMemory } from '../core/calendar/index.js';
import type { DeskConfig, StaffMember } from '../core/schema/config.js';
import type { Customer } from '../core/schema/customer.js';
import type { EventPayload, TicketEvent } from '../core/ticket/events.js';
import { serialiseTicket, type TicketRecord } from '../core/ticket/ticket-record.js';
import { toZonedIso } from '../core/time.js';
import { commitMessage } from '../core/safe-text/index.js';
import { ENTERED_BY } from '../core/permissions/index.js';
import type { HistoryProblem } from '../core/permissions/history.js';
import { atKeyboard, identities, type Identities } from './identity.js';
import { requireSigningKey } from './signing.js';
import {
  keepSilenceWatch,
  readSilenceWatch,
  silenceRulesKey,
  ticketsChangedBetween,
  type SilenceWatch,
} from './cache/silence-watch.js';
import { headCommit } from './cache/git-changes.js';
import type { Problem } from '../core/files/yaml-text.js';
import type { ReportReads } from '../core/reports/reads.js';
import type { IsoDate } from '../core/billing/types.js';
import type { CustomerTime } from '../core/billing/from-tickets.js';
import type { InvoiceRecord } from '../core/invoice/types.js';
import type { Status } from '../core/ticket/vocabulary.js';
import type { Article } from '../kb/article.js';
import { customerFile, listCustomerIds, loadCustomers, readCustomer } from './customers.js';
import { Git, type Author } from './git.js';
import { withLock } from './lock.js';
import {
  billingTickets,
  billingSinceFingerprints,
  billingSinceTickets,
  listTicketIds,
  readTicket,
  resolveTicketId,
  shortIdOf,
  shortIdsOf,
  ticketFile,
  ticketsIn,
  ticketsInSince,
  ticketsWithEntry,
  ticketSummaries,
} from './tickets.js';
import type { TicketSummary } from './cache/ticket-rows.js';
import type { SlaSource } from './sla.js';
import type { ReportSource } from './report-source.js';
import type { SyncOptions, SyncResult } from './sync.js';
import type { UpgradeResult } from './layout.js';
import { commitChange, recoverUnderLock, type FileChange } from './transaction.js';
import { openChecked, type OpenOptions } from './open-checks.js';
import { holidayCache } from './holiday-cache.js';
import { refuseWhatCheckRejects } from './commit-checks.js';
import { keepTicket } from './ticket-copies.js';

export type { FileChange } from './transaction.js';

/**
 * A write keeps the tickets it committed as validated copies when they are this few. A copy saves
 * the next command loading the validator (about 40 ms) and costs a file write (about 1 ms); one
 * ticket parses in well under a millisecond once the validator is loaded, so for a commit of
 * hundreds (a close by silence) the copies would cost more than they save.
 */
const KEEP_COPIES_UP_TO = 8;
export { attachmentDir, ticketFile } from '../core/ticket/paths.js';
export { listenToCaches } from './cache/cache-events.js';
export { bankPaymentId, newPaymentId } from './payment-ids.js';
export type { TicketSummary } from './cache/ticket-rows.js';
export type { SyncResult } from './sync.js';

/**
 * An opened helpdesk repository: the one object commands talk to. Its configuration and clock,
 * and what it holds — tickets, customers and their contracts, invoices, the knowledge base —
 * each read through the part of the store that owns it (docs/architecture.md); every change
 * goes through `change`, one commit under the clone's lock. Parts that load large modules
 * (reports, the knowledge base, sync) load them when first asked, so a small command stays
 * small.
 */
export class Helpdesk {
  readonly deskDir: string;
  readonly git: Git;

  private constructor(
    readonly root: string,
    readonly config: DeskConfig,
    readonly clock: () => Date,
  ) {
    this.deskDir = join(root, '.desk');
    this.git = new Git(root);
  }

  static async open(opts: OpenOptions): Promise<Helpdesk> {
    const { root, config, clock } = await openChecked(opts);
    return new Helpdesk(root, config, clock);
  }

  private holidayMemory?: HolidayMemory;
  /** Public holidays computed by earlier commands, for building calendars. */
  get holidays(): HolidayMemory {
    return (this.holidayMemory ??= holidayCache(this.deskDir));
  }

  get timeZone(): string {
    return this.config.calendar.timeZone;
  }

  now(): Date {
    return this.clock();
  }

  staffMember(id: string): StaffMember | undefined {
    return this.config.staff.find((s) => s.id === id);
  }

  /** A staff id given by a person: refused with the known ids when it is not one. */
  requireStaff(id: string, flag: string): StaffMember {
    const member = this.staffMember(id);
    if (!member)
      throw usage(
        text('errors.unknownStaff', { flag, id }),
        text('errors.knownStaff', { ids: this.config.staff.map((s) => s.id).join(', ') }),
      );
    return member;
  }

  private who?: Identities;

  /**
   * Who acts, who is at the keyboard, who commits (store/identity.ts); what `change` and `stamp`
   * then record. Commands that change something call it through cli/context.ts, which checks
   * the permission table.
   */
  async act(as: string | undefined, env: NodeJS.ProcessEnv): Promise<Identities> {
    return (this.who = await identities(this.config.staff, this.git, as, env));
  }

  /** The person reading what desk prints, for their language: git's user.email, then DESK_USER. */
  atKeyboard(env: NodeJS.ProcessEnv): Promise<StaffMember | undefined> {
    return atKeyboard(this.config.staff, this.git, env);
  }

  /** Who is acting: `--as`, then DESK_USER, then git's user.email matched against desk.yaml staff. */
  async identify(as: string | undefined, env: NodeJS.ProcessEnv): Promise<StaffMember> {
    return (await identities(this.config.staff, this.git, as, env)).actor;
  }

  /** Who commits (and replays commits in a sync): git's own identity (undefined), or the person desk was told. */
  get committer(): Author | undefined {
    return this.who?.committer;
  }

  /** The person at the keyboard when they enter for `actor` what `actor` did, else undefined. */
  private enteringFor(actor: StaffMember): StaffMember | undefined {
    const keyboard = this.who?.keyboard;
    return keyboard && keyboard.id !== actor.id ? keyboard : undefined;
  }

  customer(id: string): Promise<Customer> {
    return readCustomer(this.root, id);
  }

  resolveTicket(ref: string): Promise<string> {
    return resolveTicketId(this.root, ref);
  }

  readTicket(id: string): Promise<TicketRecord> {
    return readTicket(this.root, id);
  }

  /** The tickets: ids and their short forms, one ticket's file, and what lists and billing read of many (through the ticket index). */
  readonly tickets = {
    /** Every ticket id, sorted. */
    ids: (): Promise<string[]> => listTicketIds(this.root),
    resolve: (ref: string): Promise<string> => resolveTicketId(this.root, ref),
    read: (id: string): Promise<TicketRecord> => readTicket(this.root, id),
    shortId: (id: string): Promise<string> => shortIdOf(this.root, id),
    shortIds: (ids: readonly string[]): Promise<Map<string, string>> => shortIdsOf(this.root, ids),
    /** What lists show of the tickets in `statuses`, and the files that did not parse. */
    summaries: (statuses: readonly Status[]): Promise<{ summaries: TicketSummary[]; problems: Problem[] }> =>
      ticketSummaries(this.root, statuses),
    /** The whole records of the tickets in `statuses`. */
    inStatus: (statuses: readonly Status[]): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> =>
      ticketsIn(this.root, statuses),
    /** The whole records of the tickets in `statuses` whose latest event is at or after `since`. */
    changedSince: (
      statuses: readonly Status[],
      since: Date,
    ): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> => ticketsInSince(this.root, statuses, since),
    /** The tickets with a time entry whose id is or starts with `ref`. */
    withEntry: (ref: string): Promise<string[]> => ticketsWithEntry(this.root, ref),
    /** The tickets matching the words of `query`, best first (ticket-search.ts). */
    search: async (
      query: string,
      allowed: ((hit: { id: string; status: string; customer: string }) => boolean) | undefined,
      limit: number,
    ) => (await import('./ticket-search.js')).searchTickets(this.root, query, allowed, limit),
    /** What billing reads of the tickets of `customers` (every customer when undefined). */
    billing: (customers?: readonly string[]): Promise<{ byCustomer: Map<string, CustomerTime>; problems: Problem[] }> =>
      billingTickets(this.root, customers),
    /** The same for the customers in `since`, of the tickets whose span reaches the customer's day (a current period). */
    billingSince: (
      since: ReadonlyMap<string, IsoDate>,
    ): Promise<{ byCustomer: Map<string, CustomerTime>; problems: Problem[] }> => billingSinceTickets(this.root, since),
    /** Per customer in `since`, a fingerprint of what billingSince reads for it; undefined without the ticket index. */
    billingSinceFingerprints: (since: ReadonlyMap<string, IsoDate>): Promise<Map<string, string> | undefined> =>
      billingSinceFingerprints(this.root, since),
  };

  /** What the last look at every resolved ticket found, and what changed since (cache/silence-watch.ts). */
  readonly silenceWatch = {
    read: (rules: object): SilenceWatch | undefined => readSilenceWatch(this.deskDir, silenceRulesKey(rules)),
    keep: (rules: object, watch: SilenceWatch): Promise<void> =>
      keepSilenceWatch(this.deskDir, silenceRulesKey(rules), watch),
    head: (): Promise<string | undefined> => headCommit(this.root),
    ticketsChangedBetween: (from: string, to: string): Promise<string[] | undefined> =>
      ticketsChangedBetween(this.root, from, to),
  };

  /** Customers and their contracts (contracts/<id>.yaml). */
  readonly customers = {
    ids: (): Promise<string[]> => listCustomerIds(this.root),
    read: (id: string): Promise<Customer> => readCustomer(this.root, id),
    all: (): Promise<{ customers: Map<string, Customer>; problems: Problem[] }> => loadCustomers(this.root),
    file: (id: string): string => customerFile(id),
    exists: (id: string): boolean => existsSync(join(this.root, customerFile(id))),
    /** The change that records a review meeting in the customer's file (the YAML edited in place). */
    addReview: async (id: string, review: { date: string; by: string; notes: string }): Promise<FileChange> =>
      (await import('./customer-file.js')).addReviewToFile(this.root, id, review),
  };

  /** Issued invoices (invoices/<year>/). */
  readonly invoices = {
    all: async (): Promise<{ records: InvoiceRecord[]; problems: Problem[] }> =>
      (await import('./invoices.js')).loadInvoices(this.root),
    /** The last day of the latest period settled for `customer`: time up to it is invoiced. */
    closedUntil: async (customer: string): Promise<IsoDate | undefined> =>
      (await import('./invoices.js')).closedUntilFor(this.root, customer),
  };

  /** Payments received (payments/<year>/). */
  readonly payments = {
    all: async () => (await import('./payments.js')).loadPayments(this.root),
  };

  /** Payment reminders written (dunning/<year>/). */
  readonly dunning = {
    letters: async () => (await import('./dunning.js')).loadLetters(this.root),
  };

  /** Announcements sent to customers (announcements/<year>/). */
  readonly announcements = {
    all: async () => (await import('./announcements.js')).loadAnnouncements(this.root),
  };

  /** Surveys sent to customers' contacts, with their answers (surveys/<year>/). */
  readonly surveys = {
    all: async () => (await import('./announcements.js')).loadSurveys(this.root),
  };

  /** Feedback requests sent after tickets closed (feedback-requests/<year>/). */
  readonly feedbackRequests = {
    all: async () => (await import('./feedback-requests.js')).loadFeedbackRequests(this.root),
  };

  /** The knowledge base (kb/<slug>.md). */
  readonly kb = {
    all: async (): Promise<{ articles: Article[]; problems: Problem[] }> =>
      (await import('./kb-articles.js')).loadArticles(this.root),
    read: async (slug: string): Promise<Article> => (await import('./kb-articles.js')).readArticle(this.root, slug),
    file: (slug: string): string => `kb/${slug}.md`,
    exists: (slug: string): boolean => existsSync(join(this.root, `kb/${slug}.md`)),
    text: (slug: string): Promise<string> => readFile(join(this.root, `kb/${slug}.md`), 'utf8'),
    /** Writes the help center's files to `out` (outside the helpdesk), with the images its articles show. */
    publish: async (out: string, site: Parameters<typeof import('./help-center-files.js').writeSite>[2]) =>
      (await import('./help-center-files.js')).writeSite(this.root, out, site),
  };

  /** What reaction times need: the calendar and the contracts of every customer, or of one. */
  async sla(customerId?: string): Promise<SlaSource> {
    const sla = await import('./sla.js');
    return customerId === undefined ? sla.loadSlaSource(this) : sla.loadSlaSourceFor(this, customerId);
  }

  /** What a report reads, as core/reports/reads.ts says (report-source.ts). */
  async reportSource(reads: ReportReads): Promise<ReportSource> {
    const source = await import('./report-source.js');
    return reads.kind === 'billable'
      ? source.loadBillableSource(this, reads.at, reads.lookBack)
      : source.loadScopedSource(this, reads.scopeOf);
  }

  /** Every problem in the helpdesk's files (`desk check`). */
  async check(): Promise<Problem[]> {
    return (await import('./check.js')).checkHelpdesk(this.root);
  }

  /** The commits after `since` up to `to`, judged by the permission table and the signing rule (history.ts). */
  async audit(range: { to: string; since: string }): Promise<HistoryProblem[]> {
    return (await import('./history.js')).historyProblems(this.root, { ...range, keep: false });
  }

  /** `desk sync`: the team's changes in, this clone's out (sync.ts). */
  async sync(opts: SyncOptions): Promise<SyncResult> {
    return (await import('./sync.js')).syncClone(this.root, this.deskDir, this.git, opts);
  }

  /** `desk upgrade`: the files of an older layout moved into the current one (layout.ts). */
  async upgrade(actor: StaffMember): Promise<UpgradeResult> {
    return (await import('./layout.js')).upgradeHelpdesk(this.root, this.deskDir, this.git, {
      name: actor.name,
      email: actor.email,
    });
  }

  /**
   * Runs `fn` holding the clone's write lock, then commits what it returns as one commit. The
   * message (the subject) usually quotes outside text (a title, a reason): it is made one safe
   * line here, the one place every change passes, so no command can forge a body or trailer or
   * hide a control in `git log`. A body desk composes itself comes as lines of its own.
   */
  async change(
    actor: StaffMember,
    fn: () => Promise<{ files: FileChange[]; message: string; body?: string[] }>,
  ): Promise<string> {
    if (this.config.signing.required) await requireSigningKey(this.git);
    return withLock(this.deskDir, async () => {
      // a writer that died since this command opened the helpdesk (a reader does not wait for one)
      await recoverUnderLock(this.root, this.deskDir, this.git);
      const { files, message, body } = await fn();
      const tickets = await refuseWhatCheckRejects(this.config, files);
      const entered = this.enteringFor(actor);
      const commit = await commitChange(this.root, this.deskDir, this.git, {
        files,
        message: commitMessage(message, {
          body,
          trailers: entered ? [{ key: ENTERED_BY, value: `${entered.name} <${entered.email}>` }] : [],
        }),
        author: { name: actor.name, email: actor.email },
        sign: this.config.signing.required,
        // without act() (a hook that found the person by the commit's e-mail) the actor commits, as before
        committer: this.who ? this.who.committer : { name: actor.name, email: actor.email },
      });
      // read the way the next command would read them: it needs no validator for what desk wrote
      if (tickets.length <= KEEP_COPIES_UP_TO)
        for (const { record, text } of tickets) await keepTicket(this.root, record, text);
      return commit;
    });
  }

  /**
   * A new event with a fresh id, the actor, and this instant in the company's time zone — or a
   * millisecond after the ticket's last event, so a ticket's own history stays in the order it
   * was recorded even when clocks disagree or are pinned.
   */
  stamp(payload: EventPayload, actor: StaffMember, previous: readonly TicketEvent[] = []): TicketEvent {
    const last = previous.reduce((max, e) => Math.max(max, Date.parse(e.at)), Number.NEGATIVE_INFINITY);
    const at = new Date(Math.max(this.now().getTime(), last + 1));
    const entered = this.enteringFor(actor);
    return {
      id: newEventId(randomBytes(8)),
      at: toZonedIso(at, this.timeZone),
      by: actor.id,
      ...(entered && { enteredBy: entered.id }),
      ...payload,
    } as TicketEvent;
  }

  /** The file change that appends `events` to a ticket (new or existing). */
  ticketChange(id: string, previous: readonly TicketEvent[], events: readonly TicketEvent[]): FileChange {
    return { path: ticketFile(id), content: serialiseTicket([...previous, ...events], id) };
  }
}
