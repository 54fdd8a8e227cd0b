export {
  ACTION_PERMISSION,
  ENTERED_BY,
  EVENT_PERMISSION,
  PERMISSION_NAMES,
  PERMISSIONS,
  type Permission,
  type PermissionRow,
} from './table.js';
export { authorize, entersForOthers, may, rolesWith, whoMay, type Acting } from './authorize.js';
