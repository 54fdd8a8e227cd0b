import { formatDuration } from '../duration.js';
import { text, type Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';
import { formatMoney } from '../money.js';
import type { TicketState } from '../ticket/projection.js';
import { CHANGE_REQUEST_LIMIT_MINUTES } from '../ticket/vocabulary.js';
import type { ClassifiedEntry } from './classify.js';

/** Something about a ticket's time that costs the customer money they may not expect. */
export interface MoneyWarning {
  kind: 'beyond-estimate' | 'beyond-analysis-cap' | 'project-work';
  /** In English, as `--json` has always given it. */
  message: string;
  /** What the reader is told, in their language. */
  text: Text;
}

const warning = (kind: MoneyWarning['kind'], said: Text): MoneyWarning => ({
  kind,
  message: renderIn('en', said.key, said.values),
  text: said,
});

const h = (m: number) => `${formatDuration(m)} h`;

/**
 * Where money is at stake on a ticket (docs/billing.md §9): change work past the estimate the
 * project lead approved, Second Level analysis past the contract's cap per ticket (billed at the
 * hourly rate), an estimate above 8 h that only a hand-off can follow. `classified` is the
 * ticket's own time as billing classifies it.
 */
export function moneyWarnings(s: TicketState, classified: readonly ClassifiedEntry[]): MoneyWarning[] {
  const out: MoneyWarning[] = [];
  if (s.estimateMinutes !== undefined && s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES && s.status !== 'handed-off')
    out.push(warning('project-work', text('money.projectWork', { id: s.id, estimate: h(s.estimateMinutes) })));
  const change = s.timeEntries.filter((t) => t.activity === 'change').reduce((sum, t) => sum + t.minutes, 0);
  if (s.estimateMinutes !== undefined && change > s.estimateMinutes)
    out.push(
      warning(
        'beyond-estimate',
        text(s.approvedBy ? 'money.beyondApprovedEstimate' : 'money.beyondEstimate', {
          id: s.id,
          change: h(change),
          beyond: h(change - s.estimateMinutes),
          estimate: h(s.estimateMinutes),
          approvedBy: s.approvedBy,
        }),
      ),
    );
  const beyond = classified.flatMap((c) => c.parts).filter((p) => p.bucket === 'beyond-cap');
  if (beyond.length > 0) {
    const minutes = beyond.reduce((sum, p) => sum + p.minutes, 0);
    const contract = classified.find((c) => c.parts.includes(beyond[0]!))?.contract;
    const cap = contract?.kind === 'service' ? contract.analysisCap : undefined;
    const rate = contract?.kind === 'service' ? formatMoney(contract.hourlyRate) : undefined;
    out.push(
      warning(
        'beyond-analysis-cap',
        text(rate === undefined ? 'money.beyondCap' : 'money.beyondCapAtRate', {
          id: s.id,
          minutes: h(minutes),
          cap: cap === undefined ? text('money.capUnknown') : text('money.capHours', { hours: h(cap) }),
          rate,
        }),
      ),
    );
  }
  return out;
}
