import { serialiseTicket } from '../../src/core/ticket/ticket-record.js';
import { ticket } from './fixtures.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

/*
 * The helpdesk the `desk report` command-line tests run on: ticket files written event by event.
 * November 2026, as of the 20th: ACME (10 h quota, 4 h reaction time) answered one request in
 * time and one late; it used 6 h of its quota.
 */
const q = { category: 'question', priority: 'normal', product: 'lohn' } as const;
const tickets = [
  ticket('T-00000000000A', 'acme', '2026-11-02 09:00', q)
    .reply('2026-11-02 09:30')
    .log('2026-11-02 16:00', '2026-11-02', 360)
    .resolve('2026-11-02 16:00')
    .close('2026-11-03 09:00')
    .feedback('2026-11-04 09:00', 5, 'Sehr gut; schnell'),
  ticket('T-00000000000B', 'acme', '2026-11-02 16:00', q, 'lw').reply('2026-11-03 12:00', 'lw'),
  ticket('T-00000000000C', 'dorn', '2026-11-05 09:00', q)
    .reply('2026-11-05 11:00')
    .log('2026-11-05 12:00', '2026-11-05', 90),
];
export const AS_OF = ['--as-of', '2026-11-20'];

export function reportFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'contracts/dorn.yaml':
      'id: dorn\nname: Dorn e.K.\ncontracts:\n  - { kind: none, start: 2025-01-01, hourlyRate: "130.00" }\n',
  };
  for (const t of tickets) files[ticketFile(t.id)] = serialiseTicket(t.events, t.id);
  return files;
}
