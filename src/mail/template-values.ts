import { greeting, type Placeholder } from '../core/mail/template.js';
import type { StaffMember } from '../core/schema/config.js';
import type { Customer } from '../core/schema/customer.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { shortTime } from '../render/terminal/ticket-text.js';
import { toZonedIso } from '../core/time.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { loadSlaSourceFor } from '../store/sla.js';
import type { Language } from './ticket-mail.js';

/** What the placeholders of a template stand for on one ticket. */
export async function templateValues(
  hd: Helpdesk,
  t: TicketRecord,
  short: string,
  customer: Customer | undefined,
  language: Language,
  staff?: StaffMember,
): Promise<Record<Placeholder, string>> {
  return {
    greeting: greeting(language, t.state.contact),
    contact: t.state.contact ?? '',
    customer: customer?.name ?? '',
    ticket: short,
    title: t.state.title,
    staff: staff?.name ?? '',
    company: hd.config.company.name,
    received: shortTime(t.state.receivedAt),
    reactionDue: customer ? await reactionDue(hd, t) : '—',
  };
}

async function reactionDue(hd: Helpdesk, t: TicketRecord): Promise<string> {
  try {
    const sla = (await loadSlaSourceFor(hd, t.state.customer)).slaOf(t, hd.now());
    return 'deadline' in sla.reaction ? shortTime(toZonedIso(sla.reaction.deadline, hd.timeZone)) : '—';
  } catch {
    return '—'; // a customer file that does not validate: desk check says why; the mail goes out without it
  }
}
