// Every rule of docs/reaction-times.md "What counts as the reaction", end to end: the example of the
// page is recorded through the CLI, then `desk show`, `desk sla`, `desk queue` and `desk report sla`
// are read the next week and must say the same. The clock is pinned with DESK_NOW.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
beforeAll(() => (hd = helpdesk()));
afterAll(() => hd.cleanup());

const at = (user: string, instant: string) => ({ env: { DESK_USER: user, DESK_NOW: instant } });
const MON_0900 = '2026-11-23T09:00:00+01:00';
const NEXT_WEEK = '2026-11-30T12:00:00+01:00';
const q = ['--category', 'malfunction', '--priority', 'normal'];

interface SlaJson {
  reaction: { status: string; breached: boolean; overdueMinutes?: number };
}
const showJson = async (id: string, instant = NEXT_WEEK) =>
  JSON.parse(await hd.ok(['show', id, '--json'], at('mk', instant))) as {
    sla: SlaJson;
    reaction: { how: string; at: string } | null;
    state: { status: string; closure?: string };
  };
const slaIds = async (instant = NEXT_WEEK) =>
  (JSON.parse(await hd.ok(['sla', '--json'], at('mk', instant))) as { id: string }[]).map((t) => t.id);
const queueOf = async (user: string, instant = NEXT_WEEK) =>
  JSON.parse(await hd.ok(['queue', '--json'], at(user, instant))) as { id: string; need: string }[];
const reportSla = async () =>
  JSON.parse(
    await hd.ok(['report', 'sla', '--period', '2026-11', '--as-of', '2026-11-30', '--json'], at('ak', NEXT_WEEK)),
  ) as {
    data: { breaches: { ticket: string }[]; summary: { received: number } };
  };
const breachedInReport = async (id: string) => (await reportSla()).data.breaches.some((b) => b.ticket === id);

describe('what counts as the reaction', () => {
  it('a phone call fixed on the spot: opened while talking to the customer is the reaction, met for good', async () => {
    const id = await openTicket(hd, ['--channel', 'phone', '--received-at', '2026-11-23 08:50', ...q], {
      DESK_NOW: MON_0900,
    });
    await hd.ok(['resolve', id, '--solution', 'Druckertreiber neu installiert'], at('mk', '2026-11-23T09:05:00+01:00'));
    await hd.ok(['close', id, '--accepted-by', 'Sabine Vogt'], at('mk', '2026-11-23T09:06:00+01:00'));
    const shown = await showJson(id);
    expect(shown.reaction).toMatchObject({ how: 'conversation' });
    expect(shown.sla.reaction).toMatchObject({ status: 'met', breached: false });
    expect(await hd.ok(['show', id], at('mk', NEXT_WEEK))).toMatch(
      /^reacted\s+2026-11-23 09:00 by mk \(talking to the customer when it was recorded\)$/m,
    );
    expect(await slaIds()).not.toContain(id);
    expect(await breachedInReport(id)).toBe(false);
  });

  it('a voicemail on the phone channel is no conversation: --no-conversation leaves the reaction owed', async () => {
    const id = await openTicket(hd, ['--channel', 'phone', '--no-conversation', '--received-at', '2026-11-23 08:00'], {
      DESK_NOW: MON_0900,
    });
    expect((await showJson(id, MON_0900)).reaction).toBeNull();
    expect(await slaIds(MON_0900)).toContain(id);
    await hd.ok(['close', id, '--spam'], at('mk', MON_0900)); // out of the way of the other examples
  });

  it('an e-mail request answered by resolving it: the resolution is the reaction', async () => {
    const id = await openTicket(hd, ['--received-at', '2026-11-23 08:30', ...q], { DESK_NOW: MON_0900 });
    expect(await slaIds(MON_0900)).toContain(id);
    await hd.ok(['resolve', id, '--solution', 'Passwort zurückgesetzt'], at('mk', '2026-11-23T10:00:00+01:00'));
    expect(await showJson(id)).toMatchObject({ reaction: { how: 'resolved' }, sla: { reaction: { status: 'met' } } });
    expect(await slaIds()).not.toContain(id);
    expect(await breachedInReport(id)).toBe(false);
  });

  it('resolved after the deadline: breached at that instant, and the overdue time no longer grows', async () => {
    const id = await openTicket(hd, ['--received-at', '2026-11-23 08:00', ...q], { DESK_NOW: MON_0900 });
    await hd.ok(['resolve', id, '--solution', 'Dienst neu gestartet'], at('mk', '2026-11-23T14:00:00+01:00'));
    const tuesday = (await showJson(id, '2026-11-24T12:00:00+01:00')).sla.reaction;
    const nextWeek = (await showJson(id)).sla.reaction;
    expect(tuesday).toMatchObject({ status: 'breached', breached: true, overdueMinutes: 120 });
    expect(nextWeek).toEqual(tuesday);
    expect(await breachedInReport(id)).toBe(true);
    expect(await slaIds()).not.toContain(id);
  });

  it('a duplicate closed: final, and out of the reaction-time figures', async () => {
    const original = await openTicket(hd, ['--received-at', '2026-11-23 08:10', ...q], { DESK_NOW: MON_0900 });
    await hd.ok(['reply', original, '-m', 'Wir kümmern uns darum.'], at('mk', MON_0900));
    const duplicate = await openTicket(hd, ['--received-at', '2026-11-16 08:10'], { DESK_NOW: MON_0900 });
    const before = (await reportSla()).data.summary.received;
    expect(await breachedInReport(duplicate)).toBe(true);
    await hd.ok(['close', duplicate, '--as-duplicate-of', original], at('mk', MON_0900));
    expect((await showJson(duplicate)).state).toMatchObject({ status: 'closed', closure: 'duplicate' });
    expect(await breachedInReport(duplicate)).toBe(false);
    expect((await reportSla()).data.summary.received).toBe(before - 1);
    expect(await slaIds()).not.toContain(duplicate);
  });

  it('a hand-off communicated to the customer is the reaction', async () => {
    const id = await openTicket(
      hd,
      ['--received-at', '2026-11-23 08:20', '--category', 'project-work', '--priority', 'low'],
      {
        DESK_NOW: MON_0900,
      },
    );
    await hd.ok(['handoff', id, '--to', 'project-lead', '--reason', 'Neues Modul'], at('mk', MON_0900));
    expect(await showJson(id)).toMatchObject({ reaction: { how: 'handed-off' }, sla: { reaction: { status: 'met' } } });
  });

  it('a reopened ticket owes no new reaction: it is back in the queue, not in desk sla', async () => {
    const id = await openTicket(hd, ['--received-at', '2026-11-23 08:40', ...q], { DESK_NOW: MON_0900 });
    await hd.ok(['reply', id, '-m', 'Eingangsbestätigung'], at('mk', MON_0900));
    await hd.ok(['resolve', id, '--solution', 'Cache geleert'], at('mk', '2026-11-23T09:30:00+01:00'));
    await hd.ok(['reopen', id, '--reason', 'Fehler tritt wieder auf'], at('mk', '2026-11-24T09:00:00+01:00'));
    expect((await showJson(id)).sla.reaction).toMatchObject({ status: 'met' });
    expect(await slaIds()).not.toContain(id);
    expect((await queueOf('mk')).find((r) => r.id === id)).toMatchObject({ need: 'in-progress' });
  });

  it('a ticket waiting on the customer was reacted to, and comes back on its follow-up day', async () => {
    const id = await openTicket(hd, ['--received-at', '2026-11-23 08:45', ...q], { DESK_NOW: MON_0900 });
    await hd.ok(['wait', id, '--until', '2026-11-26', '--reason', 'Logdatei angefordert'], at('mk', MON_0900));
    expect(await showJson(id)).toMatchObject({ reaction: { how: 'waiting' }, sla: { reaction: { status: 'met' } } });
    expect((await queueOf('mk', '2026-11-25T12:00:00+01:00')).map((r) => r.id)).not.toContain(id);
    expect((await queueOf('mk', '2026-11-26T08:00:00+01:00')).find((r) => r.id === id)).toMatchObject({
      need: 'follow-up',
    });
  });
});
