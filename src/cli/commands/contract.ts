import { activeContract } from '../../core/billing/index.js';
import { planNewContract, renewedBy, type NewContractPlan } from '../../core/billing/new-contract.js';
import { usage } from '../../core/errors.js';
import { t, text, type Key } from '../../i18n/index.js';
import { localDay, parseDay } from '../../core/time.js';
import { addContractToFile, writtenContracts } from '../../store/customer-file.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { need } from '../prompts.js';
import { describeContract } from '../../render/terminal/contract-text.js';
import { oneOf } from './qualification.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

/** `desk contract show CUSTOMER [--at DATE]`: the contract in force on a day, all terms resolved. */
export async function contractShow(
  customerId: string,
  o: GlobalOptions & { at?: string; json?: boolean },
): Promise<void> {
  const hd = await openHelpdesk(o);
  const customer = await hd.customer(customerId);
  const day = o.at ? parseDay(o.at, '--at') : localDay(hd.now(), hd.timeZone);
  const contract = activeContract(customer, day);
  if (o.json) {
    await printJson({ customer: customer.id, at: day, contract: contract ?? null });
    return;
  }
  if (!contract) {
    await print(t('customers.noContractOn', { customer: line(customer.name), day }));
    return;
  }
  await print(
    [
      t('customers.contractOn', { customer: line(customer.name), day }),
      ...describeContract(contract).map((l) => `  ${l}`),
    ].join('\n'),
  );
}

export interface ContractFlags extends GlobalOptions {
  kind?: string;
  start?: string;
  end?: string;
  period?: string;
  fee?: string;
  includedHours?: string;
  overageRate?: string;
  hourlyRate?: string;
  settlement?: string;
  poolWindow?: string;
  increment?: string;
  analysisCap?: string;
  reactionTime?: string;
  minimumHours?: string;
  rate?: string;
  unused?: string;
  json?: boolean;
}

/**
 * `desk contract add CUSTOMER`: a change of terms is a new contract from a date; an open-ended
 * contract before it ends the day before. A renewal keeps the terms it does not change and says
 * which. Decided under the lock on the customer file as it is then, and validated with the whole
 * history: two commands at once never write overlapping contracts. One commit.
 */
export async function contractAdd(customerId: string, o: ContractFlags): Promise<void> {
  const { hd, actor } = await openForChange(o, 'contract.change');
  const customer = await hd.customer(customerId);
  const kind = await need(
    o.kind === undefined ? undefined : oneOf(o.kind, ['service', 'commitment', 'none'] as const, '--kind'),
    '--kind',
    (p) =>
      p.select({
        message: t('customers.askKind'),
        choices: [
          { value: 'service' as const, name: t('customers.kindService') },
          { value: 'commitment' as const, name: t('customers.kindCommitment') },
          { value: 'none' as const, name: t('customers.kindNone') },
        ],
      }),
  );
  const start = parseDay(
    await need(o.start, '--start', (p) => p.input({ message: t('customers.askStart'), required: true })),
    '--start',
  );
  const given = givenTerms(kind, o);
  // a renewal inherits its required terms; only a first contract of its kind asks for them
  if (!renewedBy(customer, kind, start)) {
    for (const [key, flag, message] of ASKED[kind])
      given[key] = await need(given[key] as string | undefined, flag, (p) =>
        p.input({ message: t(message), required: true }),
      );
  }
  const defaults = {
    increment: hd.config.billing.increment,
    analysisCap: hd.config.billing.analysisCap,
    listRate: hd.config.billing.listRate,
  };
  let plan!: NewContractPlan;
  await hd.change(actor, async () => {
    const current = await hd.customer(customerId); // another command may have added a contract meanwhile
    const planned = planNewContract({
      customer: current,
      written: await writtenContracts(hd.root, current.id),
      kind,
      start,
      given,
      defaults,
    });
    if ('problems' in planned)
      throw usage(
        text('customers.contractInvalid', { customer: current.id, problems: planned.problems.map(flagged).join('; ') }),
        text('customers.contractInvalidHint'),
      );
    plan = planned;
    return {
      files: [await addContractToFile(hd.root, current.id, plan.written, plan.endPrevious)],
      message: `Customer ${current.id}: ${kind} contract from ${start}${plan.endPrevious ? ` (previous ends ${plan.endPrevious.end})` : ''}`,
    };
  });
  if (o.json) {
    await printJson({
      customer: customer.id,
      contract: plan.contract,
      previousEnds: plan.endPrevious?.end ?? null,
      inherited: plan.inherited,
      fromDesk: plan.fromDesk,
    });
    return;
  }
  await print(
    [
      t('customers.newContract', { customer: line(customer.name), start }),
      ...describeContract(plan.contract).map((l) => `  ${l}`),
      ...(plan.endPrevious ? [`  ${t('customers.previousEnds', { end: plan.endPrevious.end })}`] : []),
      ...(plan.inherited.length
        ? [`  ${t('customers.kept', { terms: plan.inherited.map(flagName).join(', ') })}`]
        : []),
      ...(plan.fromDesk.length
        ? [`  ${t('customers.fromDesk', { terms: plan.fromDesk.map(flagName).join(', ') })}`]
        : []),
    ].join('\n'),
  );
}

/** The terms given as flags, as the file writes them. */
function givenTerms(kind: 'service' | 'commitment' | 'none', o: ContractFlags): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    end: o.end,
    period: o.period,
    increment: o.increment === undefined ? undefined : Number(o.increment),
  };
  if (kind === 'service')
    Object.assign(raw, {
      fee: o.fee,
      includedHours: o.includedHours,
      overageRate: o.overageRate,
      hourlyRate: o.hourlyRate,
      settlement: o.settlement,
      poolWindow: o.poolWindow,
      analysisCap: o.analysisCap,
      reactionTimes: o.reactionTime,
    });
  else if (kind === 'commitment')
    Object.assign(raw, {
      minimumHours: o.minimumHours,
      rate: o.rate,
      unused: o.unused,
      reactionTimes: o.reactionTime,
    });
  else raw.hourlyRate = o.hourlyRate;
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

/** The required terms of a first contract of a kind: key, flag, question. */
const ASKED: Record<'service' | 'commitment' | 'none', [string, string, Key][]> = {
  service: [
    ['fee', '--fee', 'customers.askFee'],
    ['includedHours', '--included-hours', 'customers.askIncludedHours'],
    ['overageRate', '--overage-rate', 'customers.askOverageRate'],
    ['hourlyRate', '--hourly-rate', 'customers.askHourlyRate'],
  ],
  commitment: [
    ['minimumHours', '--minimum-hours', 'customers.askMinimumHours'],
    ['rate', '--rate', 'customers.askRate'],
  ],
  none: [],
};

/** `reactionTimes.high: …` → `--reaction-time: …`, so the problem names the flag to fix. */
const flagged = (problem: string) => {
  const [field, ...rest] = problem.split(': ');
  return /^contracts\[/.test(field!) ? problem : `--${flagOf(field!)}: ${rest.join(': ')}`;
};
const flagName = (field: string) => {
  const flag = flagOf(field);
  return flag === 'reaction-time' ? t('customers.reactionTimes') : flag;
};

const flagOf = (field: string) =>
  field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^reaction-times.*/, 'reaction-time');
