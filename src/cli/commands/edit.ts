import { usage } from '../../core/errors.js';
import { text } from '../../i18n/index.js';
import { CHANNELS, type Channel } from '../../core/ticket/vocabulary.js';
import { parseInstant, toZonedIso } from '../../core/time.js';
import type { EditFields } from '../../core/ticket/workflow.js';
import { runTicketAction, type ActionOptions } from '../ticket-action.js';
import { oneOf } from './qualification.js';
import { refuseEmpty } from '../flag-values.js';

export interface EditFlags extends ActionOptions {
  title?: string;
  contact?: string;
  customer?: string;
  description?: string;
  channel?: string;
  receivedAt?: string;
  reason?: string;
}

/**
 * `desk edit ID --title … --customer …`: corrections recorded as an event. Contract, reaction
 * time and billing follow from the corrected fields; time an invoice holds refuses a change of
 * customer or receipt time (core decides, with the invoiced count from here).
 */
export async function edit(ref: string, o: EditFlags) {
  return runTicketAction(
    o,
    ref,
    'edit',
    async (t, hd) => {
      // --contact "" and --description "" clear what they name; these have nothing to clear
      refuseEmpty({
        '--customer': o.customer,
        '--channel': o.channel,
        '--received-at': o.receivedAt,
        '--reason': o.reason,
      });
      const fields: EditFields = {
        title: o.title?.trim() || undefined,
        contact: o.contact?.trim(),
        description: o.description?.trim(),
        channel: o.channel === undefined ? undefined : oneOf<Channel>(o.channel, CHANNELS, '--channel'),
      };
      if (o.title !== undefined && !fields.title) throw usage(text('tickets.emptyTitle'));
      if (o.customer !== undefined) fields.customer = (await hd.customer(o.customer)).id;
      if (o.receivedAt !== undefined) {
        const at = parseInstant(o.receivedAt, hd.timeZone, '--received-at');
        if (at.getTime() > hd.now().getTime()) throw usage(text('tickets.receivedInFuture', { value: o.receivedAt }));
        fields.receivedAt = toZonedIso(at, hd.timeZone);
      }
      // time in a settled period of the old or the new customer is on an invoice (docs/invoicing.md)
      const settled = [await hd.invoices.closedUntil(t.customer)];
      if (fields.customer) settled.push(await hd.invoices.closedUntil(fields.customer));
      const invoiced = t.timeEntries.filter((e) =>
        settled.some((until) => until !== undefined && e.on <= until),
      ).length;
      return { fields, invoiced, reason: o.reason };
    },
    (i) =>
      text('more.corrected', {
        fields: Object.entries(i.fields)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k)
          .join(', '),
        reason: i.reason ?? 'none',
      }),
  );
}
