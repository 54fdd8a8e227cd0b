import { day, hours, money, text, type Text } from '../../i18n/keys.js';
import type { Contract } from '../schema/customer.js';
import type { Statement } from './statement.js';
import type { Bucket } from './types.js';

type Figures = Omit<Statement, 'explanation'>;

const times = (minutes: number, rate: number, amount: number) =>
  text('explanation.times', { hours: hours(minutes), rate: money(rate), amount: money(amount) });

/** Tickets that put time into `bucket`, so a reader can check the figure against the tickets. */
const ticketsIn = (s: Figures, bucket: Bucket) =>
  s.byTicket
    .filter((t) => t.buckets[bucket] > 0)
    .map((t) => t.ticketId)
    .join(', ');

/**
 * "How the figures were reached": one sentence per figure, in the order of the statement, as
 * texts the reader's language says (`--json` says them in English).
 */
export function explain(s: Figures, contract: Contract | undefined): Text[] {
  const out: Text[] = [];
  out.push(
    s.entries === 0
      ? text('explanation.nothingLogged', { period: s.period.label })
      : text('explanation.entries', {
          count: s.entries,
          logged: hours(s.logged),
          billed: hours(s.billed),
          increment: s.increment,
        }),
  );
  if (s.quota) {
    const { used, included, overage, remaining } = s.quota;
    let outcome =
      overage === 0
        ? text('explanation.quotaUnused', { remaining: hours(remaining) })
        : text('explanation.quotaOver', { overage: hours(overage) });
    if (s.quota.settlement === 'pooled')
      outcome = text('explanation.quotaPooled', { outcome, window: s.pool?.window.label ?? '' });
    else if (overage > 0)
      outcome = text('explanation.quotaOverage', {
        outcome,
        times: times(overage, s.quota.overageRate, s.quota.overageAmount),
      });
    out.push(text('explanation.quota', { used: hours(used), included: hours(included), outcome }));
  }
  if (s.pool) {
    const { window, used, included, excess } = s.pool;
    const figures = { window: window.label, used: hours(used), included: hours(included) };
    out.push(
      !s.pool.closes
        ? text('explanation.poolSoFar', { ...figures, day: day(window.to) })
        : excess > 0
          ? text('explanation.poolCloses', { ...figures, times: times(excess, s.pool.rate, s.pool.amount) })
          : text('explanation.poolClosesNoExcess', figures),
    );
  }
  if (s.commitment) {
    const c = s.commitment;
    const carried =
      c.carriedIn > 0
        ? text('explanation.commitmentCarriedIn', { minimum: hours(c.minimum), carried: hours(c.carriedIn) })
        : '';
    let outcome = text('explanation.commitmentNothingBeyond');
    if (c.excess > 0)
      outcome = text('explanation.commitmentBeyond', {
        excess: hours(c.excess),
        times: times(c.excess, c.rate, c.excessAmount),
      });
    else if (c.unused > 0)
      outcome = text('explanation.commitmentUnused', {
        unused: hours(c.unused),
        carried: c.carriedOut > 0 ? 'yes' : 'no',
      });
    out.push(text('explanation.commitment', { used: hours(c.used), available: hours(c.available), carried, outcome }));
  }
  if (s.beyondCap.rate !== undefined && s.beyondCap.minutes > 0)
    out.push(
      text('explanation.beyondCap', {
        tickets: ticketsIn(s, 'beyond-cap'),
        times: times(s.beyondCap.minutes, s.beyondCap.rate, s.beyondCap.amount),
      }),
    );
  if (s.outsideContract.rate !== undefined && s.outsideContract.minutes > 0)
    out.push(
      text('explanation.outsideContract', {
        tickets: ticketsIn(s, 'outside-contract'),
        times: times(s.outsideContract.minutes, s.outsideContract.rate, s.outsideContract.amount),
      }),
    );
  if (s.payPerUse.rate !== undefined && s.payPerUse.minutes > 0)
    out.push(
      text('explanation.payPerUse', {
        source: s.payPerUse.rateSource ?? 'desk',
        times: times(s.payPerUse.minutes, s.payPerUse.rate, s.payPerUse.amount),
      }),
    );
  if (s.buckets['non-billable'] > 0)
    out.push(
      text('explanation.goodwill', {
        tickets: ticketsIn(s, 'non-billable'),
        hours: hours(s.buckets['non-billable']),
      }),
    );
  out.push(text('explanation.net', { period: s.period.label, amount: money(s.net), advance: advanceNote(contract) }));
  return out;
}

function advanceNote(contract: Contract | undefined): Text | string {
  if (contract?.kind === 'service') return text('explanation.advanceFee', { fee: money(contract.fee) });
  if (contract?.kind === 'commitment') return text('explanation.advanceMinimum');
  return '';
}
