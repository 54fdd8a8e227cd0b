import { PERMISSIONS } from '../../../core/permissions/table.js';

type Rows = typeof PERMISSIONS;

/** What each row of the permission table allows, as its refusals say it: the table's own English. */
export const permissionWhat = Object.fromEntries(
  Object.entries(PERMISSIONS).map(([name, row]) => [name, row.what]),
) as { [P in keyof Rows]: string };

/** A refusal by the permission table (core/permissions/authorize.ts). */
export const permissions = {
  mayNot: '{name} ({id}, {roles}) may not {what}: that takes the permission {permission}',
  whoHasIt: 'who has it: {who} (docs/roles.md)',
  mayNotActFor:
    '{name} ({id}) may not act for {actorName} ({actor}): --as for someone else takes the permission act-for-others',
  mayNotActForHint: 'who has it: {who}; or let {actor} do it',
  inPerson: '{permission} cannot be entered for someone else: {actorName} ({actor}) does it themselves',
  inPersonHint: 'the permission table says who does what in person (docs/roles.md)',
  who: '{roles} — {people}',
  nobody: 'no role',
  nobodyOnStaff: 'nobody on the staff',
};
