import { join } from 'node:path';
import { failed, usage } from '../../core/errors.js';
import { Git } from '../../store/git.js';
import { findHelpdesk } from '../../store/locate.js';
import { setUpClone } from '../../store/setup.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { io } from '../../io/context.js';
import { t, text } from '../../i18n/index.js';

/**
 * `desk setup`: this clone merges ticket files through desk's driver (every command does this on
 * first use; run it by hand after moving desk, or to repair what a plain git merge did before).
 */
export async function setup(o: GlobalOptions & { json?: boolean }): Promise<void> {
  // no full open: setup must work in the middle of a merge, which every other command refuses
  const { root } = await findHelpdesk(io().cwd, o.repo, io().env.DESK_REPO);
  if ((await Git.topLevel(root)) === undefined)
    throw usage(text('system.setupNotGit', { dir: root }), text('system.setupNotGitHint'));
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
    t('system.setupNext', {
      merging: plan.merging,
      command: plan.merging === 'merge' ? 'git commit' : `git ${plan.merging} --continue`,
    });
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
    const lines = [t('system.setupDriver')];
    if (plan.attributes) lines.push(t('system.setupAttributes'));
    for (const f of plan.remerged) lines.push(t('system.setupStaged', { file: f }));
    for (const f of plan.repaired) lines.push(t('system.setupCommitted', { file: f.path }));
    if (finish) lines.push(finish);
    await print(lines.join('\n'));
  }
  if (plan.unresolved.length) {
    throw failed(
      text('system.setupUnresolved', { files: plan.unresolved.map((u) => `${u.file} (${u.reason})`).join('; ') }),
      text('system.setupUnresolvedHint'),
    );
  }
}
