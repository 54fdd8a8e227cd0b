import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { searchHelpdesk, searchNear, type Location, type Search } from './helpdesk-search.js';

export type { Location };

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
  return located(await searchHelpdesk(cwd, flag, env));
}

/**
 * Finds the helpdesk without asking git: `--repo DIR`, then `DESK_REPO`, then the nearest folder
 * at or above the current one that holds a desk.yaml (the way git finds .git).
 */
export function locateHelpdesk(cwd: string, flag: string | undefined, env: string | undefined): Location {
  return located(searchNear(cwd, flag, env));
}

/** The helpdesk found, or the error that says what is missing and what to do. */
function located(search: Search): Location {
  if ('root' in search) return search;
  if (search.missing === 'nothing-here')
    throw usage(text('store.noHelpdesk', { dir: search.dir }), text('store.noHelpdeskHint'));
  if (search.missing === 'folder')
    throw usage(text('store.noSuchFolder', { source: search.source }), text('store.noSuchFolderHint'));
  throw usage(text('store.noDeskYaml', { source: search.source, dir: search.dir }), text('store.noDeskYamlHint'));
}
