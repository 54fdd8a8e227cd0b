import { readFile } from 'node:fs/promises';
import type { Problem } from '../core/files/yaml-text.js';
import { ticketIdOfFlatPath, ticketIdOfPath } from '../core/ticket/paths.js';
import { mergeTicketTexts, type Divergence } from '../core/ticket/merge.js';
import { writeFileAtomic } from './atomic-write.js';
import { faultPointForGroup } from './fault.js';
import { Git } from './git.js';

export interface DriverFiles {
  /** %O: the common ancestor (empty when both sides added the file). */
  base: string;
  /** %A: our version; the merge result is written here. */
  ours: string;
  /** %B: their version. */
  theirs: string;
  /** %P: the path in the repository, for messages and the id check. */
  path: string;
}

export type DriverOutcome = { merged: true; divergent: Divergence[] } | { merged: false; problems: Problem[] };

/**
 * What git runs for a ticket file both sides changed: the union of the events into %A. When a
 * side is not a ticket (a hand edit gone wrong), there is nothing to merge by: %A gets git's own
 * text merge with conflict markers, so the person resolving sees both sides, and git is told it
 * is a conflict.
 */
export async function runMergeDriver(files: DriverFiles): Promise<DriverOutcome> {
  faultPointForGroup('in-merge-driver');
  const id = ticketIdOfPath(files.path) ?? ticketIdOfFlatPath(files.path);
  let result: ReturnType<typeof mergeTicketTexts>;
  try {
    const [ours, theirs] = await Promise.all([readFile(files.ours, 'utf8'), readFile(files.theirs, 'utf8')]);
    result = mergeTicketTexts(files.path, ours, theirs, id);
    if (result.ok) {
      await writeFileAtomic(files.ours, result.value.text);
      return { merged: true, divergent: result.value.divergent };
    }
  } catch (e) {
    // whatever went wrong, %A must not be left holding only our side: git would take it as the result
    await textMerge(files);
    throw e;
  }
  await textMerge(files);
  return { merged: false, problems: result.problems };
}

function textMerge(files: DriverFiles): Promise<void> {
  return Git.mergeFileText(files.ours, files.base, files.theirs, ['ours', 'common ancestor', 'theirs']);
}
