import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { conflictMarkerLine } from '../core/files/conflict-markers.js';
import { isTicketId } from '../core/ids.js';
import { mergeConflicted } from '../core/ticket/merge.js';
import { writeFileAtomic } from './atomic-write.js';
import { driverCommand, gitattributesChange, installMergeDriver, isTicketFile } from './clone-setup.js';
import { Git } from './git.js';
import { withLock } from './lock.js';
import { listTicketIds, ticketFile } from './tickets.js';
import type { FileChange } from './transaction.js';
import { readHelpdeskText, UnreadableFile } from './helpdesk-files.js';

export interface SetupPlan {
  /** The command git now runs for ticket files. */
  driver: string;
  /** A merge or rebase this clone is in the middle of, if any. */
  merging?: string;
  /** Conflicted ticket files of that merge, merged again by their events and staged. */
  remerged: string[];
  /** Ticket files with conflict markers (a plain merge that was committed), merged by their events. */
  repaired: FileChange[];
  /** Ticket files that could not be merged by their events, and why. */
  unresolved: { file: string; reason: string }[];
  /** .gitattributes declaring the driver for the team, when it does not yet. */
  attributes?: FileChange;
}

/**
 * `desk setup` in a clone: installs the merge driver, and repairs what a plain text merge did
 * before it was installed. Works in the middle of a merge — that is when it is needed most:
 * conflicted ticket files are merged again from their three versions (`git checkout --merge`,
 * now through the driver) and staged, so only finishing the merge is left to do.
 * Returns what still needs a commit (outside a merge) for the caller to commit as the actor.
 */
export async function setUpClone(root: string, deskDir: string): Promise<SetupPlan> {
  const git = new Git(root);
  return withLock(deskDir, async () => {
    await installMergeDriver(root, git);
    const merging = git.inTheMiddleOfAMerge();
    const plan: SetupPlan = { driver: driverCommand(), merging, remerged: [], repaired: [], unresolved: [] };
    if (merging) {
      for (const file of (await git.unmergedFiles()).filter(isTicketFile)) {
        // one at a time: a ticket that still cannot be merged must not hold up the others
        const ok = await git.remerge([file]).then(
          () => true,
          () => false,
        );
        const text = await readFile(join(root, file), 'utf8').catch(() => '');
        if (ok && conflictMarkerLine(text) === undefined) {
          await git.stage([file]);
          plan.remerged.push(file);
        }
      }
    }
    for (const id of await listTicketIds(root)) {
      const file = ticketFile(id);
      // a file desk cannot read (a link, not UTF-8) has no conflict to repair; desk check names it
      const text = await readHelpdeskText(root, file).catch((e: unknown) => {
        if (e instanceof UnreadableFile) return '';
        throw e;
      });
      if (conflictMarkerLine(text) === undefined) continue;
      const merged = mergeConflicted(file, text, isTicketId(basename(file, '.yaml')) ? id : undefined);
      if (!merged.ok) {
        plan.unresolved.push({ file, reason: merged.problems.map((p) => `${p.field}: ${p.message}`).join('; ') });
        continue;
      }
      if (merging) {
        await writeFileAtomic(join(root, file), merged.value.text);
        await git.stage([file]);
        plan.remerged.push(file);
      } else plan.repaired.push({ path: file, content: merged.value.text });
    }
    if (!merging) plan.attributes = gitattributesChange(root);
    return plan;
  });
}
