import { formatDuration } from '../duration.js';
import { formatMoney, priceOfMinutes } from '../money.js';
import type { Contract } from '../schema/customer.js';
import type { ChargeLine, LabelledRange } from './types.js';

/**
 * What is billed in advance on the first day of `period` (docs/domain.md §4): a service contract's fee,
 * a commitment's minimum hours at its rate. Nothing is prorated: a period cut short by the
 * contract's end still costs its whole fee, as the fee buys readiness, not hours.
 */
export function advanceCharges(contract: Contract, period: LabelledRange): ChargeLine[] {
  const at = { from: period.from, to: period.to, label: period.label };
  switch (contract.kind) {
    case 'service':
      return [
        {
          kind: 'service-fee',
          period: at,
          description: `Service fee ${period.label} (${formatDuration(contract.includedHours)} h included)`,
          amount: contract.fee,
        },
      ];
    case 'commitment':
      return [
        {
          kind: 'commitment-minimum',
          period: at,
          description: `Minimum hours ${period.label}: ${formatDuration(contract.minimumHours)} h × ${formatMoney(contract.rate)}/h`,
          minutes: contract.minimumHours,
          rate: contract.rate,
          amount: priceOfMinutes(contract.minimumHours, contract.rate),
        },
      ];
    case 'none':
      return [];
  }
}
