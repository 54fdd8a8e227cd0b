import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Problem } from '../core/files/yaml-text.js';
import type { Customer } from '../core/schema/customer.js';
import { readValidYaml } from './validated-files.js';
import { orThrow } from './yaml-files.js';

const CUSTOMER_ID = /^[a-z0-9][a-z0-9-]*$/;
export const customerFile = (id: string) => `contracts/${id}.yaml`;

export async function listCustomerIds(root: string): Promise<string[]> {
  const names = await readdir(join(root, 'contracts')).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.slice(0, -5))
    .filter((id) => CUSTOMER_ID.test(id))
    .sort();
}

/** One customer, validated; an unknown id is refused with the ids that exist. */
export async function readCustomer(root: string, id: string): Promise<Customer> {
  const file = customerFile(id);
  if (!CUSTOMER_ID.test(id) || !existsSync(join(root, file))) {
    const known = await listCustomerIds(root);
    throw usage(
      text('store.unknownCustomer', { id }),
      known.length ? text('store.knownCustomers', { ids: known.join(', ') }) : text('store.noCustomers'),
    );
  }
  const customer = orThrow(await readValidYaml(root, file, customerSchema));
  if (customer.id !== id) throw usage(text('store.customerIdMismatch', { file, id, found: customer.id }));
  return customer;
}

/** The schema of contracts/<id>.yaml, loaded (with zod) only when a file is not known valid already. */
export const customerSchema = async () => (await import('../core/schema/customer.js')).customerSchema;

export async function loadCustomers(root: string): Promise<{ customers: Map<string, Customer>; problems: Problem[] }> {
  const customers = new Map<string, Customer>();
  const problems: Problem[] = [];
  for (const id of await listCustomerIds(root)) {
    const file = customerFile(id);
    const parsed = await readValidYaml(root, file, customerSchema);
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (parsed.value.id !== id)
      problems.push({ file, field: 'id', message: `the file name says ${id} but the id is ${parsed.value.id}` });
    else customers.set(id, parsed.value);
  }
  return { customers, problems };
}
