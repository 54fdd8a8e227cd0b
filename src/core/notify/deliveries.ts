import type { StaffMember } from '../schema/config.js';
import { channelsOf, kindsOf } from './kinds.js';
import type { Notification } from './due.js';

/** One message of a notification: a mail to one person, or one post to a webhook for everyone on it. */
export type PlannedDelivery =
  | { channel: 'email'; to: string; member: StaffMember }
  | { channel: 'webhook'; to: string; staff: StaffMember[] };

/**
 * Who of the people a notification addresses wants it (their kinds, or their roles'), and on
 * which channels. A webhook named by several of them gets one post naming them all.
 */
export function plannedDeliveries(n: Notification, staff: readonly StaffMember[]): PlannedDelivery[] {
  const out: PlannedDelivery[] = [];
  const hooks = new Map<string, StaffMember[]>();
  for (const id of n.to) {
    const member = staff.find((s) => s.id === id);
    if (!member || !kindsOf(member).has(n.kind)) continue;
    for (const channel of channelsOf(member)) {
      if (channel === 'email') out.push({ channel: 'email', to: member.id, member });
      else {
        const name = channel.slice('webhook:'.length);
        hooks.set(name, [...(hooks.get(name) ?? []), member]);
      }
    }
  }
  for (const [name, members] of hooks) out.push({ channel: 'webhook', to: name, staff: members });
  return out;
}

/** Staff channels naming a webhook desk.yaml does not define: field and what to do. */
export function channelProblems(staff: readonly StaffMember[], webhooks: readonly { name: string }[]): string[] {
  const names = new Set(webhooks.map((w) => w.name));
  const out: string[] = [];
  staff.forEach((s, i) =>
    (s.notify?.channels ?? []).forEach((c, j) => {
      if (c.startsWith('webhook:') && !names.has(c.slice(8)))
        out.push(`desk.yaml: staff[${i}].notify.channels[${j}]: no webhook named "${c.slice(8)}" in notify.webhooks`);
    }),
  );
  return out;
}
