import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderTemplate } from '../core/mail/template.js';
import { toZonedIso } from '../core/time.js';
import type { StaffMember } from '../core/schema/config.js';
import type { TicketEvent } from '../core/ticket/events.js';
import { project } from '../core/ticket/projection.js';
import { MAIL_ACTOR } from '../core/ticket/vocabulary.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { faultPoint } from '../store/fault.js';
import { io } from '../io/context.js';
import { shortIdsOf } from '../store/tickets.js';
import { Intake, type IntakeResult, type IntakeSource, type RawMail } from './intake.js';
import { eventIdForMail } from './keys.js';
import { mailStateDir } from './local-state.js';
import { queueMail, sendQueued, type SendReport } from './outbox.js';
import { readTemplate } from './templates.js';
import { templateValues } from './template-values.js';
import { customerOf, languageOf, mailForTicket } from './ticket-mail.js';
import type { MailReader } from './sources/types.js';

export interface TakeInOptions {
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface TakeInReport {
  source: string;
  results: IntakeResult[];
  sent: SendReport[];
}

/**
 * Takes in what a mailbox holds that is new, a batch per commit (a crash loses at most the batch
 * being written, which the next fetch takes in again), marks each batch processed in the mailbox
 * after its commit, and sends the acknowledgements it queued.
 */
export async function takeIn(
  hd: Helpdesk,
  actor: StaffMember,
  source: IntakeSource,
  reader: MailReader,
  o: TakeInOptions = {},
): Promise<TakeInReport> {
  const results: IntakeResult[] = [];
  const acks: string[] = [];
  let done = 0;
  o.onProgress?.(0, reader.count);
  const size = o.batchSize ?? (Number(io().env.DESK_MAIL_BATCH) || 200);
  for await (const batch of reader.batches(size)) {
    // a commit's files are in memory until it is made: large mail gets commits of its own
    for (const part of byBytes(batch.mails, 64 * 1024 * 1024)) {
      const intake = new Intake(hd, source);
      if (o.dryRun) {
        results.push(...(await intake.plan(part)));
        continue;
      }
      let planned: IntakeResult[] = [];
      await hd
        .change(actor, async () => {
          planned = await intake.plan(part);
          for (const r of planned)
            if (r.action === 'opened' && r.acknowledge) acks.push(...(await acknowledge(hd, intake, r)));
          const files = intake.changes();
          if (files.length === 0) throw new NothingNew();
          return { files, message: await commitMessage(hd, source.name, planned) };
        })
        .catch((e: unknown) => {
          if (!(e instanceof NothingNew)) throw e;
        });
      results.push(...planned);
    }
    if (!o.dryRun) {
      faultPoint('mail-before-mark');
      await batch.done();
    }
    done += batch.mails.length;
    o.onProgress?.(done, reader.count);
  }
  const sent = acks.length ? await sendQueued(hd, actor, { keys: acks }) : [];
  return { source: source.name, results, sent };
}

class NothingNew extends Error {}

function byBytes(mails: readonly RawMail[], limit: number): RawMail[][] {
  const parts: RawMail[][] = [];
  let part: RawMail[] = [];
  let bytes = 0;
  for (const m of mails) {
    if (part.length && bytes + m.raw.length > limit) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(m);
    bytes += m.raw.length;
  }
  if (part.length) parts.push(part);
  return parts;
}

/**
 * Queues the acknowledgement of a new ticket in the batch's commit. Never to a machine (those
 * open no tickets) and at most one an hour to one address: an auto-responder that answers
 * without saying so opens one more ticket, not a loop.
 */
async function acknowledge(hd: Helpdesk, intake: Intake, r: IntakeResult): Promise<string[]> {
  const ticket = r.ticket!;
  const events = intake.events(ticket);
  const record = { id: ticket, events, state: project(ticket, events) };
  const address = record.state.contactEmail;
  if (!address || !hd.config.mail?.smtp || !(await mayAcknowledge(hd, address))) return [];
  r.acknowledge = true;
  const short = (await shortIdsOf(hd.root, [ticket])).get(ticket) ?? ticket;
  const customer = await customerOf(hd, record).catch(() => undefined);
  const language = languageOf(customer, record.state.contact);
  const text = renderTemplate(
    'acknowledgement',
    await readTemplate(hd.root, 'acknowledgement', language),
    await templateValues(hd, record, short, customer, language),
  );
  const mail = mailForTicket(hd, record, short, { text, customer, automatic: true });
  const queued = await queueMail(hd, mail, ticket, MAIL_ACTOR, []);
  const last = events.reduce((max, e) => Math.max(max, Date.parse(e.at)), 0);
  const event = {
    id: eventIdForMail(queued.key, 0),
    at: toZonedIso(new Date(Math.max(last + 1, hd.now().getTime())), hd.timeZone),
    by: MAIL_ACTOR,
    type: 'message',
    direction: 'to-customer',
    text,
    mail: queued.facts,
  } as TicketEvent;
  intake.add(ticket, [event], queued.files);
  await rememberAcknowledged(hd, address);
  return [queued.key];
}

const ACK_FILE = 'acknowledged.json';
const ACK_PAUSE_MS = 60 * 60 * 1000;

async function mayAcknowledge(hd: Helpdesk, address: string): Promise<boolean> {
  const seen = await readAcks(hd);
  const last = seen[address.toLowerCase()];
  return !last || hd.now().getTime() - Date.parse(last) >= ACK_PAUSE_MS;
}

async function rememberAcknowledged(hd: Helpdesk, address: string): Promise<void> {
  const now = hd.now().getTime();
  const seen = Object.fromEntries(
    Object.entries(await readAcks(hd)).filter(([, at]) => now - Date.parse(at) < ACK_PAUSE_MS),
  );
  seen[address.toLowerCase()] = new Date(now).toISOString();
  await writeFile(join(mailStateDir(hd.root), ACK_FILE), JSON.stringify(seen));
}

async function readAcks(hd: Helpdesk): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(join(mailStateDir(hd.root), ACK_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** What a batch did, without a word of the mails themselves (outside text stays out of the log). */
async function commitMessage(hd: Helpdesk, source: string, results: readonly IntakeResult[]): Promise<string> {
  const opened = results.filter((r) => r.action === 'opened').map((r) => r.ticket!);
  const added = [...new Set(results.filter((r) => r.action === 'added' && r.ticket).map((r) => r.ticket!))];
  const answers = results.filter((r) => r.survey).length;
  const reports = results.filter((r) => r.mailing && r.action === 'added').length;
  const short = await shortIdsOf(hd.root, [...opened, ...added]);
  const list = (ids: string[]) =>
    ids
      .slice(0, 8)
      .map((id) => short.get(id) ?? id)
      .join(', ') + (ids.length > 8 ? ', …' : '');
  const parts = [
    opened.length && `${opened.length} new ticket${opened.length === 1 ? '' : 's'} (${list(opened)})`,
    added.length && `mail added to ${list(added)}`,
    answers && `${answers} survey answer${answers === 1 ? '' : 's'}`,
    reports && `${reports} delivery report${reports === 1 ? '' : 's'} on mailings (addresses marked bounced)`,
  ].filter(Boolean);
  const subject = `mail from ${source}: ${parts.join('; ') || 'nothing new'}`;
  if (opened.length === 1 && added.length === 0)
    return `${short.get(opened[0]!) ?? opened[0]}: ${subject.replace(/ \(.*\)$/, '')}`;
  return subject;
}
