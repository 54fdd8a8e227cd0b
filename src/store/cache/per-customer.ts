import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cachesOff } from './caches-off.js';
import { readSealed, writeSealed } from './sealed-file.js';

type Kept<T> = Record<string, { key: string; value: T }>;

/**
 * Values computed per customer from the files, kept in `.desk/<name>.json` (sealed, keyed on the
 * build: sealed-file.ts) beside the key they were computed for: a key names everything the value
 * follows from (the customer's file, the day, a fingerprint of the tickets' rows read), so an
 * equal key gives the value the files give now. `compute` is asked only for the customers whose
 * key changed or that were never computed; with caches off, for all of them.
 */
export async function keptPerCustomer<T>(
  root: string,
  name: string,
  keys: ReadonlyMap<string, string>,
  compute: (customers: readonly string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  if (cachesOff()) return compute([...keys.keys()]);
  const deskDir = join(root, '.desk');
  const path = join(deskDir, `${name}.json`);
  const kept = readSealed<Kept<T>>(path, `${name} 1`) ?? {};
  const out = new Map<string, T>();
  const missing: string[] = [];
  for (const [customer, key] of keys) {
    const was = kept[customer];
    if (was && was.key === key) out.set(customer, was.value);
    else missing.push(customer);
  }
  if (missing.length === 0 && Object.keys(kept).length === keys.size) return out;
  const fresh = missing.length ? await compute(missing) : new Map<string, T>();
  const next: Kept<T> = {};
  for (const [customer, key] of keys) {
    const value = fresh.get(customer) ?? out.get(customer);
    if (value === undefined) continue;
    out.set(customer, value);
    next[customer] = { key, value };
  }
  mkdirSync(deskDir, { recursive: true });
  await writeSealed(path, `${name} 1`, next);
  return out;
}
