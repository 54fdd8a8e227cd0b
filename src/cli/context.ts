import type { StaffMember } from '../core/schema/config.js';
import { Helpdesk } from '../store/helpdesk.js';
import { onIndexProgress } from '../store/index-progress.js';
import { progressBar } from './progress.js';
import { io } from '../io/context.js';

/** Options every command understands (declared once on the program). */
export interface GlobalOptions {
  repo?: string;
  as?: string;
}

/**
 * The helpdesk, for a command that only reads it: it never waits on a writer's lock or a
 * running sync, and reads the files as they are.
 */
export function openHelpdesk(opts: GlobalOptions, mode: 'read' | 'write' = 'read'): Promise<Helpdesk> {
  onIndexProgress(progressBar('Indexing tickets'));
  return Helpdesk.open({ cwd: io().cwd, repo: opts.repo, env: io().env, mode });
}

/** The helpdesk and the person acting on it, for commands that change something. */
export async function openForChange(opts: GlobalOptions): Promise<{ hd: Helpdesk; actor: StaffMember }> {
  const hd = await openHelpdesk(opts, 'write');
  return { hd, actor: await hd.identify(opts.as, io().env) };
}
