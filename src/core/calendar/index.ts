export { calendarConfigSchema, calendarOverrideSchema, defaultCalendarConfig } from './config.js';
export { applyCalendarOverride } from './override.js';
export type { CalendarConfig, CalendarOverride } from './config.js';
export {
  buildCalendar,
  nextOpening,
  addServiceMinutes,
  serviceMinutesBetween,
  isServiceTime,
  isHoliday,
  isClosingDay,
  serviceIntervalsOn,
} from './business-calendar.js';
export type { BusinessCalendar } from './business-calendar.js';
export type { HolidayMemory } from './holidays.js';
export { reactionStatus, resolutionStatus, reactionTargetFor } from './reaction.js';
export type {
  ReactionStatus,
  ResolutionStatus,
  ReactionInput,
  ResolutionInput,
  ReactionTimes,
  Pause,
} from './reaction.js';
