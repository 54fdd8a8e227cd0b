import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { DeskRepoSetting } from './code-repo.js';
import { localConfigMayNameDeskRepo } from './git-dir.js';

export interface Location {
  root: string;
  /** How the helpdesk was found, for messages. */
  via: 'flag' | 'env' | 'cwd' | 'git-config';
}

/**
 * Finds the helpdesk from anywhere, the most specific way first (docs/code-repositories.md):
 * 1. `--repo DIR`, 2. `DESK_REPO`, 3. `desk.repo` in the config of the git repository around
 * `cwd` (a developer's code repository), 4. the nearest folder at or above `cwd` holding
 * desk.yaml, 5. `desk.repo` in the user's own git config (`git config --global`).
 * A flag beats the environment, as everywhere on the command line; a repository's own setting
 * beats a desk.yaml it happens to contain (the product repository ships a sample helpdesk),
 * and a user-wide default yields to the helpdesk you are standing in.
 */
export async function findHelpdesk(cwd: string, flag: string | undefined, env: string | undefined): Promise<Location> {
  if (flag || env) return locateHelpdesk(cwd, flag, env);
  // git config is asked (and its code loaded) only where the repository's config may name a
  // helpdesk: most commands, and every Tab, are run inside the helpdesk itself
  const local = localConfigMayNameDeskRepo(cwd) ? await deskRepoSetting(cwd, 'local') : undefined;
  if (local) return { root: requireHelpdesk(local.path, configSource(local)), via: 'git-config' };
  const near = nearestHelpdesk(cwd);
  if (near) return { root: near, via: 'cwd' };
  const global = await deskRepoSetting(cwd, 'global');
  if (global) return { root: requireHelpdesk(global.path, configSource(global)), via: 'git-config' };
  throw nothingHere(cwd);
}

const deskRepoSetting = async (cwd: string, scope: 'local' | 'global') =>
  (await import('./code-repo.js')).deskRepoSetting(cwd, scope);

const configSource = (s: DeskRepoSetting) =>
  `git config ${s.scope === 'global' ? '--global ' : ''}desk.repo (${s.value})`;

/**
 * Finds the helpdesk without asking git: `--repo DIR`, then `DESK_REPO`, then the nearest folder
 * at or above the current one that holds a desk.yaml (the way git finds .git).
 */
export function locateHelpdesk(cwd: string, flag: string | undefined, env: string | undefined): Location {
  if (flag) return { root: requireHelpdesk(resolve(cwd, flag), `--repo ${flag}`), via: 'flag' };
  if (env) return { root: requireHelpdesk(resolve(cwd, env), `DESK_REPO=${env}`), via: 'env' };
  const near = nearestHelpdesk(cwd);
  if (near) return { root: near, via: 'cwd' };
  throw nothingHere(cwd);
}

function nearestHelpdesk(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'desk.yaml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function nothingHere(cwd: string) {
  return usage(text('store.noHelpdesk', { dir: resolve(cwd) }), text('store.noHelpdeskHint'));
}

function requireHelpdesk(dir: string, source: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw usage(text('store.noSuchFolder', { source }), text('store.noSuchFolderHint'));
  if (!existsSync(join(dir, 'desk.yaml')))
    throw usage(text('store.noDeskYaml', { source, dir }), text('store.noDeskYamlHint'));
  return dir;
}
