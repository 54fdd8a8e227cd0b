import YAML from 'yaml';
import { stringifyYaml } from '../core/files/yaml-text.js';
import { customerFile } from './customers.js';
import type { FileChange } from './transaction.js';
import { readHelpdeskText } from './helpdesk-files.js';

/** A new customer file: fields in the documented order, nothing left undefined. */
export function newCustomerFile(customer: Record<string, unknown>): FileChange {
  const clean = JSON.parse(JSON.stringify(customer)) as Record<string, unknown>;
  return {
    path: customerFile(String(customer.id)),
    content: stringifyYaml(clean, ` customer ${customer.id}: master data, people and contract history (docs/files.md)`),
  };
}

/** The contracts of a customer file as written (amounts and hours as people wrote them), in file order. */
export async function writtenContracts(root: string, customerId: string): Promise<Record<string, unknown>[]> {
  const value = YAML.parse(await readHelpdeskText(root, customerFile(customerId))) as { contracts?: unknown };
  return Array.isArray(value?.contracts) ? (value.contracts as Record<string, unknown>[]) : [];
}

/**
 * Adds a contract to a customer's file, editing the YAML document in place so the comments
 * and layout people wrote stay as they were. An open-ended previous contract ends the day
 * before the new one starts: a change of terms is a new contract from a date.
 */
export async function addContractToFile(
  root: string,
  customerId: string,
  contract: Record<string, unknown>,
  endPrevious?: { index: number; end: string },
): Promise<FileChange> {
  const path = customerFile(customerId);
  const doc = YAML.parseDocument(await readHelpdeskText(root, path));
  if (endPrevious) doc.setIn(['contracts', endPrevious.index, 'end'], endPrevious.end);
  const clean = JSON.parse(JSON.stringify(contract)) as Record<string, unknown>;
  if (!doc.has('contracts')) doc.set('contracts', doc.createNode([]));
  doc.addIn(['contracts'], doc.createNode(clean));
  return { path, content: doc.toString({ lineWidth: 0 }) };
}

/**
 * Marks contacts' addresses as bounced (`bounced: "2026-12-01: 550 …"`), editing the YAML in
 * place so what people wrote stays; undefined when none of them is a contact of the file.
 */
export async function markBounced(
  root: string,
  customerId: string,
  bounced: readonly { email: string; note: string }[],
): Promise<FileChange | undefined> {
  const path = customerFile(customerId);
  const doc = YAML.parseDocument(await readHelpdeskText(root, path));
  const contacts = doc.get('contacts');
  if (!YAML.isSeq(contacts)) return undefined;
  let changed = false;
  contacts.items.forEach((item, i) => {
    const email = YAML.isMap(item) ? String(item.get('email') ?? '').toLowerCase() : '';
    const hit = bounced.find((b) => b.email.toLowerCase() === email);
    if (hit) {
      doc.setIn(['contacts', i, 'bounced'], hit.note);
      changed = true;
    }
  });
  return changed ? { path, content: doc.toString({ lineWidth: 0 }) } : undefined;
}

/** Adds a review meeting to a customer's file, editing the YAML in place so what people wrote stays. */
export async function addReviewToFile(
  root: string,
  customerId: string,
  review: { date: string; by: string; notes: string },
): Promise<FileChange> {
  const path = customerFile(customerId);
  const doc = YAML.parseDocument(await readHelpdeskText(root, path));
  if (!doc.has('reviews')) doc.set('reviews', doc.createNode([]));
  doc.addIn(
    ['reviews'],
    doc.createNode({ date: review.date, by: review.by, ...(review.notes && { notes: review.notes }) }),
  );
  return { path, content: doc.toString({ lineWidth: 0 }) };
}
