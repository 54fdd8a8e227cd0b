/**
 * "How the figures were reached" under `desk usage`: one sentence per figure of a settlement,
 * handed up by core (core/billing/explain.ts) with its figures; `--json` keeps them in English.
 */
export const explanation = {
  nothingLogged: 'No time logged in {period}.',
  entries:
    '{count, plural, one {# time entry} other {# time entries}}: {logged} logged, {billed} billed, each entry rounded up to {increment, plural, =1 {whole minutes} other {started # minutes}}.',
  times: '{hours} × {rate}/h = {amount}',
  quota: 'Quota: {used} used of {included} included, {outcome}.',
  quotaUnused: '{remaining} left unused (never refunded)',
  quotaOver: '{overage} over',
  quotaPooled: '{outcome}, balanced in the pool window {window}',
  quotaOverage: '{outcome}: overage {times}',
  poolCloses: 'Pool window {window} closes: {used} used of {included} included, net excess {times}.',
  poolClosesNoExcess: 'Pool window {window} closes: {used} used of {included} included, no net excess.',
  poolSoFar: 'Pool window {window} so far: {used} used of {included} included; settled on {day}.',
  commitment: 'Commitment: {used} used of {available} paid in advance{carried}; {outcome}.',
  commitmentCarriedIn: ' ({minimum} minimum + {carried} carried over)',
  commitmentNothingBeyond: 'nothing beyond',
  commitmentBeyond: '{excess} beyond: {times}',
  commitmentUnused: '{unused} unused, {carried, select, yes {carried over into the next period} other {forfeited}}',
  beyondCap: 'L2 analysis beyond the cap per ticket ({tickets}): {times}.',
  outsideContract: 'Not included in the service contract ({tickets}): {times}.',
  payPerUse:
    "No contract, all time billed at {source, select, contract {the no-contract terms'' hourly rate} customer {the customer''s list rate} other {the list rate of desk.yaml}}: {times}.",
  goodwill: 'Goodwill, not billed ({tickets}): {hours}.',
  net: 'Net due at the end of {period}: {amount}{advance}.',
  advanceFee: '; the fee {fee} was billed in advance',
  advanceMinimum: '; the minimum hours were billed in advance',
};
