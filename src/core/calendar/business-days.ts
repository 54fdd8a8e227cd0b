/**
 * Business days (Werktage) of the service calendar: days with service hours, so weekends, public
 * holidays and company closing days do not count. Follow-up dates and closing by silence count them.
 */
import { serviceIntervalsOn, type BusinessCalendar } from './business-calendar.js';
import { isoOfLocalDay, localDayFromIso, localDayOf } from './local-day.js';

export function isBusinessDay(cal: BusinessCalendar, isoDate: string): boolean {
  return serviceIntervalsOn(cal, isoDate).length > 0;
}

/** The business day `n` business days after `isoDate` (which itself need not be one). */
export function addBusinessDays(cal: BusinessCalendar, isoDate: string, n: number): string {
  let day = localDayFromIso(isoDate);
  // a calendar without any service hours would loop for ever: a year of days is the bound
  for (let left = n, guard = 0; left > 0 && guard < 3660; guard++) {
    day += 1;
    if (isBusinessDay(cal, isoOfLocalDay(day))) left--;
  }
  return isoOfLocalDay(day);
}

/** The company-local day of an instant. */
export function localDate(cal: BusinessCalendar, instant: Date): string {
  return isoOfLocalDay(localDayOf(instant.getTime(), cal.timeZone));
}
