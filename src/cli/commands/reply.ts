import { io } from '../../io/context.js';
import { t, text as text_ } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/format.js';
import { basename } from 'node:path';
import { usage } from '../../core/errors.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { safeFileName } from '../../core/safe-text/index.js';
import { renderTemplate } from '../../core/mail/template.js';
import type { MailFacts, TicketEvent } from '../../core/ticket/events.js';
import { project } from '../../core/ticket/projection.js';
import { decide, firstTouchAssignment, requireStatus } from '../../core/ticket/workflow.js';
import { queueMail, sendQueued, type Queued, type SendReport } from '../../mail/outbox.js';
import { readTemplate } from '../../mail/templates.js';
import { templateValues } from '../../mail/template-values.js';
import { customerOf, languageOf, mailForTicket } from '../../mail/ticket-mail.js';
import { attachmentDir } from '../../store/helpdesk.js';
import { openForTicketWork } from '../housekeeping.js';
import { print, printJson } from '../output.js';
import { readGivenFile, readGivenText } from '../input-file.js';
import { aboutTicket, editorOf, longText, writeInEditor, type LongText } from '../editor.js';
import { interactive } from '../prompts.js';
import { describeStatus } from '../../render/terminal/ticket-text.js';
import { workflowContext, type ActionOptions } from '../ticket-action.js';
import { reply as recordCustomerReply } from './workflow.js';

export interface ReplyOptions extends ActionOptions {
  message?: string;
  file?: string;
  fromCustomer?: boolean;
  /** false with --no-send */
  send?: boolean;
  cc?: string[];
  attach?: string[];
  template?: string;
  to?: string;
  /** A help-center article to link (src/cli/help-center-link.ts). */
  kb?: string;
}

/**
 * `desk reply`: a message to the customer, sent by mail when desk.yaml has mail.smtp. It is
 * committed with its final Message-ID as queued, then sent, then the result is committed
 * (src/mail/outbox.ts). `--no-send` records a reply given another way (a phone call).
 */
export async function reply(ref: string, o: ReplyOptions): Promise<void> {
  if (o.kb !== undefined && o.fromCustomer) throw usage(text_('reply.kbFromCustomer'));
  if (o.fromCustomer) return void (await recordCustomerReply(ref, o));
  const { hd, actor } = await openForTicketWork(o, 'ticket.work');
  const id = await hd.resolveTicket(ref);
  const before = await hd.readTicket(id);
  requireStatus('reply', before.state);
  const short = await hd.tickets.shortId(id);
  const mailing = o.send !== false && Boolean(hd.config.mail?.smtp);
  if (!mailing && (o.cc?.length || o.attach?.length || o.to))
    throw usage(text_(o.send === false ? 'reply.needMail' : 'reply.noSmtp'), text_('reply.seeEmailDocs'));
  const customer = await customerOf(hd, before);
  const language = languageOf(customer, before.state.contact);
  // --kb: the article's help-center link ends the text, or is the whole text (help-center-link.ts)
  const kbLink = o.kb === undefined ? undefined : await import('../help-center-link.js');
  const link = kbLink && (await kbLink.helpCenterLink(o, o.kb!));
  const linkAlone = link !== undefined && o.message === undefined && o.file === undefined && !o.template;
  const written = linkAlone
    ? ''
    : await replyText(
        o,
        async () =>
          renderTemplate(
            o.template!,
            await readTemplate(hd.root, o.template!, language),
            await templateValues(hd, before, short, customer, language, actor),
          ),
        aboutTicket(hd, before, '--message', t('actions.askMessage')),
      );
  const text = kbLink && link ? kbLink.withLink(written, link) : written;
  const attachments = await readAttachments(o.attach ?? [], hd.config.attachments.maxMegabytes * 1_000_000);
  // built before the lock: a missing address or setting is refused before anything is written
  const outgoing = mailing
    ? mailForTicket(hd, before, short, { text, to: o.to, cc: o.cc, staff: actor, customer, attachments })
    : undefined;
  let event: TicketEvent | undefined;
  let also: TicketEvent[] = [];
  let queued: Queued | undefined;
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id);
    const payload = decide('reply', current.state, await workflowContext(hd, actor, current.state), { text });
    event = hd.stamp(payload, actor, current.events);
    const files = [];
    if (outgoing) {
      const facts: MailFacts['attachments'] = attachments.map((a) => ({
        name: a.name,
        file: `${event!.id}-${a.name}`,
        bytes: a.content.length,
        ...(a.contentType && { type: a.contentType }),
      }));
      queued = await queueMail(hd, outgoing, id, actor.id, facts);
      event = { ...event, mail: queued.facts } as TicketEvent;
      files.push(...queued.files);
      attachments.forEach((a, i) => files.push({ path: `${attachmentDir(id)}/${facts[i]!.file}`, content: a.content }));
    }
    const events = [event];
    // as every workflow command: the first reply by an agent takes an unassigned ticket
    const taken = firstTouchAssignment('reply', current.state, actor, hd.config.workflow.assignOnFirstTouch);
    if (taken) events.push(hd.stamp(taken, actor, [...current.events, event]));
    also = events.slice(1);
    files.push(hd.ticketChange(id, current.events, events));
    return {
      files,
      message: `${short}: reply to the customer${outgoing ? ' by mail' : ''}${taken ? ` (taken by ${actor.id})` : ''}`,
    };
  });
  const sent: SendReport | undefined = queued ? (await sendQueued(hd, actor, { keys: [queued.key] }))[0] : undefined;
  const after = project(id, (await hd.readTicket(id)).events);
  if (o.json) {
    await printJson({
      id,
      short,
      status: after.status,
      level: after.level,
      event,
      ...(also.length && { also }),
      mail: queued && {
        messageId: queued.entry.messageId,
        to: queued.entry.envelope.to,
        outcome: sent?.outcome,
        detail: sent?.detail,
      },
    });
    return;
  }
  const how = !queued
    ? t(o.send === false ? 'reply.recorded' : 'reply.recordedNoSmtp')
    : sent?.outcome === 'sent'
      ? t('reply.sent', { to: line(queued.entry.envelope.to.join(', ')) })
      : t('reply.queued', { why: sent?.detail ?? sent?.outcome });
  await print(t('actions.done', { id: short, what: how, status: describeStatus(after) }));
}

async function replyText(o: ReplyOptions, template: () => Promise<string>, asked: LongText): Promise<string> {
  const given = [o.message !== undefined, o.file !== undefined].filter(Boolean).length;
  if (given > 1) throw usage(text_('reply.textTwice'));
  if (o.message !== undefined && o.template) throw usage(text_('reply.templateAndMessage'));
  if (o.file !== undefined) {
    const text =
      o.file === '-'
        ? await readStdin()
        : await readGivenText(o.file, '--file', () =>
            usage(text_('tickets.cannotRead', { flag: '--file', file: o.file })),
          );
    if (!text.trim()) throw usage(text_('reply.fileEmpty', { file: o.file }));
    return text.trim();
  }
  if (o.template) {
    const start = await template();
    // in a terminal with an editor, the template is where the reply starts, as git commit -t
    return interactive() && editorOf(io().env) ? writeInEditor({ ...asked, start }) : start;
  }
  return longText(o.message?.trim() || undefined, asked);
}

async function readAttachments(paths: readonly string[], max: number) {
  return Promise.all(
    paths.map(async (p) => {
      const content = await readGivenFile(p, '--attach', () =>
        usage(text_('tickets.cannotRead', { flag: '--attach', file: p })),
      );
      if (content.length > max)
        throw usage(
          text_('reply.tooLarge', { file: p, size: formatNumber(Math.round(content.length / 100_000) / 10) }),
          text_('reply.tooLargeHint'),
        );
      return { name: safeFileName(basename(p)), content, contentType: undefined as string | undefined };
    }),
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io().stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
