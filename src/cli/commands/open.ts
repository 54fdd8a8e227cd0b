import { randomBytes } from 'node:crypto';
import { t, text } from '../../i18n/index.js';
import { usage } from '../../core/errors.js';
import { newTicketId } from '../../core/ids.js';
import type { EventPayload } from '../../core/ticket/events.js';
import { project } from '../../core/ticket/projection.js';
import { CHANNELS, type Channel } from '../../core/ticket/vocabulary.js';
import { parseInstant, toZonedIso } from '../../core/time.js';
import type { GlobalOptions } from '../context.js';
import { openForTicketWork } from '../housekeeping.js';
import { print, printJson } from '../output.js';
import { readGivenText } from '../input-file.js';
import { interactive, need, prompts } from '../prompts.js';
import { editorOf, writeInEditor } from '../editor.js';
import { describeStatus } from '../../render/terminal/ticket-text.js';
import { describeSuggestions, suggestArticles } from '../kb-suggestions.js';
import { oneOf, qualificationFrom, type QualifyFlags } from './qualification.js';
import { forTerminalLine as line, oneLineProblem } from '../../core/safe-text/index.js';
import { io } from '../../io/context.js';
import { refuseEmpty } from '../flag-values.js';

export interface OpenFlags extends GlobalOptions, QualifyFlags {
  title?: string;
  customer?: string;
  description?: string;
  descriptionFile?: string;
  channel?: string;
  contact?: string;
  receivedAt?: string;
  /** false with --no-conversation: the request came in on a talking channel, but nobody talked to the customer (a voicemail). */
  conversation?: boolean;
  json?: boolean;
}

/** `desk open`: records a customer's request. A new ticket always starts at First Level. */
export async function open(o: OpenFlags): Promise<void> {
  if (o.title !== undefined && o.title.trim() === '') throw usage(text('tickets.emptyTitle'));
  refuseEmpty({
    '--customer': o.customer,
    '--channel': o.channel,
    '--contact': o.contact,
    '--received-at': o.receivedAt,
    '--description-file': o.descriptionFile,
  });
  const { hd, actor } = await openForTicketWork(o, 'ticket.open');
  const customers = await hd.customers.ids();
  const customerId = await need(o.customer, '--customer', async (p) => {
    const names = await customerNames(hd.root, customers);
    return p.select({
      message: t('tickets.askCustomer'),
      choices: customers.map((c) => ({ value: c, name: names.get(c) ? `${names.get(c)} (${c})` : c })),
    });
  });
  const customer = await hd.customer(customerId);
  const title = await need(o.title, '--title', (p) => p.input({ message: t('tickets.askTitle'), required: true }));
  const channel = await need<Channel>(
    o.channel === undefined ? undefined : oneOf(o.channel, CHANNELS, '--channel'),
    '--channel',
    (p) =>
      p.select({
        message: t('tickets.askChannel'),
        choices: CHANNELS.map((c) => ({ value: c, name: t(`channel.${c}`) })),
      }),
  );
  const contact = o.contact ?? (interactive() ? await askContact(customer.contacts) : undefined);
  for (const [flag, value] of [
    ['--title', title],
    ['--contact', contact],
  ] as const) {
    const problem = value === undefined ? undefined : oneLineProblem(value);
    if (problem) throw usage(`${flag}: ${problem}`, text('tickets.notOneLine'));
  }
  const description = await readDescription(o, hd.deskDir, [
    t('tickets.editorNewTicket', { title: line(title.trim()) }),
    t('tickets.editorCustomer', {
      customer: line(customer.name),
      id: customer.id,
      contact: contact ? line(contact) : 'none',
      channel: text(`channel.${channel}`),
    }),
  ]);
  const now = hd.now();
  const received = o.receivedAt !== undefined ? parseInstant(o.receivedAt, hd.timeZone, '--received-at') : now;
  if (received.getTime() > now.getTime())
    throw usage(text('tickets.receivedInFuture', { value: o.receivedAt }), text('tickets.receivedInFutureHint'));

  const id = newTicketId(randomBytes(8));
  const payload: EventPayload<'opened'> = {
    type: 'opened',
    title: title.trim(),
    customer: customer.id,
    description,
    channel,
    contact: contact || undefined, // the terminal's "no contact"
    receivedAt: toZonedIso(received, hd.timeZone),
    ...(talking(o, channel, hd.config.workflow.reactedOnOpen) && { conversation: true as const }),
    ...qualificationFrom(o, hd),
  };
  const event = hd.stamp(payload, actor);
  const state = project(id, [event]);
  await hd.change(actor, async () => {
    const short = await hd.tickets.shortId(id);
    return {
      files: [hd.ticketChange(id, [], [event])],
      message: `${short}: open "${payload.title}" for ${customer.id}`,
    };
  });
  const short = await hd.tickets.shortId(id);
  const suggestions = await suggestArticles(hd.root, { title: payload.title, description }, payload.product);
  if (o.json) {
    await printJson({
      id,
      short,
      status: state.status,
      level: state.level,
      customer: customer.id,
      suggestions: suggestions.map((h) => ({ slug: h.slug, title: h.title, score: h.score })),
    });
    return;
  }
  await print(
    t('tickets.opened', {
      id: short,
      customer: line(customer.name),
      title: line(payload.title),
      status: describeStatus(state),
    }),
  );
  const hints = describeSuggestions(suggestions);
  if (hints) await print(hints);
}

async function readDescription(o: OpenFlags, deskDir: string, context: string[]): Promise<string> {
  if (o.description !== undefined && o.descriptionFile !== undefined) throw usage(text('tickets.descriptionTwice'));
  if (o.description === '-' || o.descriptionFile === '-') return readStdin();
  if (o.descriptionFile !== undefined) {
    const file = o.descriptionFile;
    return (
      await readGivenText(file, '--description-file', () =>
        usage(text('tickets.cannotRead', { flag: '--description-file', file })),
      )
    ).trim();
  }
  if (o.description !== undefined) return o.description.trim();
  if (!interactive()) return '';
  if (!editorOf(io().env)) return (await (await prompts()).input({ message: t('tickets.askDescription') })).trim();
  return writeInEditor({
    flag: '--description',
    what: t('tickets.customersRequest'),
    deskDir,
    context: async () => context,
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io().stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

/** Whether the person recording the request is talking to the customer: the channel's default from desk.yaml, or the flag. */
function talking(o: OpenFlags, channel: Channel, reactedOnOpen: readonly Channel[]): boolean {
  return o.conversation ?? reactedOnOpen.includes(channel);
}

/** The customer's known contacts, or a name typed in: a caller new to us is a contact too. */
async function askContact(contacts: readonly { name: string; role?: string }[]): Promise<string> {
  const p = await prompts();
  const OTHER = '\u0000other';
  const chosen = contacts.length
    ? await p.select({
        message: t('tickets.askContact'),
        choices: [
          ...contacts.map((c) => ({ value: c.name, name: `${c.name}${c.role ? ` (${c.role})` : ''}` })),
          { value: OTHER, name: t('tickets.someoneElse') },
          { value: '', name: t('tickets.noContact') },
        ],
      })
    : OTHER;
  if (chosen !== OTHER) return chosen;
  return (await p.input({ message: t('tickets.askContactName') })).trim();
}

async function customerNames(root: string, ids: readonly string[]): Promise<Map<string, string>> {
  const { loadCustomers } = await import('../../store/customers.js');
  const { customers } = await loadCustomers(root);
  return new Map(ids.map((id) => [id, customers.get(id)?.name ?? '']));
}
