import type { TicketEvent } from '../core/ticket/events.js';
import { ticketFile } from '../core/ticket/paths.js';
import { project } from '../core/ticket/projection.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { keepValid, keptValid } from './validated-files.js';

/**
 * What .desk/valid/ keeps of a ticket file that validated (validated-files.ts): its events. The
 * state is projected from them again, which is cheap and keeps the copy half the size.
 */
interface TicketCopy {
  events: TicketEvent[];
}

/** The ticket whose file reads `text`, from the copy kept when that text validated; undefined without one. */
export function keptTicket(root: string, id: string, text: string): TicketRecord | undefined {
  const kept = keptValid<TicketCopy>(root, ticketFile(id), text);
  return kept && { id, events: kept.events, state: project(id, kept.events) };
}

/** Keeps `record`, which the ticket parser just returned for `text`, as that text's validated copy. */
export async function keepTicket(root: string, record: TicketRecord, text: string): Promise<void> {
  await keepValid(root, ticketFile(record.id), text, { events: record.events } satisfies TicketCopy);
}
