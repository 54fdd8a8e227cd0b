import type { StaffMember } from '../core/schema/config.js';
import { say, t } from '../i18n/index.js';
import { authorize, type Permission } from '../core/permissions/index.js';
import { Helpdesk, listenToCaches } from '../store/helpdesk.js';
import { progressBar } from './progress.js';
import { io } from '../io/context.js';
import { speakAsConfigured } from './language.js';

/** Options every command understands (declared once on the program). */
export interface GlobalOptions {
  repo?: string;
  as?: string;
  /** false with --no-pager (cli/pager.ts). */
  pager?: boolean;
}

/**
 * How a command opens the helpdesk: `layout: 'any'` for the few that work on an older layout
 * too; `mode: 'read'` (the default) for a command that only reads it: it never waits on a
 * writer's lock or a running sync, and reads the files as they are.
 */
export interface OpenHow {
  layout?: 'current' | 'any';
  mode?: 'read' | 'write';
}

export async function openHelpdesk(opts: GlobalOptions, how: OpenHow = {}): Promise<Helpdesk> {
  listenToCaches({
    progress: progressBar(t('errors.indexingTickets')),
    notice: (line) => io().stderr.write(`desk: ${say(line)}\n`),
  });
  const hd = await Helpdesk.open({ cwd: io().cwd, repo: opts.repo, env: io().env, mode: 'read', ...how });
  await speakAsConfigured(hd.config, () => hd.atKeyboard(io().env));
  return hd;
}

/**
 * The helpdesk and the person acting on it, for commands that change something: the command
 * names its row of the permission table (core/permissions), and is refused — naming the
 * permission and who has it — unless the actor has it and, when it is entered for someone
 * else, the person at the keyboard may do that.
 */
export async function openForChange(
  opts: GlobalOptions,
  permission: Permission,
  how: OpenHow = {},
): Promise<{ hd: Helpdesk; actor: StaffMember }> {
  const hd = await openHelpdesk(opts, { ...how, mode: 'write' });
  const who = await hd.act(opts.as, io().env);
  authorize(hd.config, who, permission);
  return { hd, actor: who.actor };
}
