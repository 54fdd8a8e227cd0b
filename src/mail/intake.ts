import { MAIL_ACTOR } from '../core/ticket/vocabulary.js';
import { feedbackAnswerEvents, feedbackRequestTicket } from '../core/feedback/requests.js';
import { parseRating } from '../core/feedback/rating.js';
import {
  parseSurvey,
  surveyAnswered,
  surveyPath,
  withAnswer,
  serialiseSurvey,
  type SurveyRecord,
} from '../core/survey/record.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planIntake, type IntakePlan } from '../core/mail/intake.js';
import { classifyMachine, failedRecipient } from '../core/mail/machine.js';
import { isIgnored, matchSender } from '../core/mail/sender.js';
import { referencedIds, ticketRefsInSubject } from '../core/mail/threading.js';
import { trimReply } from '../core/mail/quotes.js';
import { safeFileName } from '../core/safe-text/index.js';
import { resolveTicketRef } from '../core/ids.js';
import type { Customer } from '../core/schema/customer.js';
import type { EventPayload, MailFacts, TicketEvent } from '../core/ticket/events.js';
import { project, type TicketState } from '../core/ticket/projection.js';
import { serialiseTicket } from '../core/ticket/ticket-record.js';
import { toZonedIso } from '../core/time.js';
import { loadCustomers } from '../store/customers.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { attachmentDir, idsStartingWith, shortIdsOf, ticketFile } from '../store/tickets.js';
import type { FileChange } from '../store/transaction.js';
import { eventIdForMail, mailFile, mailKey, mailRecordFile, standInMessageId, ticketIdForMail } from './keys.js';
import { formatAddress, parseMail, type IncomingMail } from './parse.js';
import { mailRecord } from './outbox.js';
import { markBounced } from '../store/customer-file.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import { bounceNote, permanentFailures, type RecipientStatus } from '../core/mail/delivery-status.js';
import { bouncedMailing, withLateBounce, type BouncedMailing } from '../core/mail/late-bounce.js';
import { SingleMailBounces } from './single-mail-bounces.js';
import {
  announcementPath,
  parseAnnouncement,
  serialiseAnnouncement,
  type AnnouncementRecord,
} from '../core/announce/record.js';
import {
  notificationPath,
  parseNotification,
  serialiseNotification,
  type NotificationRecord,
} from '../core/notify/record.js';
import type { Parsed } from '../core/files/yaml-text.js';
import { text, text as said, type Text } from '../i18n/keys.js';
import { renderIn } from '../i18n/render.js';

/** One message as a source hands it over. */
export interface RawMail {
  raw: Buffer;
  /** When it arrived in the mailbox (IMAP INTERNALDATE, the file's time); else its Date header. */
  arrivedAt?: Date;
}

export interface IntakeSource {
  name: string;
  acknowledge: boolean;
  address?: string;
}

export type IntakeAction = 'opened' | 'added' | 'duplicate' | 'ignored';

/** What --json and the records keep: the English, whoever reads the terminal. */
const inEnglish = (said: Text) => renderIn('en', said.key, said.values);

export interface IntakeResult {
  messageId: string;
  action: IntakeAction;
  ticket?: string;
  reason?: string;
  /** The reason as a text of the catalog, for the terminal (`reason` keeps the English, for --json). */
  said?: Text;
  /** Opened for an unknown customer: why no customer matched (English, for --json). */
  triage?: string;
  /** The same as a text of the catalog, for the terminal. */
  saidTriage?: Text;
  /** The survey an answer was written on (no ticket). */
  survey?: string;
  /** The mailing a delivery report was written on (`announcement A-…`; no ticket). */
  mailing?: string;
  /** A new ticket the source acknowledges: the caller queues the acknowledgement. */
  acknowledge?: boolean;
}

/**
 * Takes in a batch of mails as one commit. Everything is decided under the write lock on the
 * files as they are then; a mail whose key is stored already is a duplicate and changes nothing.
 * `dryRun` decides the same and writes nothing.
 */
export class Intake {
  private customers?: Customer[];
  private readonly tickets = new Map<string, TicketEvent[]>();
  private readonly keys = new Map<string, string>();
  private files: FileChange[] = [];
  /** Survey records this batch wrote answers on, by path. */
  private readonly surveys = new Map<string, SurveyRecord>();

  constructor(
    private readonly hd: Helpdesk,
    private readonly source: IntakeSource,
  ) {}

  /** Decides a batch; changes() then has its files. Call under the write lock. */
  async plan(mails: readonly RawMail[]): Promise<IntakeResult[]> {
    this.tickets.clear();
    this.keys.clear();
    this.loaded.clear();
    this.files = [];
    this.surveys.clear();
    this.customers ??= [...(await loadCustomers(this.hd.root)).customers.values()];
    const results: IntakeResult[] = [];
    this.mailings.clear();
    this.announcements.clear();
    this.notifications.clear();
    this.bounced.clear();
    this.singleMails = new SingleMailBounces(this.hd.root);
    for (const m of mails) results.push(await this.one(m));
    // addresses a late delivery report refused, marked on the contacts in their customers' files
    for (const [customer, list] of this.bounced) {
      const change = await markBounced(this.hd.root, customer, list);
      if (change) this.files.push(change);
    }
    return results;
  }

  /** The events of a ticket this batch changed, with what it added. */
  events(id: string): TicketEvent[] {
    return this.tickets.get(id) ?? [];
  }

  /** Adds events (an acknowledgement) and files to what the batch commits. */
  add(ticket: string, events: readonly TicketEvent[], files: readonly FileChange[]): void {
    this.tickets.set(ticket, [...this.current(ticket), ...events]);
    this.files.push(...files);
  }

  /** Everything the batch writes: mails, attachments, and each changed ticket once. */
  changes(): FileChange[] {
    const tickets = [...this.tickets].map(([id, events]) => ({
      path: ticketFile(id),
      content: serialiseTicket(events, id),
    }));
    const surveys = [...this.surveys].map(([path, record]) => ({ path, content: serialiseSurvey(record) }));
    const mailings = [...this.mailings].map(([path, m]) => ({ path, content: m.content() }));
    return [...this.files, ...tickets, ...surveys, ...mailings, ...(this.singleMails?.files() ?? [])];
  }

  private async one(m: RawMail): Promise<IntakeResult> {
    const mail = await parseMail(m.raw);
    const key = mailKey(mail.messageId, m.raw);
    const messageId = mail.messageId ?? standInMessageId(key);
    if (this.keys.has(key) || existsSync(join(this.hd.root, mailRecordFile(key))))
      return { messageId, action: 'duplicate', ticket: this.keys.get(key) ?? this.recordedTicket(key) };
    const now = this.hd.now();
    const arrived = m.arrivedAt ?? mail.date ?? now;
    const receivedAt = toZonedIso(arrived.getTime() > now.getTime() ? now : arrived, this.hd.timeZone);
    const from = mail.from ?? { address: 'unknown@desk.invalid' };
    const machine = classifyMachine({
      headers: mail.headers,
      from: from.address,
      subject: mail.subject,
      contentType: mail.contentType,
    });
    // a delivery report on one of desk's mailings goes on the mailing's record, not into a ticket
    const late = machine === 'bounce' ? await this.lateBounce(mail, m.raw, key, messageId, receivedAt) : undefined;
    if (late) return late;
    const thread = await this.threadOf(mail);
    const trimmed = machine ? { text: mail.text.trim(), trimmed: false } : trimReply(mail.text);
    const mailConfig = this.hd.config.mail;
    const facts = this.facts(mail, key, messageId, trimmed.trimmed);
    const ownAddresses = [mailConfig?.address, ...(mailConfig?.sources.map((s) => s.address) ?? [])]
      .filter((a): a is string => Boolean(a))
      .map((a) => a.toLowerCase());
    // an answer to a feedback request becomes the ticket's feedback (docs/communication.md)
    const rated = machine ? undefined : feedbackRequestTicket([mail.inReplyTo ?? '', ...mail.references]);
    if (rated && (await this.state(rated))) {
      const who = from.name ? `${from.name} <${from.address}>` : from.address;
      const events = feedbackAnswerEvents(trimmed.text, who, parseRating(trimmed.text));
      return this.apply(
        {
          kind: 'append',
          ticket: rated,
          by: MAIL_ACTOR,
          events,
          summary:
            events[0].type === 'feedback'
              ? said('mailTerminal.feedback', { score: events[0].score })
              : said('mailTerminal.feedbackKept'),
        },
        mail,
        m.raw,
        key,
        messageId,
        facts,
        receivedAt,
      );
    }
    // an answer to a survey is written on the survey, beside the recipient it answers
    const surveyed = machine ? undefined : surveyAnswered([mail.inReplyTo ?? '', ...mail.references]);
    if (surveyed) {
      const who = from.name ? `${from.name} <${from.address}>` : from.address;
      const answered = this.surveyAnswer(surveyed, trimmed.text, who, receivedAt);
      if (answered) {
        this.keys.set(key, '');
        this.files.push({ path: mailFile(key), content: m.raw });
        this.files.push({
          path: mailRecordFile(key),
          content: `# what this mail is (docs/email.md)\nmessageId: ${JSON.stringify(messageId)}\nabout: ${JSON.stringify(`survey ${surveyed.survey}`)}\ndirection: in\n`,
        });
        return { messageId, action: 'added', reason: inEnglish(answered), said: answered, survey: surveyed.survey };
      }
    }
    const plan = planIntake(
      {
        facts,
        from,
        recipients: [...mail.to, ...mail.cc].map((a) => a.address),
        text: trimmed.text || '(no text; see the original)',
        machine,
        bouncedAddress:
          machine === 'bounce'
            ? (mail.deliveryStatus?.find((r) => r.action === 'failed')?.recipient ??
              failedRecipient(mail.text, mail.headers))
            : undefined,
        sender: matchSender(from.address, from.name, this.hd.config.staff, this.customers!),
        thread,
        ownAddresses,
        acknowledge: this.source.acknowledge,
        ignoredByRule: isIgnored(from.address, mailConfig?.ignore ?? []),
      },
      receivedAt,
    );
    return this.apply(plan, mail, m.raw, key, messageId, facts, receivedAt);
  }

  private apply(
    plan: IntakePlan,
    mail: IncomingMail,
    raw: Buffer,
    key: string,
    messageId: string,
    facts: MailFacts,
    receivedAt: string,
  ): IntakeResult {
    if (plan.kind === 'ignore')
      return { messageId, action: 'ignored', reason: inEnglish(plan.reason), said: plan.reason };
    const ticket = plan.kind === 'open' ? ticketIdForMail(key) : plan.ticket;
    const payloads: EventPayload[] = plan.kind === 'open' ? [plan.opened, ...plan.extra] : plan.events;
    const previous = plan.kind === 'open' ? [] : this.current(ticket);
    const last = previous.reduce((max, e) => Math.max(max, Date.parse(e.at)), Number.NEGATIVE_INFINITY);
    let at = Math.max(Date.parse(receivedAt), last + 1);
    const added = payloads.map(
      (p, n) =>
        ({
          id: eventIdForMail(key, n),
          at: toZonedIso(new Date(at++), this.hd.timeZone),
          by: plan.by,
          ...p,
        }) as TicketEvent,
    );
    this.tickets.set(ticket, [...previous, ...added]);
    this.keys.set(key, ticket);
    this.files.push({ path: mailFile(key), content: raw });
    this.files.push({ path: mailRecordFile(key), content: mailRecord(messageId, ticket, 'in') });
    // facts.attachments lists mail.attachments in their order; inline images stay in the original
    facts.attachments.forEach((a, i) => {
      if (!a.inline && !a.tooLarge)
        this.files.push({ path: `${attachmentDir(ticket)}/${a.file}`, content: mail.attachments[i]!.content });
    });
    return plan.kind === 'open'
      ? {
          messageId,
          action: 'opened',
          ticket,
          ...(plan.triage && { triage: inEnglish(plan.triage), saidTriage: plan.triage }),
          acknowledge: plan.acknowledge,
        }
      : { messageId, action: 'added', ticket, reason: inEnglish(plan.summary), said: plan.summary };
  }

  private current(id: string): TicketEvent[] {
    return this.tickets.get(id) ?? this.loaded.get(id) ?? [];
  }

  private readonly loaded = new Map<string, TicketEvent[]>();

  /** The ticket a mail threads to, by its headers, then by a ticket id in its subject. */
  private async threadOf(mail: IncomingMail): Promise<TicketState | undefined> {
    const refs = referencedIds(mail.inReplyTo, mail.references);
    if (mail.returnedMessageId) refs.unshift(mail.returnedMessageId);
    for (const ref of refs) {
      const k = mailKey(ref, new Uint8Array());
      const id = this.keys.get(k) ?? this.recordedTicket(k);
      if (id) {
        const state = await this.state(id);
        if (state) return state;
      }
    }
    for (const prefix of ticketRefsInSubject(mail.subject)) {
      const found = resolveTicketRef(prefix, [
        ...idsStartingWith(this.hd.root, prefix),
        ...[...this.tickets.keys()].filter((t) => t.startsWith(prefix)),
      ]);
      if (found.kind === 'found') {
        const state = await this.state(found.id);
        if (state) return state;
      }
    }
    return undefined;
  }

  /** Writes the answer on the survey; what it says to the caller, or undefined when no survey of desk's is answered. */
  private surveyAnswer(
    to: { survey: string; messageId: string },
    text: string,
    from: string,
    at: string,
  ): Text | undefined {
    const path = surveyPath(to.survey);
    let record = this.surveys.get(path);
    if (!record) {
      if (!existsSync(join(this.hd.root, path))) return undefined;
      const parsed = parseSurvey(path, readFileSync(join(this.hd.root, path), 'utf8'));
      if (!parsed.ok) return undefined;
      record = parsed.value;
    }
    const rating = parseRating(text);
    const answer =
      rating.score !== undefined
        ? { at, from, score: rating.score, ...(rating.comment && { comment: rating.comment }) }
        : { at, from, text: text.slice(0, 4000) };
    const next = withAnswer(record, to.messageId, answer);
    if (!next) return undefined;
    this.surveys.set(path, next);
    return rating.score !== undefined
      ? said('mailTerminal.surveyAnswer', { survey: to.survey, score: rating.score })
      : said('mailTerminal.surveyKept', { survey: to.survey });
  }

  /** Mailing records this batch wrote a late bounce on, by path. */
  private readonly mailings = new Map<string, { content: () => string }>();
  /** The same for the records of one mail or a few (feedback requests, usage statements, staff mail). */
  private singleMails: SingleMailBounces | undefined;
  /** Per customer, the contact addresses late bounces refused in this batch. */
  private readonly bounced = new Map<string, { email: string; note: string }[]>();

  /**
   * A delivery report about a mail of one of desk's mailings (core/mail/late-bounce.ts): the
   * mail's item on the record becomes `bounced`, the refused address is marked on the contact,
   * and the report is kept beside the mailing. Undefined when the returned mail is not one of
   * them (the report then goes where any machine mail goes).
   */
  private async lateBounce(
    mail: IncomingMail,
    raw: Buffer,
    key: string,
    messageId: string,
    at: string,
  ): Promise<IntakeResult | undefined> {
    const returned = mail.returnedMessageId;
    if (!returned) return undefined;
    const mailing = bouncedMailing(this.recordText(mailKey(returned, new Uint8Array())) ?? '');
    if (!mailing) return undefined;
    const reported = mail.deliveryStatus;
    const fallback = failedRecipient(mail.text, mail.headers);
    const failures = reported
      ? permanentFailures(reported)
      : fallback
        ? [{ recipient: fallback, action: 'failed', status: '' }]
        : [];
    const about = `${mailing.kind} ${mailing.id}`;
    if (failures.length === 0)
      return {
        messageId,
        action: 'ignored',
        reason: renderIn('en', 'communication.bounceDelayed', { about }),
        said: text('communication.bounceDelayed', { about }),
      };
    const note = (f: RecipientStatus) => `${at.slice(0, 10)}: ${bounceNote(f) || 'undeliverable'}`;
    await this.writeBounce(mailing, returned, failures, at, note);
    for (const f of failures)
      for (const c of this.customers!)
        if (c.contacts.some((p) => p.email?.toLowerCase() === f.recipient)) {
          const list = this.bounced.get(c.id) ?? [];
          list.push({ email: f.recipient, note: note(f) });
          this.bounced.set(c.id, list);
        }
    this.keys.set(key, '');
    this.files.push({ path: mailFile(key), content: raw });
    this.files.push({
      path: mailRecordFile(key),
      content: `# what this mail is (docs/email.md)\nmessageId: ${JSON.stringify(messageId)}\nabout: ${JSON.stringify(about)}\ndirection: in\n`,
    });
    const addresses = failures.map((f) => f.recipient).join(', ');
    // staff are no customer's contacts: their address is desk.yaml's to correct
    const said = mailing.kind === 'staff-mail' ? 'communication.bounceLateStaff' : 'communication.bounceLate';
    return {
      messageId,
      action: 'added',
      mailing: about,
      reason: renderIn('en', said, { about, addresses }),
      said: text(said, { about, addresses }),
    };
  }

  /** Marks the returned mail bounced on its mailing's record (read once per batch). */
  private async writeBounce(
    mailing: { kind: BouncedMailing; id: string },
    returned: string,
    failures: readonly RecipientStatus[],
    at: string,
    note: (f: RecipientStatus) => string,
  ): Promise<void> {
    const read = async <R>(path: string, parse: (file: string, text: string) => Parsed<R>): Promise<R | undefined> => {
      if (!existsSync(join(this.hd.root, path))) return undefined;
      const parsed = parse(path, await readHelpdeskText(this.hd.root, path));
      return parsed.ok ? parsed.value : undefined;
    };
    if (mailing.kind === 'feedback-request' || mailing.kind === 'usage-statement' || mailing.kind === 'staff-mail') {
      this.singleMails ??= new SingleMailBounces(this.hd.root);
      await this.singleMails.mark(mailing.kind, mailing.id, returned, failures, at, note);
    } else if (mailing.kind === 'survey') {
      const path = surveyPath(mailing.id);
      const record = this.surveys.get(path) ?? (await read(path, parseSurvey));
      const recipients = record && withLateBounce(record.recipients, returned, failures, at, note);
      if (record && recipients) this.surveys.set(path, { ...record, recipients });
    } else if (mailing.kind === 'announcement') {
      const path = announcementPath(mailing.id);
      const record = this.announcements.get(path) ?? (await read(path, parseAnnouncement));
      const recipients = record && withLateBounce(record.recipients, returned, failures, at, note);
      if (record && recipients) {
        const next = { ...record, recipients };
        this.announcements.set(path, next);
        this.mailings.set(path, { content: () => serialiseAnnouncement(next) });
      }
    } else {
      const path = notificationPath(mailing.id);
      const record = this.notifications.get(path) ?? (await read(path, parseNotification));
      const deliveries = record && withLateBounce(record.deliveries ?? [], returned, failures, at, note);
      if (record && deliveries) {
        const next = { ...record, deliveries };
        this.notifications.set(path, next);
        this.mailings.set(path, { content: () => serialiseNotification(next) });
      }
    }
  }

  private readonly announcements = new Map<string, AnnouncementRecord>();
  private readonly notifications = new Map<string, NotificationRecord>();

  /** The stored record of a mail desk knows by its key (sent or received), if any. */
  private recordText(key: string): string | undefined {
    try {
      return readFileSync(join(this.hd.root, mailRecordFile(key)), 'utf8');
    } catch {
      return undefined;
    }
  }

  private recordedTicket(key: string): string | undefined {
    try {
      const text = readFileSync(join(this.hd.root, mailRecordFile(key)), 'utf8');
      return /^ticket:\s*"?([^"\s]+)"?/m.exec(text)?.[1];
    } catch {
      return undefined;
    }
  }

  private async state(id: string): Promise<TicketState | undefined> {
    if (!this.tickets.has(id) && !this.loaded.has(id)) {
      if (!existsSync(join(this.hd.root, ticketFile(id)))) return undefined;
      this.loaded.set(id, (await this.hd.readTicket(id)).events);
    }
    return project(id, this.current(id));
  }

  private facts(mail: IncomingMail, key: string, messageId: string, trimmed: boolean): MailFacts {
    // larger attachments stay in the stored original only (desk.yaml attachments.maxMegabytes)
    const max = this.hd.config.attachments.maxMegabytes * 1_000_000;
    const prefix = eventIdForMail(key, 0);
    const used = new Set<string>();
    const attachments: MailFacts['attachments'] = mail.attachments.map((a, i) => {
      let name = safeFileName(a.name, `attachment-${i + 1}`);
      for (let n = 2; used.has(name); n++) name = `${n}-${safeFileName(a.name, `attachment-${i + 1}`)}`;
      used.add(name);
      return {
        name,
        file: `${prefix}-${name}`,
        bytes: a.content.length,
        type: a.contentType,
        ...(a.inline && { inline: true as const }),
        ...(a.content.length > max && { tooLarge: true as const }),
      };
    });
    return {
      messageId,
      from: mail.from ? formatAddress(mail.from) : '(no sender)',
      to: mail.to.map(formatAddress),
      cc: mail.cc.map(formatAddress),
      subject: mail.subject,
      ...(mail.date && { date: toZonedIso(mail.date, this.hd.timeZone) }),
      source: this.source.name,
      original: mailFile(key),
      attachments,
      ...(trimmed && { trimmed: true as const }),
    };
  }
}

/** Short ids of the tickets in `results`, for messages and output. */
export async function shortIdsOfResults(hd: Helpdesk, results: readonly IntakeResult[]): Promise<Map<string, string>> {
  return shortIdsOf(hd.root, [...new Set(results.map((r) => r.ticket).filter((t): t is string => Boolean(t)))]);
}
