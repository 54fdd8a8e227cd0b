/**
 * A contract's calendar over the company's, apart from the schemas in config.ts: applying an
 * already validated override needs no zod, and every SLA computation does it.
 */
import type { CalendarConfig, CalendarOverride } from './config.js';

/** Replaces whole fields, not parts: an override's hours or closing days are the complete list. */
export function applyCalendarOverride(base: CalendarConfig, override: CalendarOverride | undefined): CalendarConfig {
  if (!override) return base;
  return {
    timeZone: override.timeZone ?? base.timeZone,
    hours: override.hours ?? base.hours,
    holidays: override.holidays ?? base.holidays,
    closingDays: override.closingDays ?? base.closingDays,
  };
}
