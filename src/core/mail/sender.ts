import type { StaffMember } from '../schema/config.js';
import type { Customer } from '../schema/customer.js';
import { oneLine } from '../safe-text/index.js';
import { text as said, type Text } from '../../i18n/keys.js';
/**
 * Who wrote a mail: a staff member; a customer's contact (by address); someone at a customer's
 * mail domain (a new contact is proposed, never added silently); or nobody known, which puts the
 * ticket in First Level's triage list. An address two customers both list is not guessed at.
 */
export type Sender =
  | { kind: 'staff'; staff: StaffMember }
  | { kind: 'contact'; customer: string; contact: string }
  | { kind: 'domain'; customer: string; proposed: { name?: string; email: string } }
  | { kind: 'unknown'; why: Text };

type CustomerMail = Pick<Customer, 'id' | 'contacts' | 'emailDomains'>;

export function matchSender(
  address: string,
  name: string | undefined,
  staff: readonly StaffMember[],
  customers: readonly CustomerMail[],
): Sender {
  const email = address.trim().toLowerCase();
  const member = staff.find((s) => s.email.toLowerCase() === email);
  if (member) return { kind: 'staff', staff: member };
  const byContact = customers.flatMap((c) =>
    c.contacts.filter((p) => p.email?.toLowerCase() === email).map((p) => ({ customer: c.id, contact: p.name })),
  );
  const owners = new Set(byContact.map((m) => m.customer));
  if (owners.size === 1) return { kind: 'contact', ...byContact[0]! };
  if (owners.size > 1)
    return { kind: 'unknown', why: said('intake.contactOfSeveral', { email, customers: both([...owners].sort()) }) };
  const domain = email.split('@')[1] ?? '';
  const byDomain = customers.filter((c) => c.emailDomains.some((d) => domain === d || domain.endsWith(`.${d}`)));
  // the proposed contact's name is the display name its sender chose: one line, as a typed name
  const proposedName = name && oneLine(name);
  if (byDomain.length === 1)
    return {
      kind: 'domain',
      customer: byDomain[0]!.id,
      proposed: { ...(proposedName && { name: proposedName }), email },
    };
  if (byDomain.length > 1)
    return {
      kind: 'unknown',
      why: said('intake.domainOfSeveral', { domain, customers: both(byDomain.map((c) => c.id)) }),
    };
  return { kind: 'unknown', why: said('intake.noCustomer', { email }) };
}

/** Customer ids as `a and b and c`, the word said in the reader's language. */
const both = (ids: readonly string[]): Text | string =>
  ids.reduce<Text | string>((a, b) => (a === '' ? b : said('intake.and', { a, b })), '');

/** Whether `address` matches an ignore rule of desk.yaml: an address, or `*@domain`. */
export function isIgnored(address: string, rules: readonly string[]): boolean {
  const email = address.toLowerCase();
  return rules.some((r) => {
    const rule = r.trim().toLowerCase();
    return rule.startsWith('*@') ? email.endsWith(rule.slice(1)) : email === rule;
  });
}
