/** The billing rules of the service concept (DOMAIN §4): pure functions over contracts and time. */
export * from './types.js';
export { parsePeriod } from './period-text.js';
export { labelOf, periodOf, periodsBetween, poolWindowOf, type BillingPeriod, type PoolWindow } from './periods.js';
export { activeContract, contractProblems, type ContractProblem } from './contracts.js';
export { customerPeriodsBetween, type RulesPeriod } from './customer-periods.js';
