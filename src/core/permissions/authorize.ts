import { refused } from '../errors.js';
import { text, type Text } from '../../i18n/keys.js';
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
export function whoMay(config: Pick<DeskConfig, 'permissions' | 'staff'>, permission: Permission): Text {
  const roles = rolesWith(config, permission);
  const people = config.staff.filter((s) => s.roles.some((r) => roles.includes(r))).map((s) => `${s.name} (${s.id})`);
  return text('permissions.who', {
    roles: roles.length ? roles.join(', ') : text('permissions.nobody'),
    people: people.length ? people.join(', ') : text('permissions.nobodyOnStaff'),
  });
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
  if (!may(config, actor, permission))
    throw refused(
      text('permissions.mayNot', {
        name: actor.name,
        id: actor.id,
        roles: actor.roles.join(', '),
        what: text(`permissionWhat.${permission}`),
        permission,
      }),
      text('permissions.whoHasIt', { who: whoMay(config, permission) }),
    );
  if (!keyboard || !entersForOthers(acting)) return;
  if (!may(config, keyboard, 'act-for-others'))
    throw refused(
      text('permissions.mayNotActFor', {
        name: keyboard.name,
        id: keyboard.id,
        actorName: actor.name,
        actor: actor.id,
      }),
      text('permissions.mayNotActForHint', { who: whoMay(config, 'act-for-others'), actor: actor.id }),
    );
  if (!PERMISSIONS[permission].forOthers)
    throw refused(
      text('permissions.inPerson', { permission, actorName: actor.name, actor: actor.id }),
      text('permissions.inPersonHint'),
    );
}
