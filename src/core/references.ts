import { ticketFile } from './ticket/paths.js';
import type { Problem } from './files/yaml-text.js';
import type { DeskConfig } from './schema/config.js';
import type { Customer } from './schema/customer.js';
import type { TicketEvent } from './ticket/events.js';
import type { TicketRecord } from './ticket/ticket-record.js';
import { MAIL_ACTOR, UNKNOWN_CUSTOMER } from './ticket/vocabulary.js';

/**
 * Problems between files: every staff id, customer id, product and article a file names must
 * exist. A helpdesk's tickets are checked in two steps: what each ticket names, each name once
 * (small enough for the ticket index to keep for 100,000 tickets), tells which tickets name
 * something unknown; only those are read whole for the problems with their exact fields.
 */

/** The ids that exist, as `desk check` sees them. Without a valid desk.yaml only articles are checked. */
export interface KnownIds {
  customer(id: string): boolean;
  staff(id: string): boolean;
  product(id: string): boolean;
  module(product: string, module: string): boolean;
  article(slug: string): boolean;
}

export function knownIds(
  config: DeskConfig | undefined,
  customers: ReadonlyMap<string, Customer>,
  articles: ReadonlySet<string>,
): KnownIds {
  const staff = new Set(config?.staff.map((s) => s.id));
  const products = new Map(config?.products.map((p) => [p.id, p.modules]));
  return {
    customer: (id) => !config || id === UNKNOWN_CUSTOMER || customers.has(id),
    staff: (id) => !config || id === MAIL_ACTOR || staff.has(id),
    product: (id) => !config || products.has(id),
    module: (product, module) => !config || (products.get(product)?.includes(module) ?? false),
    article: (slug) => articles.has(slug),
  };
}

/** What one ticket names in other files, each name once. */
export interface TicketReferences {
  id: string;
  customer: string;
  product?: string;
  module?: string;
  staff: string[];
  articles: string[];
}

export function referencesOf(t: TicketRecord): TicketReferences {
  const staff = new Set<string>();
  for (const e of t.events) {
    staff.add(e.by);
    const target = staffTarget(e);
    if (target !== undefined) staff.add(target);
  }
  const { customer, product, module, kbLinks } = t.state;
  return {
    id: t.id,
    customer,
    ...(product && { product }),
    ...(module && { module }),
    staff: [...staff],
    articles: kbLinks,
  };
}

/** True when the ticket names anything unknown: then ticketReferenceProblems says what and where. */
export function namesUnknown(r: TicketReferences, known: KnownIds): boolean {
  return (
    !known.customer(r.customer) ||
    (r.product !== undefined &&
      (!known.product(r.product) || (r.module !== undefined && !known.module(r.product, r.module)))) ||
    r.staff.some((id) => !known.staff(id)) ||
    r.articles.some((slug) => !known.article(slug))
  );
}

/** Everything unknown one ticket names, with the field that names it. */
export function ticketReferenceProblems(t: TicketRecord, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const file = ticketFile(t.id);
  const s = t.state;
  if (!known.customer(s.customer))
    problems.push({ file, field: 'events[0].customer', message: `unknown customer "${s.customer}"` });
  if (s.product && !known.product(s.product))
    problems.push({ file, field: 'product', message: `unknown product "${s.product}" (not in desk.yaml)` });
  else if (s.product && s.module && !known.module(s.product, s.module))
    problems.push({ file, field: 'module', message: `product ${s.product} has no module "${s.module}"` });
  t.events.forEach((e, i) => {
    if (!known.staff(e.by))
      problems.push({ file, field: `events[${i}].by`, message: `unknown staff member "${e.by}"` });
    const target = staffTarget(e);
    if (target !== undefined && !known.staff(target))
      problems.push({ file, field: `events[${i}]`, message: `unknown staff member "${target}"` });
  });
  for (const slug of s.kbLinks)
    if (!known.article(slug)) problems.push({ file, field: 'kb', message: `links the unknown article ${slug}` });
  return problems;
}

/** The staff member an event hands work or time to, besides its author. */
function staffTarget(e: TicketEvent): string | undefined {
  return e.type === 'assigned' || e.type === 'handed-off' || e.type === 'escalated'
    ? e.to
    : e.type === 'time-logged'
      ? e.staff
      : undefined;
}

/** Problems in desk.yaml's staff list and in the contracts' people. */
export function staffProblems(config: DeskConfig, customers: ReadonlyMap<string, Customer>): Problem[] {
  const problems: Problem[] = [];
  const staff = new Set(config.staff.map((s) => s.id));
  const roles = new Map(config.staff.map((s) => [s.id, s.roles]));

  const seen = new Set<string>();
  config.staff.forEach((s, i) => {
    if (seen.has(s.id))
      problems.push({ file: 'desk.yaml', field: `staff[${i}].id`, message: `staff id ${s.id} occurs twice` });
    seen.add(s.id);
  });

  for (const c of customers.values()) {
    const file = `contracts/${c.id}.yaml`;
    for (const [field, id, role] of [
      ['projectLead', c.projectLead, 'project-lead'],
      ['salesRep', c.salesRep, 'sales'],
    ] as const) {
      if (id === undefined) continue;
      if (!staff.has(id)) problems.push({ file, field, message: `unknown staff member "${id}"` });
      else if (!roles.get(id)?.includes(role))
        problems.push({ file, field, message: `${id} does not have the role ${role} in desk.yaml` });
    }
  }
  return problems;
}
