// Short ticket ids in lists: long enough to name one ticket among all, in every folder of tickets/,
// whether the names come from the ticket index or from the folders themselves.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk()));
afterEach(() => hd.cleanup());

const NOW = { DESK_NOW: '2026-11-23T09:00:00+01:00' };

it('a ticket sharing its first characters with another, listed or not, gets a longer short id, with and without the index', async () => {
  const opened: string[] = [];
  for (let i = 0; i < 3; i++)
    opened.push(await openTicket(hd, ['--category', 'malfunction', '--priority', 'normal'], NOW));
  // a colleague's ticket whose id shares six characters with the first (ids are random; this one is not)
  const twin = `${opened[0]!.slice(0, 8)}${opened[0]![8] === '0' ? '111111' : '000000'}`;
  hd.write(ticketFile(twin), hd.read(ticketFile(opened[0]!)).replaceAll(opened[0]!, twin));
  hd.git('add', '-A');
  hd.git('commit', '-qm', 'a ticket from a colleague');
  await hd.ok(['close', twin, '--spam'], { env: NOW }); // no longer listed, still there

  const listed = (env: Record<string, string>) =>
    hd
      .ok(['list', '--json'], { env: { ...NOW, ...env } })
      .then((out) => new Map((JSON.parse(out) as { id: string; short: string }[]).map(({ id, short }) => [id, short])));
  const withIndex = await listed({});
  expect(withIndex.has(twin)).toBe(false);
  expect(withIndex.get(opened[0]!)).toBe(opened[0]!.slice(0, 9)); // T- and seven: one more than shared
  expect(withIndex.get(opened[1]!)).toHaveLength(7); // T- and five, the usual
  expect(withIndex).toEqual(await listed({ DESK_NO_INDEX: '1' }));
});
