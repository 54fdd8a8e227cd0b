import { refused } from '../errors.js';
import type { DeskConfig, Role, StaffMember } from '../schema/config.js';
import { PERMISSIONS, type Permission } from './table.js';

/** The roles that have a permission here: desk.yaml's `permissions:` where it names one, else the table's. */
export function rolesWith(config: Pick<DeskConfig, 'permissions'>, permission: Permission): readonly Role[] {
  return config.permissions?.[permission] ?? PERMISSIONS[permission].roles;
}

export function may(
  config: Pick<DeskConfig, 'permissions'>,
  member: Pick<StaffMember, 'roles'>,
  permission: Permission,
): boolean {
  const roles = rolesWith(config, permission);
  return member.roles.some((r) => roles.includes(r));
}

/** Who has a permission, for refusals: `manager, billing (Anja Keller, Ulrike Rottmann)`. */
export function whoMay(config: Pick<DeskConfig, 'permissions' | 'staff'>, permission: Permission): string {
  const roles = rolesWith(config, permission);
  const people = config.staff.filter((s) => s.roles.some((r) => roles.includes(r))).map((s) => `${s.name} (${s.id})`);
  return `${roles.join(', ') || 'no role'}${people.length ? ` — ${people.join(', ')}` : ' — nobody on the staff'}`;
}

/**
 * Who acts and who is at the keyboard. They differ when someone enters what another did or
 * said (`--as pk`: First Level typing in a phone approval); `keyboard` is undefined when the
 * person at the keyboard is on no staff list (a build server): then only the actor is judged.
 */
export interface Acting {
  actor: StaffMember;
  keyboard?: StaffMember;
}

export const entersForOthers = (a: Acting) => a.keyboard !== undefined && a.keyboard.id !== a.actor.id;

/**
 * Refuses unless the actor has the permission, and — when someone enters it for the actor —
 * the person at the keyboard may act for others and the permission may be entered so. Each
 * refusal names the permission and who has it.
 */
export function authorize(config: Pick<DeskConfig, 'permissions' | 'staff'>, acting: Acting, permission: Permission) {
  const { actor, keyboard } = acting;
  const what = PERMISSIONS[permission].what;
  if (!may(config, actor, permission))
    throw refused(
      `${actor.name} (${actor.id}, ${actor.roles.join(' and ')}) may not ${what}: that takes the permission ${permission}`,
      `who has it: ${whoMay(config, permission)} (docs/roles.md)`,
    );
  if (!keyboard || !entersForOthers(acting)) return;
  if (!may(config, keyboard, 'act-for-others'))
    throw refused(
      `${keyboard.name} (${keyboard.id}) may not act for ${actor.name} (${actor.id}): --as for someone else takes the permission act-for-others`,
      `who has it: ${whoMay(config, 'act-for-others')}; or let ${actor.id} do it`,
    );
  if (!PERMISSIONS[permission].forOthers)
    throw refused(
      `${permission} cannot be entered for someone else: ${actor.name} (${actor.id}) does it themselves`,
      `the permission table says who does what in person (docs/roles.md)`,
    );
}
