import { activeContract } from '../billing/contracts.js';
import type { Contract, Customer } from '../schema/customer.js';
import type { Language } from './text.js';

export const CONTRACT_KINDS = ['service', 'commitment', 'none'] as const;

export interface AnnouncementFilter {
  products: string[];
  customers: string[];
  contractKind?: Contract['kind'];
  role?: string;
}

export interface Recipient {
  customer: string;
  contact: string;
  email: string;
  language: Language;
}

export interface Skipped {
  customer: string;
  contact: string;
  why: 'no e-mail' | 'bounced' | 'opted out';
}

/**
 * Who an announcement goes to: every contact with an e-mail address of the customers the filter
 * picks (all of them when it picks none) — those with one of the products, the named ones, those
 * whose contract in force on `today` is of the kind — and of those contacts the ones whose role
 * contains `role`. A contact whose address bounced, or who asked for no announcements, is left
 * out and said so. One address is written to once, even when two customers name it.
 */
export function announcementRecipients(
  customers: Iterable<Customer>,
  filter: AnnouncementFilter,
  today: string,
): { recipients: Recipient[]; skipped: Skipped[] } {
  const recipients: Recipient[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const role = filter.role?.toLowerCase();
  for (const c of [...customers].sort((a, b) => a.id.localeCompare(b.id))) {
    if (filter.customers.length && !filter.customers.includes(c.id)) continue;
    if (filter.products.length && !filter.products.some((p) => c.products.includes(p))) continue;
    if (filter.contractKind && (activeContract(c, today)?.kind ?? 'none') !== filter.contractKind) continue;
    for (const person of c.contacts) {
      if (role && !person.role?.toLowerCase().includes(role)) continue;
      const skip = (why: Skipped['why']) => skipped.push({ customer: c.id, contact: person.name, why });
      if (!person.email) skip('no e-mail');
      else if (person.bounced) skip('bounced');
      else if (person.noMail?.includes('announcements')) skip('opted out');
      else if (!seen.has(person.email.toLowerCase())) {
        seen.add(person.email.toLowerCase());
        recipients.push({
          customer: c.id,
          contact: person.name,
          email: person.email,
          language: person.language ?? c.language ?? c.invoiceLanguage,
        });
      }
    }
  }
  return { recipients, skipped };
}
