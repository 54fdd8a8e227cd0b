import { formatDuration } from '../duration.js';
import { formatMoney } from '../money.js';
import type { TicketState } from '../ticket/projection.js';
import { CHANGE_REQUEST_LIMIT_MINUTES } from '../ticket/vocabulary.js';
import type { ClassifiedEntry } from './classify.js';

/** Something about a ticket's time that costs the customer money they may not expect. */
export interface MoneyWarning {
  kind: 'beyond-estimate' | 'beyond-analysis-cap' | 'project-work';
  message: string;
}

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
    out.push({
      kind: 'project-work',
      message: `${s.id}: the estimate of ${h(s.estimateMinutes)} is over 8 h, so it is project work: it cannot be approved in support, only handed off (desk handoff ${s.id} --to project-lead --reason …)`,
    });
  const change = s.timeEntries.filter((t) => t.activity === 'change').reduce((sum, t) => sum + t.minutes, 0);
  if (s.estimateMinutes !== undefined && change > s.estimateMinutes)
    out.push({
      kind: 'beyond-estimate',
      message: `${s.id}: ${h(change)} of change work logged, ${h(change - s.estimateMinutes)} beyond the ${s.approvedBy ? `estimate of ${h(s.estimateMinutes)} approved by ${s.approvedBy}` : `estimate of ${h(s.estimateMinutes)}`}; agree the rest with the customer's project lead`,
    });
  const beyond = classified.flatMap((c) => c.parts).filter((p) => p.bucket === 'beyond-cap');
  if (beyond.length > 0) {
    const minutes = beyond.reduce((sum, p) => sum + p.minutes, 0);
    const contract = classified.find((c) => c.parts.includes(beyond[0]!))?.contract;
    const cap = contract?.kind === 'service' ? contract.analysisCap : undefined;
    const rate = contract?.kind === 'service' ? ` at ${formatMoney(contract.hourlyRate)}/h` : '';
    out.push({
      kind: 'beyond-analysis-cap',
      message: `${s.id}: Second Level analysis is ${h(minutes)} beyond the ${cap === undefined ? 'cap' : h(cap)} the service contract includes per ticket; that time is billed${rate}`,
    });
  }
  return out;
}
