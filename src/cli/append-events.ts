import type { StaffMember } from '../core/schema/config.js';
import type { EventPayload, TicketEvent } from '../core/ticket/events.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { Helpdesk } from '../store/helpdesk.js';

/**
 * Appends events to one or more tickets as one commit. `decide` runs under the write lock on the
 * tickets as they are then (another command may have changed them meanwhile) and returns the
 * events to add, possibly none; when no ticket gets any, nothing is committed and the result is empty.
 */
export async function appendToTickets(
  hd: Helpdesk,
  actor: StaffMember,
  ids: readonly string[],
  decide: (current: TicketRecord) => EventPayload[],
  message: (added: ReadonlyMap<string, TicketEvent[]>) => string,
): Promise<Map<string, TicketEvent[]>> {
  const added = new Map<string, TicketEvent[]>();
  try {
    await hd.change(actor, async () => {
      const files = [];
      for (const id of ids) {
        const current = await hd.readTicket(id);
        const events: TicketEvent[] = [];
        for (const payload of decide(current)) events.push(hd.stamp(payload, actor, [...current.events, ...events]));
        if (events.length === 0) continue;
        added.set(id, events);
        files.push(hd.ticketChange(id, current.events, events));
      }
      // a commit needs files: with none, leave without committing
      if (files.length === 0) throw new NothingNew();
      return { files, message: message(added) };
    });
  } catch (e) {
    if (!(e instanceof NothingNew)) throw e;
  }
  return added;
}

class NothingNew extends Error {}
