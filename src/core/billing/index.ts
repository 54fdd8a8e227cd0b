/** The billing rules of the service concept (docs/domain.md §4): pure functions over contracts and time. */
export * from './types.js';
export { parsePeriod } from './period-text.js';
export { labelOf, periodOf, periodsBetween, poolWindowOf, type BillingPeriod, type PoolWindow } from './periods.js';
export { activeContract, contractProblems, type ContractProblem } from './contracts.js';
export { customerPeriodsBetween, type RulesPeriod } from './customer-periods.js';
export {
  classifiedTime,
  classifyEntries,
  roundUp,
  NOT_INCLUDED,
  type BilledPart,
  type ClassifiedEntry,
  type ClassifyInput,
} from './classify.js';
export { settlePoolWindow, type PoolSettlement, type PoolPeriodUse } from './pool.js';
export type { CommitmentFigures } from './commitment.js';
export type { ActivityUsage, TicketUsage, UsageRow } from './breakdown.js';
export type { QuotaFigures, RatedMinutes, RateSource, Statement } from './statement.js';
export { firstDayRead, settle, type SettleInput } from './settle.js';
export { partsOf } from './tally.js';
export type { ClassifiedTime } from './classified-time.js';
export { advanceCharges } from './advance.js';
export { vatOf } from './vat.js';
export { customerTime, entriesCountedFrom, entriesOf, factsOf, type CustomerTime } from './from-tickets.js';
export { moneyWarnings, type MoneyWarning } from './warnings.js';
