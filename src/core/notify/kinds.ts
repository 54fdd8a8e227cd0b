import type { Role, StaffMember } from '../schema/config.js';
import type { Channel, NotificationKind } from '../schema/notify.js';

/**
 * What each role is told about unless the person chose otherwise (desk.yaml staff[].notify.kinds).
 * The cause picks the people (the assignee, the customer's project lead …); these say which of
 * the causes addressed to them a person wants.
 */
export const ROLE_KINDS: Record<Role, readonly NotificationKind[]> = {
  'first-level': ['returned', 'reaction-soon', 'reaction-breached', 'follow-up', 'mail-failed'],
  'second-level': ['escalated', 'reaction-soon', 'reaction-breached', 'follow-up', 'mail-failed'],
  'project-lead': ['approval', 'handed-off', 'quota-80', 'quota-100', 'mail-failed'],
  sales: ['handed-off', 'quota-80', 'quota-100'],
  manager: ['reaction-breached', 'escalated'],
  billing: [],
};

export function kindsOf(member: StaffMember): ReadonlySet<NotificationKind> {
  return new Set(member.notify?.kinds ?? member.roles.flatMap((r) => ROLE_KINDS[r]));
}

export function channelsOf(member: StaffMember): readonly Channel[] {
  return member.notify?.channels ?? ['email'];
}
