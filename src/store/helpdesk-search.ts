import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DeskRepoSetting } from './code-repo.js';
import { localConfigMayNameDeskRepo } from './git-dir.js';

export interface Location {
  root: string;
  /** How the helpdesk was found, for messages. */
  via: 'flag' | 'env' | 'cwd' | 'git-config';
}

/**
 * Where a helpdesk is looked for, in findHelpdesk's order (locate.ts, which turns what is missing
 * into the error a command prints). Kept apart from the errors: a Tab (store/completion-values.ts)
 * offers nothing where a command would print an error, and importing the error module would
 * load every English text of the catalog with the Tab (scripts/bundle.mjs refuses a Tab bundle
 * that does).
 */
export async function searchHelpdesk(cwd: string, flag: string | undefined, env: string | undefined): Promise<Search> {
  if (flag || env) return searchNear(cwd, flag, env);
  // git config is asked (and its code loaded) only where the repository's config may name a
  // helpdesk: most commands, and every Tab, are run inside the helpdesk itself
  const local = localConfigMayNameDeskRepo(cwd) ? await deskRepoSetting(cwd, 'local') : undefined;
  if (local) return helpdeskIn(local.path, configSource(local), 'git-config');
  const near = nearestHelpdesk(cwd);
  if (near) return { root: near, via: 'cwd' };
  const global = await deskRepoSetting(cwd, 'global');
  if (global) return helpdeskIn(global.path, configSource(global), 'git-config');
  return { missing: 'nothing-here', dir: resolve(cwd) };
}

const deskRepoSetting = async (cwd: string, scope: 'local' | 'global') =>
  (await import('./code-repo.js')).deskRepoSetting(cwd, scope);

const configSource = (s: DeskRepoSetting) =>
  `git config ${s.scope === 'global' ? '--global ' : ''}desk.repo (${s.value})`;

/** A helpdesk found, or what is missing where it was looked for. */
export type Search =
  | Location
  | { missing: 'nothing-here'; dir: string }
  | { missing: 'folder' | 'desk.yaml'; dir: string; source: string };

export function searchNear(cwd: string, flag: string | undefined, env: string | undefined): Search {
  if (flag) return helpdeskIn(resolve(cwd, flag), `--repo ${flag}`, 'flag');
  if (env) return helpdeskIn(resolve(cwd, env), `DESK_REPO=${env}`, 'env');
  const near = nearestHelpdesk(cwd);
  if (near) return { root: near, via: 'cwd' };
  return { missing: 'nothing-here', dir: resolve(cwd) };
}

function nearestHelpdesk(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'desk.yaml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function helpdeskIn(dir: string, source: string, via: Location['via']): Search {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { missing: 'folder', dir, source };
  if (!existsSync(join(dir, 'desk.yaml'))) return { missing: 'desk.yaml', dir, source };
  return { root: dir, via };
}
