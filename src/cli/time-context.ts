import { activeContract } from '../core/billing/contracts.js';
import { DeskError } from '../core/errors.js';
import type { TimeContext } from '../core/ticket/time-rules.js';
import { localDay } from '../core/time.js';
import type { Helpdesk } from '../store/helpdesk.js';

/** What logging time on a ticket of `customerId` is checked against: today, the time zone, the contracts. */
export async function timeContext(hd: Helpdesk, customerId: string): Promise<TimeContext> {
  const customer = await hd.customer(customerId);
  return {
    today: localDay(hd.now(), hd.timeZone),
    timeZone: hd.timeZone,
    contractOn: (day) => {
      try {
        return activeContract(customer, day)?.kind;
      } catch (e) {
        if (e instanceof DeskError) return undefined; // overlapping contracts: desk check reports them
        throw e;
      }
    },
  };
}
