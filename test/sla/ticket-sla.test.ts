// The SLA of one ticket, computed in core from its events: which contract and calendar apply,
// which target, when the resolution clock stands still, and the order of queue and sla lists.
// Default calendar (Mon–Fri 08:00–17:00 Europe/Berlin, NW holidays); instants are local (+01:00).
import { describe, expect, it } from 'vitest';
import { defaultCalendarConfig } from '../../src/core/calendar/index.js';
import { customerSchema, type Customer } from '../../src/core/schema/customer.js';
import {
  awaitingList,
  resolutionPauses,
  slaBook,
  targetFor,
  ticketSla,
  workList,
  type SlaRow,
  type WorkFacts,
} from '../../src/core/sla/index.js';
import type { TicketEvent } from '../../src/core/ticket/events.js';
import { project } from '../../src/core/ticket/projection.js';

const at = (local: string) => new Date(`${local}+01:00`);
const iso = (local: string) => `${local}+01:00`;
let seq = 0;
const ev = (local: string, body: Record<string, unknown>) =>
  ({ id: `e-${String(seq++).padStart(8, '0')}`, at: iso(local), by: 'mk', ...body }) as TicketEvent;
const opened = (local: string, extra: Record<string, unknown> = {}) =>
  ev(local, {
    type: 'opened',
    title: 't',
    customer: 'acme',
    description: '',
    channel: 'phone',
    receivedAt: iso(local),
    ...extra,
  });
const toCustomer = (local: string) => ev(local, { type: 'message', direction: 'to-customer', text: 'x' });
const fromCustomer = (local: string) => ev(local, { type: 'message', direction: 'from-customer', text: 'x' });

const service = { kind: 'service', fee: 1, includedHours: 1, overageRate: 1, hourlyRate: 1 };
const customer = (contracts: object[]): Customer => customerSchema.parse({ id: 'acme', name: 'ACME', contracts });
const acme = customer([{ ...service, start: '2025-01-01', reactionTimes: '4h', resolutionTimes: { high: '8h' } }]);

function ticket(events: TicketEvent[], who: Customer = acme, now = at('2026-11-30T08:00:00')) {
  const state = project('T-TEST', events);
  const book = slaBook(defaultCalendarConfig);
  return { state, sla: ticketSla(state, events, book.termsFor(who, new Date(state.receivedAt)), now) };
}

describe('the target of a ticket', () => {
  it('is the one agreed for its priority, and the strictest agreed while it has none', () => {
    const times = { critical: 60, normal: 240, low: 480 };
    expect(targetFor(times, 'low')).toEqual({ minutes: 480, priority: 'low', assumed: false });
    expect(targetFor(times, 'high')).toEqual({ minutes: undefined, priority: 'high', assumed: false });
    expect(targetFor(times, undefined)).toEqual({ minutes: 60, priority: 'critical', assumed: true });
    expect(targetFor(undefined, undefined)).toEqual({ assumed: true });
  });

  it("comes from the contract in force on the day the request was received, in that contract's calendar", () => {
    const history = customer([
      { ...service, start: '2025-01-01', end: '2025-12-31', reactionTimes: '8h' },
      {
        ...service,
        start: '2026-01-01',
        reactionTimes: '2h',
        calendar: { hours: { sat: ['10:00-14:00'] }, holidays: 'none' },
      },
    ]);
    const book = slaBook(defaultCalendarConfig);
    const old = book.termsFor(history, at('2025-12-31T23:30:00'));
    const current = book.termsFor(history, at('2026-01-01T00:30:00'));
    expect(old.reactionTimes?.normal).toBe(480);
    expect(old.calendar).toBe(book.calendar);
    expect(current.reactionTimes?.normal).toBe(120);
    expect(current.calendar.config.hours).toEqual({ sat: ['10:00-14:00'] });
    // calendars are built once, not per ticket
    expect(book.termsFor(history, at('2026-03-01T10:00:00')).calendar).toBe(current.calendar);
    // received Friday: the contract's Saturday-only hours start the clock Saturday 10:00
    const { sla } = ticket([opened('2026-01-02T09:00:00', { priority: 'normal', category: 'question' })], history);
    expect(sla.reaction).toMatchObject({ kind: 'overdue', deadline: at('2026-01-03T12:00:00') });
  });

  it('is none (best effort) without a contract, with a contract without reaction time, and for a kind: none contract', () => {
    const book = slaBook(defaultCalendarConfig);
    expect(book.termsFor(undefined, at('2026-01-01T10:00:00')).reactionTimes).toBeUndefined();
    expect(book.termsFor(customer([]), at('2026-01-01T10:00:00')).reactionTimes).toBeUndefined();
    expect(
      book.termsFor(customer([{ kind: 'none', start: '2025-01-01' }]), at('2026-01-01T10:00:00')).reactionTimes,
    ).toBeUndefined();
    const { sla } = ticket([opened('2026-11-20T15:30:00')], customer([{ ...service, start: '2025-01-01' }]));
    expect(sla.reaction).toEqual({ kind: 'none' });
    expect(sla.resolution).toEqual({ kind: 'none' });
  });
});

describe('reaction', () => {
  it('is the first message to the customer: met before the deadline, breached after it', () => {
    const received = opened('2026-11-20T15:30:00');
    expect(ticket([received, toCustomer('2026-11-23T10:30:00')]).sla.reaction).toEqual({
      kind: 'met',
      deadline: at('2026-11-23T10:30:00'),
      reactedAt: at('2026-11-23T10:30:00'),
      serviceMinutesToReaction: 240,
    });
    expect(
      ticket([received, toCustomer('2026-11-23T10:31:00'), toCustomer('2026-11-23T10:00:00')]).sla.reaction,
    ).toMatchObject({ kind: 'met' });
    expect(
      ticket([received, fromCustomer('2026-11-23T09:00:00'), toCustomer('2026-11-23T11:15:00')]).sla.reaction,
    ).toEqual({
      kind: 'breached',
      deadline: at('2026-11-23T10:30:00'),
      reactedAt: at('2026-11-23T11:15:00'),
      serviceMinutesToReaction: 285,
      overdueMinutes: 45,
    });
  });
});

describe('the resolution clock', () => {
  const qualified = opened('2026-11-23T08:00:00', { priority: 'high', category: 'malfunction' });

  it('stands still from "waiting" until the customer writes', () => {
    const events = [
      qualified,
      toCustomer('2026-11-23T09:00:00'),
      ev('2026-11-23T10:00:00', { type: 'waiting' }),
      toCustomer('2026-11-24T09:00:00'),
      fromCustomer('2026-11-25T10:00:00'),
    ];
    expect(resolutionPauses(events)).toEqual([{ from: at('2026-11-23T10:00:00'), to: at('2026-11-25T10:00:00') }]);
    // 2 h on Monday, 6 h from Wednesday 10:00: due Wednesday 16:00 instead of Monday 16:00
    expect(ticket(events, acme, at('2026-11-25T12:00:00')).sla.resolution).toEqual({
      kind: 'pending',
      deadline: at('2026-11-25T16:00:00'),
      usedMinutes: 240,
      remainingMinutes: 240,
    });
    expect(ticket(events.slice(0, 4), acme, at('2026-11-25T12:00:00')).sla.resolution).toEqual({
      kind: 'paused',
      pausedSince: at('2026-11-23T10:00:00'),
      usedMinutes: 120,
      remainingMinutes: 360,
    });
  });

  it('stops at the resolution and at a hand-off, and runs again when the ticket is reopened', () => {
    const events = [
      qualified,
      ev('2026-11-23T10:00:00', { type: 'waiting' }),
      ev('2026-11-23T12:00:00', { type: 'resolved', solution: 's' }),
      ev('2026-11-24T08:00:00', { type: 'reopened', reason: 'r' }),
      ev('2026-11-24T09:00:00', { type: 'handed-off', target: 'sales', to: 'sh', reason: 'r' }),
    ];
    expect(resolutionPauses(events)).toEqual([
      { from: at('2026-11-23T10:00:00'), to: at('2026-11-24T08:00:00') },
      { from: at('2026-11-24T09:00:00') },
    ]);
    expect(ticket(events, acme, at('2026-11-26T08:00:00')).sla.resolution).toMatchObject({
      kind: 'paused',
      usedMinutes: 180,
      remainingMinutes: 300,
    });
    const resolved = [...events.slice(0, 4), ev('2026-11-24T11:00:00', { type: 'resolved', solution: 's' })];
    expect(ticket(resolved).sla.resolution).toEqual({
      kind: 'met',
      deadline: at('2026-11-24T14:00:00'),
      resolvedAt: at('2026-11-24T11:00:00'),
      serviceMinutesToResolution: 300,
    });
  });
});

describe('lists', () => {
  const book = slaBook(defaultCalendarConfig);
  const now = at('2026-11-23T09:00:00');
  const row = (id: string, events: TicketEvent[]): SlaRow => {
    const state = project(id, events);
    return { state, sla: ticketSla(state, events, book.termsFor(acme, new Date(state.receivedAt)), now) };
  };
  const q = { category: 'question', priority: 'normal' };
  const rows = [
    row('T-ANSWERED', [opened('2026-11-19T09:00:00', q), toCustomer('2026-11-19T10:00:00')]),
    row('T-LATER', [opened('2026-11-23T08:30:00', q)]),
    row('T-SOON', [opened('2026-11-20T15:30:00', q)]),
    row('T-OVERDUE', [opened('2026-11-19T16:00:00', q)]),
    row('T-MINE', [opened('2026-11-23T08:45:00', q), ev('2026-11-23T08:50:00', { type: 'assigned', to: 'mk' })]),
    row('T-OTHERS', [opened('2026-11-19T08:00:00', q), ev('2026-11-19T08:01:00', { type: 'assigned', to: 'lw' })]),
    row('T-L2', [opened('2026-11-19T08:00:00', q), ev('2026-11-19T08:01:00', { type: 'escalated', reason: 'r' })]),
    row('T-DONE', [opened('2026-11-19T08:00:00', q), ev('2026-11-19T08:01:00', { type: 'resolved', solution: 's' })]),
  ];
  const ids = (list: readonly SlaRow[]) => list.map((r) => r.state.id);

  const facts: WorkFacts = { today: '2026-11-23', followUpDay: () => undefined, customerAnswered: () => false };
  it("queue: the team's overdue first, then one's own and the unassigned unanswered by deadline, then the rest", () => {
    expect(ids(workList(rows, { id: 'mk', roles: ['first-level'] }, now, facts))).toEqual([
      'T-OTHERS',
      'T-OVERDUE',
      'T-MINE',
      'T-SOON',
      'T-LATER',
      'T-DONE',
      'T-ANSWERED',
    ]);
    expect(workList(rows, { id: 'mk', roles: ['first-level'] }, now, facts).map((r) => r.need)).toEqual([
      'overdue',
      'overdue',
      'unanswered',
      'unanswered',
      'unanswered',
      'acceptance',
      'unassigned',
    ]);
    expect(ids(workList(rows, { id: 'jb', roles: ['second-level'] }, now, facts))).toEqual(['T-L2']);
    expect(ids(workList(rows, { id: 'x', roles: ['first-level', 'second-level'] }, now, facts))).toEqual([
      'T-L2',
      'T-OTHERS',
      'T-OVERDUE',
      'T-SOON',
      'T-LATER',
      'T-DONE',
      'T-ANSWERED',
    ]);
  });

  it('sla: every open ticket awaiting a reaction, --within keeps the overdue, --breached only them', () => {
    expect(ids(awaitingList(rows, now))).toEqual(['T-L2', 'T-OTHERS', 'T-OVERDUE', 'T-SOON', 'T-LATER', 'T-MINE']);
    expect(ids(awaitingList(rows, now, { withinMinutes: 90 }))).toEqual(['T-L2', 'T-OTHERS', 'T-OVERDUE', 'T-SOON']);
    expect(ids(awaitingList(rows, now, { breachedOnly: true }))).toEqual(['T-L2', 'T-OTHERS', 'T-OVERDUE']);
  });
});
