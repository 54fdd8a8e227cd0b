import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Acting } from '../core/permissions/index.js';
import type { StaffMember } from '../core/schema/config.js';
import type { Author, Git } from './git.js';

/**
 * Who acts, who sits at the keyboard, and who commits (docs/roles.md#who-did-it).
 * - The person at the keyboard is the staff member git's own identity names (user.email, or
 *   GIT_COMMITTER_EMAIL), else the one DESK_USER names: git's identity is what every commit
 *   records as committer, so it comes first.
 * - The actor is `--as`, else DESK_USER, else the person at the keyboard. An actor other than
 *   the person at the keyboard is someone else's act being entered (authorize decides if it may).
 * - The committer is git's own identity, always; only where git has none, the person at the
 *   keyboard as desk.yaml names them.
 */
export interface Identities extends Acting {
  /** Who the commit names as committer; undefined: git's own identity. */
  committer?: Author;
}

export async function identities(
  staff: readonly StaffMember[],
  git: Git,
  as: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<Identities> {
  const known = () => staff.map((s) => s.id).join(', ');
  const named = (id: string, flag: string) => {
    const member = staff.find((s) => s.id === id);
    if (!member) throw usage(text('errors.unknownStaff', { flag, id }), text('errors.knownStaff', { ids: known() }));
    return member;
  };
  const gitEmail = env.GIT_COMMITTER_EMAIL || (await git.userEmail());
  const byGit = gitEmail ? staff.find((s) => s.email.toLowerCase() === gitEmail.toLowerCase()) : undefined;
  const byEnv = env.DESK_USER ? named(env.DESK_USER, 'DESK_USER') : undefined;
  const actor = as ? named(as, '--as') : (byEnv ?? byGit);
  if (!actor)
    throw usage(
      gitEmail ? text('errors.emailNotStaff', { email: gitEmail }) : text('errors.whoAreYou'),
      text('errors.sayWhoYouAre', { ids: known() }),
    );
  const keyboard = byGit ?? byEnv ?? (gitEmail ? undefined : actor);
  const committer = gitEmail ? undefined : keyboard && { name: keyboard.name, email: keyboard.email };
  return { actor, keyboard, committer };
}

/** The staff member at the keyboard, if desk can tell without asking (git's user.email, then DESK_USER). */
export async function atKeyboard(
  staff: readonly StaffMember[],
  git: Git,
  env: NodeJS.ProcessEnv,
): Promise<StaffMember | undefined> {
  const gitEmail = env.GIT_COMMITTER_EMAIL || (await git.userEmail());
  const byGit = gitEmail ? staff.find((s) => s.email.toLowerCase() === gitEmail.toLowerCase()) : undefined;
  return byGit ?? staff.find((s) => s.id === env.DESK_USER);
}
