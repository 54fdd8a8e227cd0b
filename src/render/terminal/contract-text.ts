import { formatDuration } from '../../core/duration.js';
import { displayMoney } from '../../core/money.js';
import type { Contract } from '../../core/schema/customer.js';
import { PRIORITIES } from '../../core/ticket/vocabulary.js';

const PER: Record<Contract['period'], string> = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };
const h = (minutes: number) => `${formatDuration(minutes)} h`;
const eur = (cents: number) => displayMoney(cents, 'en');

/** A contract's terms as a person reads them, one term a line. */
export function describeContract(c: Contract): string[] {
  const span = `${c.start} – ${c.end ?? 'open-ended'}`;
  switch (c.kind) {
    case 'service':
      return [
        `service contract ${span}, ${PER[c.period]}`,
        `fee ${eur(c.fee)} in advance for ${h(c.includedHours)} of support`,
        `overage ${eur(c.overageRate)}/h, ${c.settlement === 'pooled' ? `pooled over the ${c.poolWindow}` : 'settled per period'}`,
        `outside the contract and beyond the analysis cap ${eur(c.hourlyRate)}/h`,
        `L2 analysis included up to ${h(c.analysisCap)} per ticket; billed per started ${c.increment} min`,
        reactionLine(c.reactionTimes),
      ];
    case 'commitment':
      return [
        `minimum-hours commitment ${span}, ${PER[c.period]}`,
        `${h(c.minimumHours)} at ${eur(c.rate)}/h in advance; hours beyond at the same rate at period end`,
        `unused hours ${c.unused === 'forfeit' ? 'are forfeited' : 'carry over to the next period'}; billed per started ${c.increment} min`,
        reactionLine(c.reactionTimes),
      ];
    case 'none':
      return [
        `no contract ${span}: every effort at ${c.hourlyRate === undefined ? 'the list rate' : `${eur(c.hourlyRate)}/h`}; billed per started ${c.increment} min`,
        reactionLine(undefined),
      ];
  }
}

function reactionLine(times: Partial<Record<(typeof PRIORITIES)[number], number>> | undefined): string {
  if (!times || Object.keys(times).length === 0) return 'no reaction time agreed (best effort)';
  const values = PRIORITIES.map((p) => times[p]);
  if (values.every((v) => v !== undefined && v === values[0]))
    return `reaction time ${h(values[0]!)} in service hours (every priority)`;
  return `reaction time in service hours: ${PRIORITIES.filter((p) => times[p] !== undefined)
    .map((p) => `${p} ${h(times[p]!)}`)
    .join(', ')}`;
}
