// What only a process shows: a desk command killed (as by a power cut) in the middle of a
// write, or just before its commit, leaves nothing half-done for the next command.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: TempHelpdesk;
beforeEach(() => (hd = tempHelpdesk()));
afterEach(() => hd.cleanup());

describe('a killed command', () => {
  it('a command killed mid-write or before its commit leaves nothing behind', () => {
    const id = openTicket(hd);
    for (const point of ['mid-write', 'before-commit']) {
      const before = snapshot(hd);
      const killed = hd.desk(['comment', id, '-m', 'Notiz'], { env: { DESK_FAULT: point } });
      expect(killed.code).not.toBe(0);
      hd.ok(['list']); // the next command finishes what the killed one left
      expect(snapshot(hd)).toBe(before);
      expect(readdirSync(join(hd.root, ticketFile(id), '..')).filter((n) => n.includes('desk-tmp'))).toEqual([]);
    }
    expect(hd.ok(['check'])).toContain('All files are valid');
  });
});
