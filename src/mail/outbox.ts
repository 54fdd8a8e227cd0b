import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { failed } from '../core/errors.js';
import type { StaffMember } from '../core/schema/config.js';
import type { MailFacts } from '../core/ticket/events.js';
import { isAlive } from '../store/lock.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { faultPoint } from '../store/fault.js';
import type { FileChange } from '../store/transaction.js';
import { shortIdOf } from '../store/tickets.js';
import { toZonedIso } from '../core/time.js';
import { buildMail, type OutgoingMail } from './compose.js';
import { mailFile, mailKey, mailRecordFile, outboxFile } from './keys.js';
import { mailStateDir } from './local-state.js';
import { recordOnLetter } from './letter-record.js';
import { recordOnNotification } from './notification-record.js';
import {
  readMailRecord,
  recordOnRecipients,
  recordOnSingleMail,
  withResults,
  type MailResult,
} from './record-results.js';
import { parseFeedbackRequest, serialiseFeedbackRequest } from '../core/feedback/requests.js';
import { parseUsageStatement, serialiseUsageStatement } from '../core/usage-mail/record.js';
import { parseStaffMail, serialiseStaffMail } from '../core/notify/staff-mail-record.js';
import { parseSurvey, serialiseSurvey } from '../core/survey/record.js';
import { recordOnAnnouncement } from './announcement-record.js';
import { sendRaw, type SendResult } from './smtp.js';

/**
 * The outbox: a mail to a customer is committed with its final Message-ID, as "queued", before
 * anything is sent; the send is recorded by a second commit. So a crash never loses a mail (it
 * is in the repository, and `desk mail send` finds it) and never sends one twice: a mail whose
 * send was cut off by a crash is not sent again on its own — it waits for a person to look
 * (`desk mail send --resend`), since the server may have taken it.
 */
export interface OutboxEntry {
  messageId: string;
  /** The ticket the mail is on; absent for mail not tied to a ticket, which names what it is `about`. */
  ticket?: string;
  about?: MailAbout;
  /** Who wrote it: failures show in their queue. */
  by: string;
  queuedAt: string;
  envelope: { from: string; to: string[] };
}

/**
 * Mail not tied to a ticket, and the record its result is written to: a dunning letter's mail
 * is recorded on the letter (src/mail/letter-record.ts).
 */
export type MailAbout =
  | { kind: 'dunning-letter'; id: string; file: string }
  | { kind: 'notification'; id: string; file: string }
  | { kind: 'announcement'; id: string; file: string }
  | { kind: 'feedback-request'; id: string; file: string }
  | { kind: 'usage-statement'; id: string; file: string }
  | { kind: 'survey'; id: string; file: string }
  | { kind: 'staff-mail'; id: string; file: string };

export interface Queued {
  key: string;
  files: FileChange[];
  facts: MailFacts;
  entry: OutboxEntry;
}

/** The files that queue `mail` on `ticket`; the caller commits them with the message event. */
export async function queueMail(
  hd: Helpdesk,
  mail: OutgoingMail,
  ticket: string,
  by: string,
  attachments: MailFacts['attachments'],
): Promise<Queued> {
  const queued = await queue(hd, mail, by, { ticket }, mailRecord(mail.messageId, ticket, 'out'));
  const facts: MailFacts = {
    messageId: mail.messageId,
    from: mail.from.name ? `${mail.from.name} <${mail.from.address}>` : mail.from.address,
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    date: toZonedIso(mail.date, hd.timeZone),
    original: mailFile(queued.key),
    attachments,
  };
  return { ...queued, facts };
}

/**
 * The files that queue `mail` not tied to a ticket (a dunning letter): the original, its record
 * naming what it is about (so an answer threads to no ticket and opens a new one), the outbox entry.
 */
export async function queueDetachedMail(
  hd: Helpdesk,
  mail: OutgoingMail,
  about: MailAbout,
  by: string,
): Promise<Omit<Queued, 'facts'>> {
  const record = `# what this mail is (docs/email.md)\nmessageId: ${JSON.stringify(mail.messageId)}\nabout: ${JSON.stringify(`${about.kind} ${about.id}`)}\ndirection: out\n`;
  return queue(hd, mail, by, { about }, record);
}

/** The original, its record and the outbox entry of a mail about to be sent, marked queued here. */
async function queue(
  hd: Helpdesk,
  mail: OutgoingMail,
  by: string,
  belongs: { ticket: string } | { about: MailAbout },
  record: string,
): Promise<Omit<Queued, 'facts'>> {
  const raw = await buildMail(mail);
  const key = mailKey(mail.messageId, raw);
  await markQueuedHere(hd.root, key);
  const entry: OutboxEntry = {
    messageId: mail.messageId,
    ...belongs,
    by,
    queuedAt: toZonedIso(hd.now(), hd.timeZone),
    envelope: { from: mail.from.address, to: [...mail.to, ...mail.cc].map(bareAddress) },
  };
  return {
    key,
    entry,
    files: [
      { path: mailFile(key), content: raw },
      { path: mailRecordFile(key), content: record },
      { path: outboxFile(key), content: outboxText(entry) },
    ],
  };
}

export function mailRecord(messageId: string, ticket: string, direction: 'in' | 'out'): string {
  return `# which ticket this mail belongs to (docs/email.md)\nmessageId: ${JSON.stringify(messageId)}\nticket: ${JSON.stringify(ticket)}\ndirection: ${direction}\n`;
}

function outboxText(e: OutboxEntry): string {
  return `# a mail waiting to be sent; desk mail send sends it (docs/email.md)\n${JSON.stringify(e, null, 2)}\n`;
}

export function bareAddress(a: string): string {
  const m = /<([^<>]+)>\s*$/.exec(a);
  return (m ? m[1]! : a).trim().toLowerCase();
}

/** Every mail waiting in the outbox. */
export async function outboxEntries(root: string): Promise<(OutboxEntry & { key: string })[]> {
  const names = await readdir(join(root, 'outbox')).catch(() => [] as string[]);
  const out: (OutboxEntry & { key: string })[] = [];
  for (const n of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const text = await readFile(join(root, 'outbox', n), 'utf8');
    out.push({ ...(parseYaml(text) as OutboxEntry), key: n.slice(0, -5) });
  }
  return out;
}

export type SendOutcome =
  | 'sent'
  | 'queued' // a passing failure: tried again by the next desk mail send
  | 'failed' // given up: shown in the writer's queue
  | 'uncertain' // a send was cut off: may have arrived; --resend after checking
  | 'busy' // another desk command is sending it right now
  | 'other-clone'; // queued in another clone, which sends it

export interface SendReport {
  messageId: string;
  ticket?: string;
  /** The dunning letter a mail not tied to a ticket carries. */
  letter?: string;
  outcome: SendOutcome;
  detail?: string;
}

interface Attempts {
  count: number;
  lastError?: string;
  lastAt?: string;
}

/**
 * Sends what is queued (all, or the given keys). `resend` names Message-IDs a person has
 * checked did not arrive after a cut-off send; `takeOver` sends mail queued by other clones.
 */
export async function sendQueued(
  hd: Helpdesk,
  actor: StaffMember,
  opts: { keys?: readonly string[]; resend?: readonly string[]; takeOver?: boolean } = {},
): Promise<SendReport[]> {
  const smtp = hd.config.mail?.smtp;
  const entries = (await outboxEntries(hd.root)).filter((e) => !opts.keys || opts.keys.includes(e.key));
  if (entries.length && !smtp)
    throw failed('mail waits in the outbox, but desk.yaml has no mail.smtp to send it with', 'see docs/email.md');
  const state = mailStateDir(hd.root);
  const reports: SendReport[] = [];
  // mail not tied to a ticket is recorded all at once, after the sends: one commit per command
  const detached: Done[] = [];
  for (const e of entries) {
    const report = (outcome: SendOutcome, detail?: string) =>
      reports.push({
        messageId: e.messageId,
        ...(e.ticket && { ticket: e.ticket }),
        ...(e.about?.kind === 'dunning-letter' && { letter: e.about.id }),
        outcome,
        ...(detail && { detail }),
      });
    const sentBefore = await readDone(state, e.key);
    if (sentBefore) {
      // sent by an earlier command here that stopped before recording it: record it, never send again
      detached.push({ entry: e, result: sentBefore });
      report(sentBefore.type === 'mail-sent' ? 'sent' : 'failed', sentBefore.error);
      continue;
    }
    if (!existsSync(join(state, 'queued-here', e.key)) && !opts.takeOver) {
      report('other-clone');
      continue;
    }
    const marker = join(state, `${e.key}.sending`);
    const claim = await claimSend(marker, opts.resend?.includes(e.messageId) ?? false);
    if (claim !== 'claimed') {
      report(
        claim,
        claim === 'uncertain'
          ? 'a send was cut off; check the recipient got it, then desk mail send --resend'
          : undefined,
      );
      continue;
    }
    const result: SendResult = await sendRaw(smtp!, e.envelope, await readFile(join(hd.root, mailFile(e.key))));
    if (result.ok) {
      faultPoint('mail-after-send');
      if (!e.ticket) {
        const done: DoneResult = { type: 'mail-sent', at: toZonedIso(hd.now(), hd.timeZone) };
        await writeDone(state, e.key, done);
        detached.push({ entry: e, result: done });
        report('sent');
        continue;
      }
      await record(hd, actor, e, {
        type: 'mail-sent',
        messageId: e.messageId,
        response: result.response.slice(0, 200),
      });
      await forget(state, e.key);
      await rm(marker, { force: true });
      report('sent');
      continue;
    }
    const attempts = await readAttempts(state, e.key);
    const next: Attempts = { count: attempts.count + 1, lastError: result.error, lastAt: hd.now().toISOString() };
    const giveUpMs = smtp!.giveUpAfterHours * 3_600_000;
    const tooLong = hd.now().getTime() - Date.parse(e.queuedAt) > giveUpMs;
    if (result.permanent || tooLong) {
      const why = result.permanent ? result.error : `not delivered for ${smtp!.giveUpAfterHours} h: ${result.error}`;
      if (!e.ticket) {
        const done: DoneResult = {
          type: 'mail-failed',
          at: toZonedIso(hd.now(), hd.timeZone),
          error: why.slice(0, 300),
        };
        await writeDone(state, e.key, done);
        detached.push({ entry: e, result: done });
        report('failed', why);
        continue;
      }
      await record(hd, actor, e, { type: 'mail-failed', messageId: e.messageId, error: why.slice(0, 300) });
      await forget(state, e.key);
      await rm(marker, { force: true });
      report('failed', why);
    } else {
      await writeFile(join(state, `${e.key}.attempts`), JSON.stringify(next));
      await rm(marker, { force: true });
      report('queued', result.error);
    }
  }
  if (detached.length) {
    faultPoint('mail-before-record');
    await recordDetached(hd, actor, detached);
    for (const d of detached) {
      await forget(state, d.entry.key);
      await rm(join(state, `${d.entry.key}.sending`), { force: true });
    }
  }
  return reports;
}

/**
 * What became of a mail not tied to a ticket, kept in this clone from the moment the server
 * answered until the result is committed: a command that stops in between leaves it, and the
 * next `desk mail send` records it rather than sending it again.
 */
type DoneResult =
  | { type: 'mail-sent'; at: string; error?: undefined }
  | { type: 'mail-failed'; at: string; error: string };
interface Done {
  entry: OutboxEntry & { key: string };
  result: DoneResult;
}

async function writeDone(state: string, key: string, result: DoneResult): Promise<void> {
  const file = join(state, `${key}.done`);
  const handle = await open(`${file}.tmp`, 'w');
  await handle.writeFile(JSON.stringify(result));
  await handle.sync();
  await handle.close();
  await rename(`${file}.tmp`, file);
}

async function readDone(state: string, key: string): Promise<DoneResult | undefined> {
  try {
    return JSON.parse(await readFile(join(state, `${key}.done`), 'utf8')) as DoneResult;
  } catch {
    return undefined;
  }
}

/**
 * Which clone queued a mail is this clone's own knowledge, not the file's: two clones taking in
 * the same mail write the same outbox file, and their commits merge.
 */
async function markQueuedHere(root: string, key: string): Promise<void> {
  const dir = join(mailStateDir(root), 'queued-here');
  // the folder made only when missing: an announcement queues thousands of mails
  await writeFile(join(dir, key), '').catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, key), '');
  });
}

async function forget(state: string, key: string): Promise<void> {
  await rm(join(state, `${key}.attempts`), { force: true });
  await rm(join(state, `${key}.done`), { force: true });
  await rm(join(state, 'queued-here', key), { force: true });
}

/** Takes the right to send one mail: a marker file only one process can create. */
async function claimSend(marker: string, resend: boolean): Promise<'claimed' | 'busy' | 'uncertain'> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(marker, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.sync();
      await handle.close();
      return 'claimed';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(await readFile(marker, 'utf8').catch(() => ''));
      if (owner && isAlive(owner) && owner !== process.pid) return 'busy';
      if (!resend) return 'uncertain';
      await rm(marker, { force: true });
    }
  }
  return 'busy';
}

async function readAttempts(state: string, key: string): Promise<Attempts> {
  try {
    return JSON.parse(await readFile(join(state, `${key}.attempts`), 'utf8')) as Attempts;
  } catch {
    return { count: 0 };
  }
}

/** The send's result as one commit: the event on the ticket, the outbox entry gone. */
async function record(
  hd: Helpdesk,
  actor: StaffMember,
  e: OutboxEntry & { key: string },
  payload:
    | { type: 'mail-sent'; messageId: string; response?: string }
    | { type: 'mail-failed'; messageId: string; error: string },
): Promise<void> {
  const ticket = e.ticket!;
  const short = await shortIdOf(hd.root, ticket);
  await hd
    .change(actor, async () => {
      const current = await hd.readTicket(ticket);
      const files: FileChange[] = [{ path: outboxFile(e.key), content: null }];
      const done = current.events.some(
        (x) => (x.type === 'mail-sent' || x.type === 'mail-failed') && x.messageId === e.messageId,
      );
      if (!done) files.push(hd.ticketChange(ticket, current.events, [hd.stamp(payload, actor, current.events)]));
      if (!existsSync(join(hd.root, outboxFile(e.key)))) files.shift();
      // another command recorded it meanwhile: nothing left to commit
      if (files.length === 0) throw new AlreadyRecorded();
      return {
        files,
        message:
          payload.type === 'mail-sent'
            ? `${short}: mail to the customer delivered to the server`
            : `${short}: mail to the customer NOT delivered (given up)`,
      };
    })
    .catch((err: unknown) => {
      if (!(err instanceof AlreadyRecorded)) throw err;
    });
}

/**
 * The results of mail not tied to a ticket, each on the record it is about (a dunning letter),
 * the outbox entries gone: one commit for all of them. What another command recorded meanwhile
 * is left out.
 */
async function recordDetached(hd: Helpdesk, actor: StaffMember, done: readonly Done[]): Promise<void> {
  await hd
    .change(actor, async () => {
      const files: FileChange[] = [];
      const lines: string[] = [];
      let failures = 0;
      // the results on one record (a notification to several people, an announcement) are written at once
      const byRecord = new Map<string, { about: MailAbout; results: MailResult[] }>();
      for (const { entry: e, result } of done) {
        if (!existsSync(join(hd.root, outboxFile(e.key)))) continue;
        if (!e.about) throw new Error(`outbox/${e.key}.yaml names neither a ticket nor what the mail is about`);
        const on = byRecord.get(e.about.file) ?? { about: e.about, results: [] };
        on.results.push({
          messageId: e.messageId,
          to: e.envelope.to[0] ?? '',
          status: result.type === 'mail-sent' ? 'sent' : 'failed',
          at: result.at,
          ...(result.error && { error: result.error }),
        });
        byRecord.set(e.about.file, on);
        files.push({ path: outboxFile(e.key), content: null });
        if (result.type === 'mail-failed') failures++;
      }
      for (const { about, results } of byRecord.values()) {
        const recorded = await recordResults(hd.root, about, results);
        files.push(...recorded.files);
        lines.push(...recorded.messages);
      }
      if (files.length === 0) throw new AlreadyRecorded();
      return lines.length === 1
        ? { files, message: lines[0]! }
        : {
            files,
            message: `${DETACHED_KINDS[done[0]!.entry.about?.kind ?? 'dunning-letter']} by mail: ${lines.length - failures} sent${failures ? `, ${failures} NOT delivered` : ''}`,
            body: lines,
          };
    })
    .catch((err: unknown) => {
      if (!(err instanceof AlreadyRecorded)) throw err;
    });
}

class AlreadyRecorded extends Error {}

const DETACHED_KINDS: Record<MailAbout['kind'], string> = {
  'dunning-letter': 'Dunning letters',
  notification: 'Notifications',
  announcement: 'Announcement',
  'feedback-request': 'Feedback requests',
  'usage-statement': 'Usage statements',
  survey: 'Survey',
  'staff-mail': 'Reports to staff',
};

/** The results of the mails about one record, written on it: a letter's one mail, a notification's or an announcement's several. */
async function recordResults(
  root: string,
  about: MailAbout,
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  if (about.kind === 'notification') return recordOnNotification(root, about, results);
  if (about.kind === 'announcement') return recordOnAnnouncement(root, about, results);
  if (about.kind === 'feedback-request')
    return recordOnSingleMail(root, about, results, 'feedback request', parseFeedbackRequest, serialiseFeedbackRequest);
  if (about.kind === 'usage-statement')
    return recordOnSingleMail(root, about, results, 'usage statement', parseUsageStatement, serialiseUsageStatement);
  if (about.kind === 'staff-mail') {
    const record = await readMailRecord(root, about, 'report mail', parseStaffMail);
    const deliveries = withResults(record.deliveries, results);
    return {
      files: [{ path: about.file, content: serialiseStaffMail({ ...record, deliveries }) }],
      messages: results.map((r) => `${record.id}: ${r.status === 'sent' ? 'mailed to' : 'NOT mailed to'} ${r.to}`),
    };
  }
  if (about.kind === 'survey')
    return recordOnRecipients(root, about, results, { what: 'survey', parse: parseSurvey, serialise: serialiseSurvey });
  const files: FileChange[] = [];
  const messages: string[] = [];
  for (const r of results) {
    const recorded = await recordOnLetter(root, about, r, { status: r.status, at: r.at, error: r.error });
    files.push(...recorded.files);
    messages.push(recorded.message);
  }
  return { files, messages };
}
