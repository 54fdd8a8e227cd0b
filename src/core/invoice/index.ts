/** Invoicing: what is due, the documents that bill it, and the rules they obey. Pure. */
export * from './types.js';
export {
  dueCharges,
  chargeKey,
  settlementKey,
  type CustomerBilling,
  type DueCharge,
  type DueCharges,
} from './charges.js';
export {
  activeInvoices,
  billedKeys,
  cancelledNumbers,
  closedUntil,
  lastIssueDate,
  ledgerProblems,
  settledKeys,
} from './ledger.js';
export { formatNumber, nextNumbers, numberGaps, seqOf, numberFormatProblem } from './numbering.js';
export { buildCreditNote, buildInvoice, withTotals } from './build.js';
export { planCancel, planRun, customerProblems, sellerProblems, type RunInput, type RunPlan } from './plan.js';
export { isValidIban, ruleViolations, type RuleViolation } from './rules.js';
export { EU_COUNTRIES, vatBreakdownOf, vatTreatmentOf, legalNote, taxOn } from './vat.js';
export {
  displayDate,
  displayHours,
  displayPeriod,
  displayRange,
  groupIban,
  hoursOf,
  isLeitwegId,
  lineName,
  WORDS,
} from './texts.js';
export { invoiceRecordPath, invoiceDir, parseInvoice, serialiseInvoice, invoiceRecordSchema } from './record-file.js';
export { legalGaps, legalLine, legalProblems, LEGAL_FORMS, type LegalDetails } from './legal.js';
