import type { TicketState } from '../../core/ticket/projection.js';
import { t } from '../../i18n/index.js';
import { UNKNOWN_CUSTOMER } from '../../core/ticket/vocabulary.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { paint, table } from './style.js';
import { shortTime } from './ticket-text.js';

/**
 * The parts of a queue that mail adds: requests from unknown senders waiting for First Level to
 * name their customer (the triage list), and the person's own mail that could not be delivered.
 */
export function mailQueueSections(
  tickets: readonly TicketState[],
  me: { id: string; roles: readonly string[] },
  short: ReadonlyMap<string, string>,
): string[] {
  const lines: string[] = [];
  const triage = me.roles.includes('first-level') ? tickets.filter((t) => t.customer === UNKNOWN_CUSTOMER) : [];
  if (triage.length) {
    lines.push('', paint.bold(t('queue.triage', { count: triage.length })));
    lines.push(
      table(
        triage.map((t) => [
          short.get(t.id) ?? t.id,
          shortTime(t.receivedAt),
          line(t.contactEmail ?? '-'),
          line(t.title),
        ]),
        [t('queue.colId'), t('queue.colReceived'), t('queue.colFrom'), t('queue.colTitle')],
      ),
    );
    lines.push(paint.dim(t('queue.nameTheCustomer')));
  }
  const undelivered = tickets.flatMap((t) => t.undeliveredMail.filter((m) => m.by === me.id).map((m) => ({ t, m })));
  if (undelivered.length) {
    lines.push('', paint.bold(paint.red(t('queue.undelivered', { count: undelivered.length }))));
    lines.push(
      table(
        undelivered.map(({ t, m }) => [
          short.get(t.id) ?? t.id,
          shortTime(m.at),
          line(t.contactEmail ?? '-'),
          line(m.error),
        ]),
        ['ID', 'GIVEN UP', 'TO', 'WHY'],
      ),
    );
    lines.push(paint.dim('Check the address, then reply again (desk reply ID --to ADDRESS)'));
  }
  return lines;
}
