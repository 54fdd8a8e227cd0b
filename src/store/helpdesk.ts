import { randomBytes } from 'node:crypto';
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
import { identities, type Identities } from './identity.js';
import { requireSigningKey } from './signing.js';
import { ensureFastWriteSettings } from './clone-setup.js';
import { readCustomer } from './customers.js';
import { Git, type Author } from './git.js';
import { withLock } from './lock.js';
import { readTicket, resolveTicketId, ticketFile } from './tickets.js';
import { commitChange, type FileChange } from './transaction.js';
import { openChecked, type OpenOptions } from './open-checks.js';
import { holidayCache } from './holiday-cache.js';
import { refuseWhatCheckRejects } from './commit-checks.js';

/** An opened helpdesk repository: its configuration and the ways to read and change it. */
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
        `${flag}: unknown staff member "${id}"`,
        `known staff: ${this.config.staff.map((s) => s.id).join(', ')}`,
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
      await ensureFastWriteSettings(this.root, this.git); // a clone desk has not written in before
      const { files, message, body } = await fn();
      await refuseWhatCheckRejects(this.config, files);
      const entered = this.enteringFor(actor);
      return commitChange(this.root, this.deskDir, this.git, {
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
