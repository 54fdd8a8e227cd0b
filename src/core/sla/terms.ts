/**
 * Which promise applies to a ticket: the contract its customer had in force on the day the
 * request was received, counted in the company's calendar or the contract's own. Calendars are
 * built once per configuration and reused for every ticket (building one is the expensive part).
 */
import { activeContract } from '../billing/contracts.js';
// the calendar's modules one by one: its index also holds the schemas, which load zod
import { buildCalendar, type BusinessCalendar } from '../calendar/business-calendar.js';
import type { CalendarConfig } from '../calendar/config.js';
import type { HolidayMemory } from '../calendar/holidays.js';
import { applyCalendarOverride } from '../calendar/override.js';
import { isoOfLocalDay, localDayOf } from '../calendar/local-day.js';
import type { Contract, Customer } from '../schema/customer.js';
import type { SlaTerms } from './ticket-sla.js';

export interface SlaBook {
  /** The company's calendar: what "service hours" mean for customers without their own. */
  readonly calendar: BusinessCalendar;
  /** The terms for a request of `customer` received at `receivedAt`; none agreed for an unknown customer. */
  termsFor(customer: Customer | undefined, receivedAt: Date): SlaTerms;
}

/** `holidays` remembers computed public holidays between runs (see buildCalendar). */
export function slaBook(company: CalendarConfig, holidays?: HolidayMemory): SlaBook {
  const calendar = buildCalendar(company, holidays);
  const bare: SlaTerms = { calendar };
  const byContract = new WeakMap<Contract, SlaTerms>();

  const termsOf = (contract: Contract): SlaTerms => {
    let terms = byContract.get(contract);
    if (!terms) {
      terms =
        contract.kind === 'none'
          ? bare
          : {
              calendar: contract.calendar
                ? buildCalendar(applyCalendarOverride(company, contract.calendar), holidays)
                : calendar,
              reactionTimes: contract.reactionTimes,
              resolutionTimes: contract.resolutionTimes,
            };
      byContract.set(contract, terms);
    }
    return terms;
  };

  // Many tickets of a customer arrive on the same day: look its contract up once per day.
  const byDay = new WeakMap<Customer, Map<number, SlaTerms>>();
  return {
    calendar,
    termsFor(customer, receivedAt) {
      if (!customer) return bare;
      let days = byDay.get(customer);
      if (!days) byDay.set(customer, (days = new Map()));
      const day = localDayOf(receivedAt.getTime(), calendar.timeZone);
      let terms = days.get(day);
      if (!terms) {
        const contract = activeContract(customer, isoOfLocalDay(day));
        terms = contract ? termsOf(contract) : bare;
        days.set(day, terms);
      }
      return terms;
    },
  };
}
