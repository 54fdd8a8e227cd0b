import { activeContract } from '../../core/billing/index.js';
import { planNewContract, renewedBy, type NewContractPlan } from '../../core/billing/new-contract.js';
import { usage } from '../../core/errors.js';
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
    await print(`${line(customer.name)} has no contract on ${day}: every effort is billed at the list rate.`);
    return;
  }
  await print([`${line(customer.name)} on ${day}:`, ...describeContract(contract).map((l) => `  ${l}`)].join('\n'));
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
        message: 'Kind of contract',
        choices: [
          { value: 'service' as const, name: 'service contract (fee buys an hour quota)' },
          { value: 'commitment' as const, name: 'minimum-hours commitment' },
          { value: 'none' as const, name: 'no contract (pay per use)' },
        ],
      }),
  );
  const start = parseDay(
    await need(o.start, '--start', (p) => p.input({ message: 'Start date (YYYY-MM-DD)', required: true })),
    '--start',
  );
  const given = givenTerms(kind, o);
  // a renewal inherits its required terms; only a first contract of its kind asks for them
  if (!renewedBy(customer, kind, start)) {
    for (const [key, flag, message] of ASKED[kind])
      given[key] = await need(given[key] as string | undefined, flag, (p) => p.input({ message, required: true }));
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
        `contracts/${current.id}.yaml would be invalid: ${planned.problems.map(flagged).join('; ')}`,
        'give the missing terms with their flags (desk help contract add)',
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
      `${line(customer.name)}: new contract from ${start}`,
      ...describeContract(plan.contract).map((l) => `  ${l}`),
      ...(plan.endPrevious ? [`  the previous contract now ends ${plan.endPrevious.end}`] : []),
      ...(plan.inherited.length
        ? [`  kept from the previous contract: ${plan.inherited.map(flagName).join(', ')}`]
        : []),
      ...(plan.fromDesk.length
        ? [`  from desk.yaml's billing defaults: ${plan.fromDesk.map(flagName).join(', ')}`]
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
const ASKED: Record<'service' | 'commitment' | 'none', [string, string, string][]> = {
  service: [
    ['fee', '--fee', 'Fee per period (EUR)'],
    ['includedHours', '--included-hours', 'Included hours per period'],
    ['overageRate', '--overage-rate', 'Overage rate (EUR/h)'],
    ['hourlyRate', '--hourly-rate', 'Hourly rate outside the contract (EUR/h)'],
  ],
  commitment: [
    ['minimumHours', '--minimum-hours', 'Minimum hours per period'],
    ['rate', '--rate', 'Rate (EUR/h)'],
  ],
  none: [],
};

/** `reactionTimes.high: …` → `--reaction-time: …`, so the problem names the flag to fix. */
const flagged = (problem: string) => {
  const [field, ...rest] = problem.split(': ');
  return /^contracts\[/.test(field!) ? problem : `--${flagOf(field!)}: ${rest.join(': ')}`;
};
const flagName = (field: string) => flagOf(field).replace(/^reaction-time$/, 'reaction times');

const flagOf = (field: string) =>
  field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^reaction-times.*/, 'reaction-time');
