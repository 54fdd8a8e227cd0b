import { refused } from '../../core/errors.js';
import type { TicketEvent } from '../../core/ticket/events.js';
import { project } from '../../core/ticket/projection.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { t, text } from '../../i18n/index.js';
import { describeStatus } from '../../render/terminal/ticket-text.js';

/**
 * `desk settle ID`: a person has looked at moves made apart in two clones (docs/sync.md) and
 * keeps the ticket where the rule put it. To move it elsewhere, make that move (reopen, escalate,
 * …) and settle then.
 */
export async function settle(ref: string, o: GlobalOptions & { message?: string; json?: boolean }): Promise<void> {
  const { hd, actor } = await openForChange(o, 'ticket.work');
  const id = await hd.resolveTicket(ref);
  const short = await hd.tickets.shortId(id);
  let event!: TicketEvent;
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id);
    if (current.state.moveConflicts.length === 0)
      throw refused(text('moneyTerminal.nothingToSettle', { id: short }), text('moneyTerminal.nothingToSettleHint'));
    event = hd.stamp({ type: 'settled', ...(o.message && { note: o.message }) }, actor, current.events);
    return {
      files: [hd.ticketChange(id, current.events, [event])],
      message: `${short}: settle the moves made apart${o.message ? ` (${o.message})` : ''}`,
    };
  });
  const after = project(id, [...(await hd.readTicket(id)).events]);
  if (o.json) await printJson({ id, short, status: after.status, level: after.level, event });
  else await print(t('moneyTerminal.settled', { id: short, status: describeStatus(after) }));
}
