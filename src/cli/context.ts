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

export function openHelpdesk(opts: GlobalOptions): Promise<Helpdesk> {
  onIndexProgress(progressBar('Indexing tickets'));
  return Helpdesk.open({ cwd: io().cwd, repo: opts.repo, env: io().env });
}

/** The helpdesk and the person acting on it, for commands that change something. */
export async function openForChange(opts: GlobalOptions): Promise<{ hd: Helpdesk; actor: StaffMember }> {
  const hd = await openHelpdesk(opts);
  return { hd, actor: await hd.identify(opts.as, io().env) };
}
