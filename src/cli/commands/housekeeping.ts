import { closeBySilence } from '../housekeeping.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';

/** `desk housekeeping`: what falls due by the calendar alone, done now (also done by any command changing a ticket). */
export async function housekeeping(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, actor } = await openForChange(o, 'ticket.work');
  const closed = await closeBySilence(hd, actor);
  if (o.json) return printJson({ closedBySilence: closed });
  const days = hd.config.workflow.autoCloseDays;
  await print(
    closed.length
      ? `Closed as accepted by silence (${days} business days without an answer): ${closed.join(', ')}`
      : days === 0
        ? 'Nothing to do: closing by silence is off (workflow.autoCloseDays: 0 in desk.yaml).'
        : 'Nothing to do: no resolved ticket has gone unanswered long enough.',
  );
}
