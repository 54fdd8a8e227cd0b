import { join } from 'node:path';
import { failed, usage } from '../../core/errors.js';
import { Git } from '../../store/git.js';
import { findHelpdesk } from '../../store/locate.js';
import { setUpClone } from '../../store/setup.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { io } from '../../io/context.js';

/**
 * `desk setup`: this clone merges ticket files through desk's driver (every command does this on
 * first use; run it by hand after moving desk, or to repair what a plain git merge did before).
 */
export async function setup(o: GlobalOptions & { json?: boolean }): Promise<void> {
  // no full open: setup must work in the middle of a merge, which every other command refuses
  const { root } = await findHelpdesk(io().cwd, o.repo, io().env.DESK_REPO);
  if ((await Git.topLevel(root)) === undefined)
    throw usage(
      `${root} is not a git repository`,
      'desk keeps its history in git: run `git init` there, or create a new helpdesk with `desk init`',
    );
  const plan = await setUpClone(root, join(root, '.desk'));
  const files = [...(plan.attributes ? [plan.attributes] : []), ...plan.repaired];
  let commit: string | undefined;
  if (files.length) {
    const { hd, actor } = await openForChange(o, 'helpdesk.sync');
    const why = [
      plan.attributes
        ? 'declare the ticket merge driver in .gitattributes, so every clone merges tickets by their events'
        : '',
      plan.repaired.length
        ? `merge ${plan.repaired.length === 1 ? 'a ticket by its' : `${plan.repaired.length} tickets by their`} events that a plain git merge left with conflict markers`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    commit = await hd.change(actor, async () => ({ files, message: `setup: ${why}` }));
  }
  const finish =
    plan.merging &&
    `finish the ${plan.merging}: ${plan.merging === 'merge' ? 'git commit' : `git ${plan.merging} --continue`} (resolve any other conflicted file first)`;
  if (o.json) {
    await printJson({
      driver: plan.driver,
      attributesCommitted: Boolean(plan.attributes),
      merged: [...plan.remerged, ...plan.repaired.map((f) => f.path)],
      unresolved: plan.unresolved,
      commit,
      merging: plan.merging ?? null,
    });
  } else {
    const lines = ['Merge driver installed: ticket files in this clone merge by the union of their events.'];
    if (plan.attributes) lines.push('.gitattributes now declares it for the whole team (committed).');
    for (const f of plan.remerged) lines.push(`Merged by its events and staged: ${f}`);
    for (const f of plan.repaired) lines.push(`Merged by its events (committed): ${f.path}`);
    if (finish) lines.push(`Next: ${finish}.`);
    await print(lines.join('\n'));
  }
  if (plan.unresolved.length) {
    throw failed(
      `could not merge by their events: ${plan.unresolved.map((u) => `${u.file} (${u.reason})`).join('; ')}`,
      'a side of these files is not a valid ticket: fix them by hand (desk check shows what is wrong), then git add them',
    );
  }
}
