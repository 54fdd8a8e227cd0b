import { splitDate, isoOf, minDate } from '../billing/dates.js';
import {
  advanceCharges,
  classifiedTime,
  customerPeriodsBetween,
  entriesCountedFrom,
  firstDayRead,
  partsOf,
  settle,
  type BilledPart,
  type Bucket,
  type ClassifiedTime,
  type ChargeKind,
  type ChargeLine,
  type IsoDate,
  type LabelledRange,
  type TicketFacts,
  type TimeEntry,
} from '../billing/index.js';
import { DeskError } from '../errors.js';
import type { Cents } from '../money.js';
import type { Contract, Customer } from '../schema/customer.js';
import type { CustomerLedger } from './ledger.js';
import { reconcile } from './reconcile.js';
import type { ContractRef, InvoiceLine, Settlement } from './types.js';

/** What billing needs to know about one customer. */
export interface CustomerBilling {
  customer: Customer;
  /** All effective time entries of the customer's tickets. */
  entries: readonly TimeEntry[];
  tickets: readonly TicketFacts[];
  listRate?: Cents;
  increment?: number;
}

export interface DueInput extends CustomerBilling {
  /** The run date: advance charges of periods started by then, settlements of periods ended before. */
  date: IsoDate;
  /** desk.yaml invoices.since: periods starting earlier were billed outside desk. */
  since?: IsoDate;
  /** What the customer's active (not cancelled) invoices bill and settle. */
  ledger: CustomerLedger;
}

export interface DueCharge extends ChargeLine {
  key: string;
  contract?: ContractRef;
  tickets: string[];
  /** The time entries this line bills for the first time (none when it takes back an earlier line). */
  entries: string[];
  /**
   * Set on a line that corrects a period an active invoice billed already: late time billed now
   * (Nachberechnung), or what was billed then taken back. The invoices it refers to.
   */
  corrects?: string[];
}

export interface DueCharges {
  charges: DueCharge[];
  settlements: Settlement[];
  /** A period that cannot be settled (a rate is missing), with the reason. */
  problems: string[];
  /** Entries marked for review in the periods this run settles: the customer waits until a person confirms them. */
  review: TimeEntry[];
}

export const contractRefOf = (c: Contract | undefined): ContractRef | undefined =>
  c && { start: c.start, ...(c.id !== undefined && { id: c.id }) };

/** customer/contract start (or none)/from..to — a period billed under one set of rules. */
export const settlementKey = (
  customer: string,
  contract: ContractRef | undefined,
  period: { from: string; to: string },
) => `${customer}/${contract?.start ?? 'none'}/${period.from}..${period.to}`;

/** The charge key: (customer, contract, period, kind). */
export const chargeKey = (
  customer: string,
  contract: ContractRef | undefined,
  period: { from: string; to: string },
  kind: ChargeKind,
) => `${settlementKey(customer, contract, period)}/${kind}`;

/** The buckets whose time a charge bills, to trace each line back to its time entries. */
const BUCKETS_OF: Partial<Record<ChargeKind, Bucket>> = {
  overage: 'quota',
  'pool-excess': 'quota',
  'commitment-excess': 'commitment',
  'beyond-cap': 'beyond-cap',
  'outside-contract': 'outside-contract',
  'pay-per-use': 'pay-per-use',
};

/** A charge of a period's end as the files say it is now, with the time behind it. */
interface Due {
  line: ChargeLine;
  ref: ContractRef | undefined;
  /** The settlement key of the period whose statement makes the charge. */
  span: string;
  behind: BilledPart[];
}

/**
 * Everything due for one customer on the run date. Advance charges of every period that has
 * started are billed once. The charges of every period that has ended are what its statement
 * says from the files as they are now, against what active invoices have billed for it: a
 * period never billed is billed whole, a missed month is simply still due, and time that reached
 * a billed period later (a late log, another clone's sync, a correction) is billed with this run
 * as a late charge that names the invoice it completes — each billable minute exactly once.
 */
export function dueCharges(input: DueInput): DueCharges {
  const { customer, date, ledger } = input;
  const firstDays = [...customer.contracts.map((c) => c.start), ...input.entries.map((e) => e.date)];
  if (firstDays.length === 0) return { charges: [], settlements: [], problems: [], review: [] };
  const [y, m] = splitDate(firstDays.reduce(minDate));
  const since = input.since ?? '0000-01-01';
  const spans = customerPeriodsBetween(customer, { from: isoOf(y, m, 1), to: date }).filter(
    ({ period }) => period.from >= since,
  );
  const ended = spans.filter(({ period }) => period.to < date);
  // what the ended periods' statements read: on a long history with invoices.since set, only the
  // tickets with time since the first day one of them reads (their whole time: the cap spans a ticket)
  const reads = ended.map(({ contract, period }) => firstDayRead(contract, period));
  const counted = {
    ...input,
    entries: reads.length === 0 ? [] : entriesCountedFrom(input.entries, reads.reduce(minDate), date),
  };
  const time = classifiedTime(counted);
  const charges: DueCharge[] = [];
  const problems: string[] = [];
  const review: TimeEntry[] = [];
  const due = new Map<string, Due>();
  const statements = new Map<string, { ref: ContractRef | undefined; label: LabelledRange; entries: string[] }>();
  for (const span of spans) {
    const { contract, period } = span;
    const ref = contractRefOf(contract);
    const label = { from: period.from, to: period.to, label: period.label };
    if (contract && period.from <= date) {
      for (const line of advanceCharges(contract, label)) {
        const key = chargeKey(customer.id, ref, line.period, line.kind);
        if (!ledger.lines.has(key))
          charges.push({ ...line, key, ...(ref && { contract: ref }), tickets: [], entries: [] });
      }
    }
    if (!ended.includes(span)) continue;
    const spanKey = settlementKey(customer.id, ref, period);
    try {
      const statement = settle({ ...counted, contract, period: label });
      statements.set(spanKey, { ref, label, entries: unique(statement.parts.map((p) => p.entry.id)) });
      // an entry an invoice settled already (by a desk before review holds) waits for nobody
      const settled = ledger.settled.get(spanKey)?.entries;
      for (const p of statement.parts)
        if (p.entry.review !== undefined && !settled?.has(p.entry.id) && !review.includes(p.entry))
          review.push(p.entry);
      for (const line of statement.lines)
        due.set(chargeKey(customer.id, ref, line.period, line.kind), {
          line,
          ref,
          span: spanKey,
          behind: tracedParts(time, line),
        });
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      problems.push(`contracts/${customer.id}.yaml: ${period.label}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);
    }
  }
  if (problems.length > 0) return { charges, settlements: [], problems, review };

  // entries an active invoice names already are not named again: each is billed on one invoice
  const named = new Set<string>();
  for (const lines of ledger.lines.values()) for (const { line } of lines) for (const id of line.entries) named.add(id);
  const corrected = new Set<string>();
  const endKeys = [...new Set([...due.keys(), ...ledger.lines.keys()])].filter((key) => {
    const issued = ledger.lines.get(key)?.[0]?.line;
    return !issued || (BUCKETS_OF[issued.kind] !== undefined && issued.period.from >= since);
  });
  for (const key of endKeys) {
    const wanted = due.get(key);
    const issued = (ledger.lines.get(key) ?? []).filter(({ line }) => line.minutes !== undefined);
    const { takeBack, due: line } = reconcile(
      wanted && { minutes: wanted.line.minutes!, price: wanted.line.rate!, net: wanted.line.amount },
      issued.map(({ number, line: l }) => ({ number, minutes: l.minutes!, price: l.unitPrice, net: l.net })),
    );
    const model = wanted?.line ?? toChargeLine(issued[0]!.line);
    const ref = wanted?.ref ?? issued[0]?.line.contract;
    for (const back of takeBack) {
      charges.push({
        ...model,
        minutes: back.minutes,
        rate: back.price,
        amount: back.net,
        description: `${model.description}: taken back from ${back.from}`,
        key,
        ...(ref && { contract: ref }),
        tickets: [],
        entries: [],
        corrects: [back.from],
      });
      corrected.add(wanted?.span ?? settlementKey(customer.id, ref, model.period));
    }
    if (line && wanted) {
      const earlier = unique([
        ...issued.map((i) => i.number),
        ...(ledger.settled.get(wanted.span)?.numbers ?? []),
      ]).sort();
      charges.push({
        ...wanted.line,
        key,
        ...(ref && { contract: ref }),
        tickets: unique(wanted.behind.map((p) => p.entry.ticketId)).sort(),
        entries: unique(wanted.behind.map((p) => p.entry.id)).filter((id) => !named.has(id)),
        ...(earlier.length > 0 && { corrects: earlier }),
      });
      if (earlier.length > 0) corrected.add(wanted.span);
    }
  }

  // every ended period is settled once; a settled one again only with what it has gained since
  const settlements: Settlement[] = [];
  for (const [spanKey, s] of statements) {
    const before = ledger.settled.get(spanKey);
    const entries = before ? s.entries.filter((id) => !before.entries.has(id)) : s.entries;
    if (before && entries.length === 0 && !corrected.has(spanKey)) continue;
    settlements.push({
      ...(s.ref && { contract: s.ref }),
      period: s.label,
      entries,
      ...(before && { corrects: [...before.numbers].sort() }),
    });
  }
  return { charges, settlements, problems, review };
}

/** An issued line as the charge it was, to take it back when the files no longer make that charge. */
function toChargeLine(l: InvoiceLine): ChargeLine {
  return { kind: l.kind, period: l.period, description: l.name, minutes: l.minutes, rate: l.unitPrice, amount: l.net };
}

function tracedParts(time: ClassifiedTime, line: ChargeLine): BilledPart[] {
  const bucket = BUCKETS_OF[line.kind];
  return partsOf(time.within(line.period)).filter((p) => p.bucket === bucket);
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
