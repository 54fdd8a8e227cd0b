import type { StaffMember } from '../core/schema/config.js';
import { authorize, type Permission } from '../core/permissions/index.js';
import { Helpdesk } from '../store/helpdesk.js';
import { onIndexProgress } from '../store/index-progress.js';
import { progressBar } from './progress.js';
import { io } from '../io/context.js';

/** Options every command understands (declared once on the program). */
export interface GlobalOptions {
  repo?: string;
  as?: string;
}

export function openHelpdesk(opts: GlobalOptions): Promise<Helpdesk> {
  onIndexProgress(progressBar('Indexing tickets'));
  return Helpdesk.open({ cwd: io().cwd, repo: opts.repo, env: io().env });
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
): Promise<{ hd: Helpdesk; actor: StaffMember }> {
  const hd = await openHelpdesk(opts);
  const who = await hd.act(opts.as, io().env);
  authorize(hd.config, who, permission);
  return { hd, actor: who.actor };
}
