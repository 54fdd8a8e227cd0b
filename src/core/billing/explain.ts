import { formatDuration } from '../duration.js';
import { formatMoney } from '../money.js';
import type { Contract } from '../schema/customer.js';
import type { Statement } from './statement.js';
import type { Bucket } from './types.js';

type Figures = Omit<Statement, 'explanation'>;

const h = formatDuration;
const m = formatMoney;
const times = (minutes: number, rate: number, amount: number) => `${h(minutes)} × ${m(rate)}/h = ${m(amount)}`;

/** Tickets that put time into `bucket`, so a reader can check the figure against the tickets. */
const ticketsIn = (s: Figures, bucket: Bucket) =>
  s.byTicket
    .filter((t) => t.buckets[bucket] > 0)
    .map((t) => t.ticketId)
    .join(', ');

/** "How the figures were reached": one sentence per figure, in the order of the statement. */
export function explain(s: Figures, contract: Contract | undefined): string[] {
  const out: string[] = [];
  const unit = s.increment === 1 ? 'whole minutes' : `started ${s.increment} minutes`;
  out.push(
    s.entries === 0
      ? `No time logged in ${s.period.label}.`
      : `${s.entries} time ${s.entries === 1 ? 'entry' : 'entries'}: ${h(s.logged)} logged, ${h(s.billed)} billed, each entry rounded up to ${unit}.`,
  );
  if (s.quota) {
    const { used, included, overage, remaining } = s.quota;
    let outcome = overage === 0 ? `${h(remaining)} left unused (never refunded)` : `${h(overage)} over`;
    if (s.quota.settlement === 'pooled') outcome += `, balanced in the pool window ${s.pool?.window.label ?? ''}`;
    else if (overage > 0) outcome += `: overage ${times(overage, s.quota.overageRate, s.quota.overageAmount)}`;
    out.push(`Quota: ${h(used)} used of ${h(included)} included, ${outcome}.`);
  }
  if (s.pool) {
    const { window, used, included, excess } = s.pool;
    out.push(
      s.pool.closes
        ? `Pool window ${window.label} closes: ${h(used)} used of ${h(included)} included` +
            (excess > 0 ? `, net excess ${times(excess, s.pool.rate, s.pool.amount)}.` : ', no net excess.')
        : `Pool window ${window.label} so far: ${h(used)} used of ${h(included)} included; settled on ${window.to}.`,
    );
  }
  if (s.commitment) {
    const c = s.commitment;
    const carried = c.carriedIn > 0 ? ` (${h(c.minimum)} minimum + ${h(c.carriedIn)} carried over)` : '';
    let outcome = 'nothing beyond';
    if (c.excess > 0) outcome = `${h(c.excess)} beyond: ${times(c.excess, c.rate, c.excessAmount)}`;
    else if (c.unused > 0)
      outcome = `${h(c.unused)} unused, ${c.carriedOut > 0 ? 'carried over into the next period' : 'forfeited'}`;
    out.push(`Commitment: ${h(c.used)} used of ${h(c.available)} paid in advance${carried}; ${outcome}.`);
  }
  if (s.beyondCap.rate !== undefined && s.beyondCap.minutes > 0) {
    out.push(
      `L2 analysis beyond the cap per ticket (${ticketsIn(s, 'beyond-cap')}): ${times(s.beyondCap.minutes, s.beyondCap.rate, s.beyondCap.amount)}.`,
    );
  }
  if (s.outsideContract.rate !== undefined && s.outsideContract.minutes > 0) {
    out.push(
      `Not included in the service contract (${ticketsIn(s, 'outside-contract')}): ${times(s.outsideContract.minutes, s.outsideContract.rate, s.outsideContract.amount)}.`,
    );
  }
  if (s.payPerUse.rate !== undefined && s.payPerUse.minutes > 0) {
    const source = {
      contract: "the no-contract terms' hourly rate",
      customer: "the customer's list rate",
      desk: 'the list rate of desk.yaml',
    }[s.payPerUse.rateSource ?? 'desk'];
    out.push(
      `No contract, all time billed at ${source}: ${times(s.payPerUse.minutes, s.payPerUse.rate, s.payPerUse.amount)}.`,
    );
  }
  if (s.buckets['non-billable'] > 0)
    out.push(`Goodwill, not billed (${ticketsIn(s, 'non-billable')}): ${h(s.buckets['non-billable'])}.`);
  out.push(`Net due at the end of ${s.period.label}: ${m(s.net)}${advanceNote(contract)}.`);
  return out;
}

function advanceNote(contract: Contract | undefined): string {
  if (contract?.kind === 'service') return `; the fee ${m(contract.fee)} was billed in advance`;
  if (contract?.kind === 'commitment') return '; the minimum hours were billed in advance';
  return '';
}
