/** Reaction and resolution times of tickets (docs/domain.md §5); docs/reaction-times.md. */
export {
  ticketSla,
  ticketReaction,
  targetFor,
  resolutionPauses,
  reactionBreached,
  awaitingReaction,
} from './ticket-sla.js';
export type { SlaTerms, Target, TicketSla } from './ticket-sla.js';
export { slaBook } from './terms.js';
export type { SlaBook } from './terms.js';
export {
  workList,
  needOf,
  NEEDS,
  awaitingList,
  levelsOf,
  isOpenForSupport,
  pendingDeadline,
  byDeadline,
} from './work-list.js';
export type { SlaRow, QueueRow, AwaitingFilter, Need, WorkFacts } from './work-list.js';
