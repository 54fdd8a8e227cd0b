import { activeContract, contractProblems } from '../../core/billing/index.js';
import { usage } from '../../core/errors.js';
import { formatPath } from '../../core/files/yaml-text.js';
import { contractSchema } from '../../core/schema/customer.js';
import { addDays } from '../../core/billing/dates.js';
import { localDay, parseDay } from '../../core/time.js';
import { addContractToFile } from '../../store/customer-file.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { need } from '../prompts.js';
import { describeContract } from '../render/contract-text.js';
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
 * contract before it ends the day before. Validated with the whole history, one commit.
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
  const ask = (flag: string, message: string, value: string | undefined) =>
    need(value, flag, (p) => p.input({ message, required: true }));
  const raw: Record<string, unknown> = {
    kind,
    start,
    end: o.end,
    period: o.period ?? 'month',
    increment: o.increment === undefined ? undefined : Number(o.increment),
  };
  if (kind === 'service') {
    Object.assign(raw, {
      fee: await ask('--fee', 'Fee per period (EUR)', o.fee),
      includedHours: await ask('--included-hours', 'Included hours per period', o.includedHours),
      overageRate: await ask('--overage-rate', 'Overage rate (EUR/h)', o.overageRate),
      hourlyRate: await ask('--hourly-rate', 'Hourly rate outside the contract (EUR/h)', o.hourlyRate),
      settlement: o.settlement,
      poolWindow: o.poolWindow,
      analysisCap: o.analysisCap,
      reactionTimes: o.reactionTime,
    });
  } else if (kind === 'commitment') {
    Object.assign(raw, {
      minimumHours: await ask('--minimum-hours', 'Minimum hours per period', o.minimumHours),
      rate: await ask('--rate', 'Rate (EUR/h)', o.rate),
      unused: o.unused,
      reactionTimes: o.reactionTime,
    });
  } else {
    raw.hourlyRate = o.hourlyRate;
  }
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = contractSchema.safeParse(clean);
  if (!parsed.success)
    throw usage(parsed.error.issues.map((i) => `--${flagOf(formatPath(i.path))}: ${i.message}`).join('; '));

  const previous = customer.contracts.findIndex((c) => c.end === undefined && c.start < start);
  const endPrevious = previous >= 0 ? { index: previous, end: addDays(start, -1) } : undefined;
  const history = customer.contracts.map((c, i) => (i === previous ? { ...c, end: endPrevious!.end } : c));
  const problems = contractProblems({ ...customer, contracts: [...history, parsed.data] }, hd.config.billing.listRate);
  if (problems.length)
    throw usage(
      `contracts/${customer.id}.yaml would be invalid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );

  await hd.change(actor, async () => ({
    files: [await addContractToFile(hd.root, customer.id, clean, endPrevious)],
    message: `Customer ${customer.id}: ${kind} contract from ${start}${endPrevious ? ` (previous ends ${endPrevious.end})` : ''}`,
  }));
  if (o.json)
    return printJson({
      customer: customer.id,
      contract: parsed.data,
      previousEnds: endPrevious?.end ?? null,
    });
  await print(
    [
      `${customer.name}: new contract from ${start}`,
      ...describeContract(parsed.data).map((l) => `  ${l}`),
      ...(endPrevious ? [`  the previous contract now ends ${endPrevious.end}`] : []),
    ].join('\n'),
  );
}

const flagOf = (field: string) =>
  field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^reaction-times.*/, 'reaction-time');
