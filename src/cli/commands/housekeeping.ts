import { closeBySilence } from '../housekeeping.js';
import { t } from '../../i18n/index.js';
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
      ? t('more.closedBySilence', { days, ids: closed.join(', ') })
      : t(days === 0 ? 'more.silenceOff' : 'more.nothingDue'),
  );
}
