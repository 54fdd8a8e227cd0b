import { formatDuration } from '../duration.js';
import { formatMoney } from '../money.js';
import type { Statement } from './statement.js';
import type { ChargeKind, ChargeLine, LabelledRange } from './types.js';

type Draft = Omit<Statement, 'lines' | 'net' | 'explanation'>;

const hours = (minutes: number) => `${formatDuration(minutes)} h`;

/** The end-of-period charges of a statement, one line per bucket that costs something. */
export function chargeLines(s: Draft): ChargeLine[] {
  const lines: ChargeLine[] = [];
  const add = (
    kind: ChargeKind,
    period: LabelledRange,
    description: string,
    minutes: number,
    rate: number | undefined,
    amount: number,
  ) => {
    if (minutes > 0 && rate !== undefined)
      lines.push({ kind, period, description: `${description} × ${formatMoney(rate)}/h`, minutes, rate, amount });
  };
  const { quota, pool, commitment } = s;
  if (quota?.settlement === 'per-period') {
    add(
      'overage',
      s.period,
      `Overage ${s.period.label}: ${hours(quota.overage)} beyond ${hours(quota.included)} included`,
      quota.overage,
      quota.overageRate,
      quota.overageAmount,
    );
  }
  if (pool?.closes) {
    add(
      'pool-excess',
      pool.window,
      `Pool window ${pool.window.label}: ${hours(pool.excess)} net beyond ${hours(pool.included)} included`,
      pool.excess,
      pool.rate,
      pool.amount,
    );
  }
  if (commitment) {
    add(
      'commitment-excess',
      s.period,
      `Hours beyond the minimum ${s.period.label}: ${hours(commitment.excess)}`,
      commitment.excess,
      commitment.rate,
      commitment.excessAmount,
    );
  }
  add(
    'beyond-cap',
    s.period,
    `L2 analysis beyond the cap per ticket ${s.period.label}: ${hours(s.beyondCap.minutes)}`,
    s.beyondCap.minutes,
    s.beyondCap.rate,
    s.beyondCap.amount,
  );
  add(
    'outside-contract',
    s.period,
    `Not included in the service contract ${s.period.label}: ${hours(s.outsideContract.minutes)}`,
    s.outsideContract.minutes,
    s.outsideContract.rate,
    s.outsideContract.amount,
  );
  add(
    'pay-per-use',
    s.period,
    `Support ${s.period.label}: ${hours(s.payPerUse.minutes)}`,
    s.payPerUse.minutes,
    s.payPerUse.rate,
    s.payPerUse.amount,
  );
  return lines;
}
