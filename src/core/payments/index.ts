/** Payments and open items: what came in, what is open, what a bank statement pays. Pure. */
export * from './types.js';
export { openItems, balanceOf, ITEM_STATUSES, type ItemStatus, type OpenItem } from './open-items.js';
export { planPayment, type PaymentInput } from './plan.js';
export { matchEntries, type BankEntry, type Import, type Matched } from './match.js';
export { parsePayment, paymentPath, paymentSchema, serialisePayment, PAYMENT_ID } from './record-file.js';
