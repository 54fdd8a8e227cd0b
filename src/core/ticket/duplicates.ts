/**
 * `desk merge DUPLICATE INTO` as plain data (docs/workflow.md#duplicates): what the kept ticket
 * gains and what the duplicate records. Nothing is rewritten: the kept ticket gets copies of the
 * duplicate's conversation, notes, links, attachments and effective time (new ids, their original
 * instants and authors), the duplicate cancels its time and closes as merged into the kept one.
 */
import { refused } from '../errors.js';
import { text } from '../../i18n/keys.js';
import type { EventPayload, TicketEvent } from './events.js';
import type { TicketRecord } from './ticket-record.js';
import { requireStatus } from './workflow.js';

/** An event copied with its instant and author; the store gives it a new id. */
export type CopiedEvent = { at: string; by: string; payload: EventPayload };

export interface MergePlan {
  /** For the kept ticket: copies in their original order, then the `merged` record. */
  copies: CopiedEvent[];
  merged: EventPayload<'merged'>;
  /** For the duplicate: its time cancelled (it moved), then closed as merged. */
  onDuplicate: EventPayload[];
}

const MOVED: readonly TicketEvent['type'][] = ['message', 'comment', 'kb-linked', 'commit-linked', 'attached'];

export function planMerge(dup: TicketRecord, into: TicketRecord, invoicedOfDuplicate: number): MergePlan {
  const [d, k] = [dup.state, into.state];
  if (d.id === k.id) throw refused(text('workflow.mergeSelf', { id: d.id }));
  requireStatus('dismiss', d);
  if (k.closure === 'spam' || k.duplicateOf)
    throw refused(
      text('workflow.mergeIntoClosed', { id: k.id, duplicateOf: k.duplicateOf ?? 'none' }),
      k.duplicateOf ? text('workflow.mergeIntoKeptHint', { id: d.id, kept: k.duplicateOf }) : undefined,
    );
  if (d.customer !== k.customer)
    throw refused(
      text('workflow.mergeCustomers', { id: d.id, customer: d.customer, into: k.id, intoCustomer: k.customer }),
      text('workflow.mergeCustomersHint', { id: d.id, intoCustomer: k.customer }),
    );
  if (invoicedOfDuplicate > 0)
    throw refused(
      text('workflow.mergeInvoiced', { id: d.id, count: invoicedOfDuplicate }),
      text('workflow.mergeInvoicedHint', { id: d.id, into: k.id }),
    );
  const copies: CopiedEvent[] = [];
  for (const e of dup.events) {
    if (!MOVED.includes(e.type)) continue;
    const { id: _id, at, by, ...payload } = e;
    copies.push({ at, by, payload: payload as EventPayload });
  }
  // the time that counts now, not its history of replacements and cancellations
  for (const t of d.timeEntries) {
    copies.push({
      at: t.loggedAt,
      by: dup.events.find((e) => e.id === t.id)?.by ?? t.staff,
      payload: {
        type: 'time-logged',
        minutes: t.minutes,
        activity: t.activity,
        on: t.on,
        staff: t.staff,
        note: t.note ? `${t.note} (from ${d.id})` : `from ${d.id}`,
        ...(t.nonBillable && { nonBillable: t.nonBillable }),
        ...(t.review && { review: t.review }),
      },
    });
  }
  copies.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    copies,
    merged: { type: 'merged', from: d.id, title: d.title },
    onDuplicate: [
      ...d.timeEntries.map(
        (t): EventPayload => ({ type: 'time-cancelled', entry: t.id, reason: `moved to ${k.id} by merge` }),
      ),
      { type: 'closed', duplicateOf: k.id, merged: true },
    ],
  };
}
