import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { usage } from '../core/errors.js';

export interface Location {
  root: string;
  /** How the helpdesk was found, for messages. */
  via: 'flag' | 'env' | 'cwd';
}

/**
 * Finds the helpdesk: `--repo DIR`, then `DESK_REPO`, then the nearest folder at or above the
 * current one that holds a desk.yaml (the way git finds .git).
 */
export function locateHelpdesk(cwd: string, flag: string | undefined, env: string | undefined): Location {
  if (flag) return { root: requireHelpdesk(resolve(cwd, flag), `--repo ${flag}`), via: 'flag' };
  if (env) return { root: requireHelpdesk(resolve(cwd, env), `DESK_REPO=${env}`), via: 'env' };
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'desk.yaml'))) return { root: dir, via: 'cwd' };
    if (dirname(dir) === dir) break;
  }
  throw usage(
    `no helpdesk here: no desk.yaml in ${resolve(cwd)} or any folder above it`,
    'create one with `desk init`, or point to one with --repo DIR or DESK_REPO',
  );
}

function requireHelpdesk(dir: string, source: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usage(`${source}: no such folder`, 'point it at a helpdesk repository (the folder holding desk.yaml)');
  if (!existsSync(join(dir, 'desk.yaml'))) throw usage(`${source}: ${dir} has no desk.yaml`, 'point it at a helpdesk repository, or create one there with `desk init`');
  return dir;
}
