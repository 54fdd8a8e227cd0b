// docs/domain.md §5 end to end: each golden case is a request recorded with `desk open --received-at`
// on a helpdesk whose customer has had a 4-hour reaction time since 2025-01-01, and `desk show
// --json` must give exactly the deadline of the table. Default calendar (NW holidays); a second
// helpdesk sits in Berlin and closes on 24 December.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

const CUSTOMER = `id: acme
name: ACME Maschinenbau GmbH
projectLead: tb
salesRep: sh
contracts:
  - kind: service
    start: 2025-01-01
    fee: "1200.00"
    includedHours: 10
    overageRate: "110.00"
    hourlyRate: "120.00"
    reactionTimes: 4h
`;

let nw: InProcessHelpdesk;
let berlin: InProcessHelpdesk;
beforeAll(() => {
  nw = helpdesk({ 'contracts/acme.yaml': CUSTOMER });
  berlin = helpdesk({ 'contracts/acme.yaml': CUSTOMER });
  berlin.write('desk.yaml', `${berlin.read('desk.yaml')}calendar:\n  holidays: DE-BE\n  closingDays: ["2025-12-24"]\n`);
  berlin.git('commit', '-qam', 'a company in Berlin, closed on 24 December');
});
afterAll(() => {
  nw.cleanup();
  berlin.cleanup();
});

/** An instant as the tests write it: company-local wall time with its offset. */
const now = (instant: string) => ({ DESK_NOW: instant });

async function received(hd: InProcessHelpdesk, local: string, nowIso: string): Promise<string> {
  return await openTicket(hd, ['--received-at', local], now(nowIso));
}

async function reaction(hd: InProcessHelpdesk, id: string, nowIso: string) {
  return JSON.parse(await hd.ok(['show', id, '--json'], { env: now(nowIso) })).sla.reaction;
}

describe('reaction deadline of docs/domain.md §5, end to end', () => {
  const cases = [
    {
      hd: () => nw,
      received: '2026-11-20 15:30',
      at: '2026-11-20T15:30:00+01:00',
      deadline: '2026-11-23T10:30:00+01:00',
      why: '1.5 h Friday + 2.5 h Monday',
    },
    {
      hd: () => nw,
      received: '2026-11-21 10:00',
      at: '2026-11-21T10:00:00+01:00',
      deadline: '2026-11-23T12:00:00+01:00',
      why: 'Saturday: the clock starts Monday 08:00',
    },
    {
      hd: () => nw,
      received: '2025-12-24 16:00',
      at: '2025-12-24T16:00:00+01:00',
      deadline: '2025-12-29T11:00:00+01:00',
      why: '25 and 26 Dec holidays, then the weekend',
    },
    {
      hd: () => berlin,
      received: '2025-12-24 16:00',
      at: '2025-12-24T16:00:00+01:00',
      deadline: '2025-12-29T12:00:00+01:00',
      why: '24 Dec a company closing day: starts Monday 08:00',
    },
    {
      hd: () => nw,
      received: '2026-10-23 16:00',
      at: '2026-10-23T16:00:00+02:00',
      deadline: '2026-10-26T11:00:00+01:00',
      why: 'summer time ends in between (10:00 UTC)',
    },
    {
      hd: () => nw,
      received: '2026-06-03 16:00',
      at: '2026-06-03T16:00:00+02:00',
      deadline: '2026-06-05T11:00:00+02:00',
      why: 'Corpus Christi is a holiday in NW',
    },
    {
      hd: () => berlin,
      received: '2026-06-03 16:00',
      at: '2026-06-03T16:00:00+02:00',
      deadline: '2026-06-04T11:00:00+02:00',
      why: 'Berlin works on Corpus Christi',
    },
  ];

  for (const c of cases) {
    it(`received ${c.received} → ${c.deadline}: ${c.why}`, async () => {
      const hd = c.hd();
      const id = await received(hd, c.received, c.at);
      expect(await reaction(hd, id, c.at)).toEqual({
        status: 'pending',
        targetMinutes: 240,
        priority: 'critical', // not qualified yet: the strictest agreed time counts (4 h for all here)
        priorityAssumed: true,
        deadline: c.deadline,
        reactedAt: null,
        breached: false,
        remainingMinutes: 240,
        overdueMinutes: null,
        serviceMinutesToReaction: null,
      });
    });
  }

  it('a reply at the deadline is met, a minute later breached (1.5 h Friday + 2.5 h Monday)', async () => {
    const onTime = await received(nw, '2026-11-20 15:30', '2026-11-20T15:30:00+01:00');
    const late = await received(nw, '2026-11-20 15:30', '2026-11-20T15:30:00+01:00');
    await nw.ok(['reply', onTime, '-m', 'Eingangsbestätigung'], { env: now('2026-11-23T10:30:00+01:00') });
    await nw.ok(['reply', late, '-m', 'Eingangsbestätigung'], { env: now('2026-11-23T10:31:00+01:00') });
    expect(await reaction(nw, onTime, '2026-11-24T09:00:00+01:00')).toMatchObject({
      status: 'met',
      deadline: '2026-11-23T10:30:00+01:00',
      reactedAt: '2026-11-23T10:30:00+01:00',
      breached: false,
      serviceMinutesToReaction: 240,
    });
    expect(await reaction(nw, late, '2026-11-24T09:00:00+01:00')).toMatchObject({
      status: 'breached',
      reactedAt: '2026-11-23T10:31:00+01:00',
      breached: true,
      overdueMinutes: 1,
      serviceMinutesToReaction: 241,
    });
  });

  it('across the end of summer time, a reply Monday 10:59 local is met and 11:01 breached', async () => {
    const onTime = await received(nw, '2026-10-23 16:00', '2026-10-23T16:00:00+02:00');
    const late = await received(nw, '2026-10-23 16:00', '2026-10-23T16:00:00+02:00');
    await nw.ok(['reply', onTime, '-m', 'Wir sehen uns das an.'], { env: now('2026-10-26T10:59:00+01:00') });
    await nw.ok(['reply', late, '-m', 'Wir sehen uns das an.'], { env: now('2026-10-26T11:01:00+01:00') });
    expect(await reaction(nw, onTime, '2026-10-27T09:00:00+01:00')).toMatchObject({
      status: 'met',
      serviceMinutesToReaction: 239,
    });
    expect(await reaction(nw, late, '2026-10-27T09:00:00+01:00')).toMatchObject({
      status: 'breached',
      overdueMinutes: 1,
    });
  });

  it('an unanswered ticket is overdue by service minutes only: none over the weekend', async () => {
    const id = await received(nw, '2026-11-20 15:30', '2026-11-20T15:30:00+01:00');
    expect(await reaction(nw, id, '2026-11-23T09:00:00+01:00')).toMatchObject({
      status: 'pending',
      remainingMinutes: 90,
    });
    expect(await reaction(nw, id, '2026-11-23T11:15:00+01:00')).toMatchObject({
      status: 'overdue',
      breached: true,
      overdueMinutes: 45,
    });
    expect(await reaction(nw, id, '2026-11-23T20:00:00+01:00')).toMatchObject({
      status: 'overdue',
      overdueMinutes: 390,
    });
    expect(await reaction(nw, id, '2026-11-24T08:00:00+01:00')).toMatchObject({
      status: 'overdue',
      overdueMinutes: 390,
    });
  });
});
