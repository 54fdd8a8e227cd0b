import { formatDuration } from '../../core/duration.js';
import { shortIdOf } from '../../store/tickets.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { paint, print, printJson } from '../output.js';
import { describeEvent, describeStatus, shortTime } from '../render/ticket-text.js';

/** `desk show ID`: the summary and the full timeline. */
export async function show(ref: string, o: GlobalOptions & { json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const id = await hd.resolveTicket(ref);
  const { state: s, events } = await hd.readTicket(id);
  const short = await shortIdOf(hd.root, id);
  if (o.json) {
    await printJson({ id, short, state: s, events });
    return;
  }
  const field = (name: string, value: string | undefined) => (value ? `${paint.dim(name.padEnd(12))}${value}` : undefined);
  const logged = s.timeEntries.reduce((sum, t) => sum + t.minutes, 0);
  const lines = [
    `${paint.bold(short)}  ${paint.bold(s.title)}`,
    field('status', describeStatus(s)),
    field('customer', `${s.customer}${s.contact ? ` — ${s.contact}` : ''} (via ${s.channel})`),
    field('received', shortTime(s.receivedAt)),
    field('category', s.category),
    field('product', s.product && (s.module ? `${s.product}/${s.module}` : s.product)),
    field('priority', s.priority),
    field('estimate', s.estimateMinutes === undefined ? undefined : `${formatDuration(s.estimateMinutes)} h${s.approvedBy ? `, approved by ${s.approvedBy}` : ', not approved yet'}`),
    field('reacted', s.firstReactionAt ? shortTime(s.firstReactionAt) : 'not yet'),
    field('time', s.timeEntries.length ? `${formatDuration(logged)} h in ${s.timeEntries.length} entries` : undefined),
    field('articles', s.kbLinks.join(', ') || undefined),
    field('feedback', s.feedback ? `${s.feedback.score}/5${s.feedback.comment ? ` — ${s.feedback.comment}` : ''}` : undefined),
    '',
    s.description ? s.description : paint.dim('(no description)'),
    '',
    paint.bold('Timeline'),
    ...events.map((e) => `${paint.dim(shortTime(e.at))}  ${e.by.padEnd(4)}  ${describeEvent(e)}`),
  ];
  await print(lines.filter((l) => l !== undefined).join('\n'));
}
