import type { Problem } from './files/yaml-text.js';
import type { DeskConfig } from './schema/config.js';
import type { Customer } from './schema/customer.js';
import type { TicketRecord } from './ticket/ticket-file.js';

/** Problems between files: every staff id, customer id and product a file names must exist. */
export function referenceProblems(config: DeskConfig, customers: ReadonlyMap<string, Customer>, tickets: readonly TicketRecord[]): Problem[] {
  const problems: Problem[] = [];
  const staff = new Set(config.staff.map((s) => s.id));
  const roles = new Map(config.staff.map((s) => [s.id, s.roles]));
  const products = new Map(config.products.map((p) => [p.id, p.modules]));

  const seen = new Set<string>();
  config.staff.forEach((s, i) => {
    if (seen.has(s.id)) problems.push({ file: 'desk.yaml', field: `staff[${i}].id`, message: `staff id ${s.id} occurs twice` });
    seen.add(s.id);
  });

  for (const c of customers.values()) {
    const file = `contracts/${c.id}.yaml`;
    for (const [field, id, role] of [['projectLead', c.projectLead, 'project-lead'], ['salesRep', c.salesRep, 'sales']] as const) {
      if (id === undefined) continue;
      if (!staff.has(id)) problems.push({ file, field, message: `unknown staff member "${id}"` });
      else if (!roles.get(id)?.includes(role)) problems.push({ file, field, message: `${id} does not have the role ${role} in desk.yaml` });
    }
  }

  for (const t of tickets) {
    const file = `tickets/${t.id}.yaml`;
    const s = t.state;
    if (!customers.has(s.customer)) problems.push({ file, field: 'events[0].customer', message: `unknown customer "${s.customer}"` });
    if (s.product && !products.has(s.product)) problems.push({ file, field: 'product', message: `unknown product "${s.product}" (not in desk.yaml)` });
    else if (s.product && s.module && !products.get(s.product)?.includes(s.module)) problems.push({ file, field: 'module', message: `product ${s.product} has no module "${s.module}"` });
    t.events.forEach((e, i) => {
      if (!staff.has(e.by)) problems.push({ file, field: `events[${i}].by`, message: `unknown staff member "${e.by}"` });
      const target = e.type === 'assigned' || e.type === 'handed-off' ? e.to : e.type === 'escalated' ? e.to : e.type === 'time-logged' ? e.staff : undefined;
      if (target !== undefined && !staff.has(target)) problems.push({ file, field: `events[${i}]`, message: `unknown staff member "${target}"` });
    });
  }
  return problems;
}
