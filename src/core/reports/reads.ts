import type { IsoDate } from '../billing/types.js';
import type { Customer } from '../schema/customer.js';
import type { ReportName } from './index.js';
import { reportScope, type ScopeInput, type TicketScope } from './scope.js';
import { utilizationLookBack } from './utilization.js';

/**
 * What a report reads (docs/reports.md#what-a-report-reads). Utilization counts only what
 * billing counts, so it reads billing's view of the tickets with time since each customer's
 * look-back day, as of the report's instant; every other report reads the tickets that can
 * matter for its period (scope.ts). The store loads what this names.
 */
export type ReportReads =
  | { kind: 'billable'; at: Date; lookBack: (customer: Customer) => IsoDate | undefined }
  | { kind: 'tickets'; scopeOf: (customers: ReadonlyMap<string, Customer>) => TicketScope };

export function reportReads(name: ReportName, input: Omit<ScopeInput, 'customers'>): ReportReads {
  if (name === 'utilization')
    return { kind: 'billable', at: input.asOf.at, lookBack: (c) => utilizationLookBack(c, input.period.through) };
  return { kind: 'tickets', scopeOf: (customers) => reportScope(name, { ...input, customers }) };
}
