import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flatTicketFile, ticketFile } from '../../src/core/ticket/paths.js';
import { serialiseTicket } from '../../src/core/ticket/ticket-record.js';
import type { TicketEvent } from '../../src/core/ticket/events.js';
import { tempTeam, type Clone, type Team } from './team.js';

/**
 * A helpdesk of format 1 (every ticket in one flat folder, desk.yaml without `format`), moved to
 * format 2 by `desk upgrade` while a teammate's clone goes on with the old layout: every path
 * here is real git, a bare remote and two clones.
 */
const OPENED_AT = '2026-11-02T09:00:00+01:00';
const IDS = ['T-4K7M2QX9ABCD', 'T-4K9ZZZZZZZZZ', 'T-Z0AEJEV8RTZM'];

function opened(id: string, title: string, by = 'mk'): TicketEvent {
  return {
    id: `e-${id.slice(2).toLowerCase()}`,
    at: OPENED_AT,
    by,
    type: 'opened',
    title,
    customer: 'acme',
    description: '',
    channel: 'phone',
    receivedAt: OPENED_AT,
  } as TicketEvent;
}

/** What an older desk did for `desk log ID 45m`: one event appended to the flat file, one commit. */
function logTimeTheOldWay(c: Clone, id: string, minutes: number, eventId: string): void {
  const file = flatTicketFile(id);
  const events: TicketEvent[] = [
    opened(id, `Anfrage ${id}`),
    {
      id: eventId,
      at: '2026-11-03T10:00:00+01:00',
      by: c.user, // the person of the clone, who made the commit
      type: 'time-logged',
      minutes,
      activity: 'solution',
      on: '2026-11-03',
      staff: c.user,
    } as TicketEvent,
  ];
  c.write(file, serialiseTicket(events, id));
  c.git('add', file);
  c.git('commit', '-qm', `${id.slice(0, 7)}: log ${minutes}m`);
}

function formatOneTeam(): Team {
  const files: Record<string, string> = { '.gitattributes': 'tickets/*.yaml merge=desk-ticket\n' };
  for (const id of IDS) files[flatTicketFile(id)] = serialiseTicket([opened(id, `Anfrage ${id}`)], id);
  return tempTeam(['anja', 'carla'], files); // the manager upgrades (config.change, docs/roles.md)
}

const minutesOf = async (c: Clone): Promise<unknown> =>
  JSON.parse(await c.ok(['usage', 'acme', '--period', '2026-11', '--json']));

describe('desk upgrade: from the flat folder to folders by id', () => {
  let team: Team | undefined;
  afterEach(() => team?.cleanup());

  it('says what to do on the old layout, and moves every ticket in one commit of renames', async () => {
    team = formatOneTeam();
    const [anja] = team.clones as [Clone];
    const refused = await anja.desk(['list']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('flat folder of an older desk');
    expect(refused.stderr).toContain('desk upgrade');
    expect((await anja.desk(['show', 'T-4K7M2'])).stderr).toContain('desk upgrade');

    const out = await anja.ok(['upgrade']);
    expect(out).toContain('moved 3 tickets');
    for (const id of IDS) {
      expect(existsSync(join(anja.root, ticketFile(id)))).toBe(true);
      expect(existsSync(join(anja.root, flatTicketFile(id)))).toBe(false);
    }
    expect(ticketFile(IDS[0]!)).toBe('tickets/4K/T-4K7M2QX9ABCD.yaml');
    // one commit, renames git sees as such, by the person who ran it
    const stat = anja.git('show', '--format=%an|%s', '--name-status', '-M', 'HEAD').trim().split('\n');
    expect(stat[0]).toMatch(/^Anja Keller\|upgrade to format 2: move 3 tickets into folders by their ids/);
    const renames = stat.filter((l) => l.startsWith('R100'));
    expect(renames).toHaveLength(3);
    expect(anja.git('log', '--follow', '--format=%s', '--', ticketFile(IDS[0]!)).trim().split('\n')).toHaveLength(2);
    expect(anja.read('desk.yaml')).toMatch(/^format: 2 /m);
    expect(anja.read('.gitattributes')).toContain('tickets/*/*.yaml merge=desk-ticket');
    expect(anja.git('status', '--porcelain').trim()).toBe('');

    // the new layout reads as the old one did, and a second upgrade has nothing to do
    expect(await anja.ok(['list', '--all', '--json'])).toContain(IDS[2]);
    expect(await anja.ok(['check'])).toContain('All files are valid');
    expect(await anja.ok(['upgrade'])).toContain('Nothing to upgrade');
  });

  it('refuses with uncommitted changes, and an interrupted upgrade leaves the old layout as it was', async () => {
    team = formatOneTeam();
    const [anja] = team.clones as [Clone];
    anja.write('desk.yaml', `${anja.read('desk.yaml')}# a note\n`);
    const dirty = await anja.desk(['upgrade']);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('uncommitted changes in desk.yaml');
    anja.git('checkout', 'desk.yaml');

    const head = anja.git('rev-parse', 'HEAD');
    const killed = await anja.deskAsync(['upgrade'], { DESK_FAULT: 'mid-write' }); // a process: the fault kills it
    expect(killed.code).not.toBe(0);
    expect((await anja.desk(['list'])).stderr).toContain('desk upgrade'); // undone: still format 1
    expect(anja.git('rev-parse', 'HEAD')).toBe(head);
    expect(anja.git('status', '--porcelain').trim()).toBe('');
    for (const id of IDS) expect(existsSync(join(anja.root, flatTicketFile(id)))).toBe(true);
  });

  it('two clones: one upgrades, the other logs time on the old layout; both sync and nothing is lost', async () => {
    team = formatOneTeam();
    const [anja, carla] = team.clones as [Clone, Clone];
    await anja.ok(['upgrade']);
    // carla has not heard of it: an older desk logs time and opens a ticket in the flat folder
    logTimeTheOldWay(carla, IDS[0]!, 45, 'e-benlog000001');
    const newId = 'T-7QWERTY12345';
    carla.write(flatTicketFile(newId), serialiseTicket([opened(newId, 'Neue Anfrage', carla.user)], newId));
    carla.git('add', flatTicketFile(newId));
    carla.git('commit', '-qm', 'T-7QWER: open');

    await anja.ok(['sync']);
    const synced = await carla.ok(['sync']); // works on the old layout: it is how the upgrade arrives
    expect(synced).toContain('Synced');
    await anja.ok(['sync']);

    for (const c of [anja, carla]) {
      expect(c.read('desk.yaml')).toMatch(/^format: 2 /m);
      expect(c.read(ticketFile(IDS[0]!))).toContain('e-benlog000001'); // carla's time, in the moved file
      expect(existsSync(join(c.root, flatTicketFile(IDS[0]!)))).toBe(false);
      expect(existsSync(join(c.root, ticketFile(newId)))).toBe(true); // carla's new ticket, moved too
      expect(existsSync(join(c.root, flatTicketFile(newId)))).toBe(false);
      const usage = JSON.stringify(await minutesOf(c));
      expect(usage).toContain('e-benlog000001');
      const checked = await c.desk(['check']);
      expect(checked.stdout, checked.stdout + checked.stderr).toContain('All files are valid');
      expect(c.git('status', '--porcelain').trim()).toBe('');
    }
    // the history of the ticket carla changed is one line through the move
    const history = anja.git('log', '--follow', '--format=%s', '--', ticketFile(IDS[0]!)).trim().split('\n');
    expect(history).toContain(`${IDS[0]!.slice(0, 7)}: log 45m`);
    expect(history[history.length - 1]).toBe('sample helpdesk');
  });

  it('the other order: the old clone sends first, the upgrade is replayed onto its work', async () => {
    team = formatOneTeam();
    const [anja, carla] = team.clones as [Clone, Clone];
    logTimeTheOldWay(carla, IDS[1]!, 30, 'e-benlog000002');
    carla.git('push', '-q', 'origin', 'main'); // what an older desk's sync did
    await anja.ok(['upgrade']);
    await anja.ok(['sync']);
    await carla.ok(['sync']);
    for (const c of [anja, carla]) {
      expect(c.read(ticketFile(IDS[1]!))).toContain('e-benlog000002');
      expect(await c.ok(['list', '--all', '--json'])).toContain(IDS[1]);
      expect(c.git('status', '--porcelain').trim()).toBe('');
    }
  });
});
