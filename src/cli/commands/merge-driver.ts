import { failed } from '../../core/errors.js';
import { runMergeDriver } from '../../store/merge-driver.js';
import { warn } from '../output.js';

/**
 * `desk merge-driver %O %A %B %P` (hidden): run by git for ticket files, never by people.
 * Exit 0 with the merged ticket in %A; exit 1 (a conflict for git) only when a side is not a
 * ticket, with git's text merge and its conflict markers in %A for the person resolving it.
 */
export async function mergeDriver(base: string, ours: string, theirs: string, path: string | undefined): Promise<void> {
  const file = path ?? ours;
  const outcome = await runMergeDriver({ base, ours, theirs, path: file });
  if (!outcome.merged) {
    throw failed(
      `${file}: cannot merge by its events: ${outcome.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      `it is left as a text merge with conflict markers: fix the file by hand (desk check shows what is wrong), git add ${file}, then finish the merge`,
    );
  }
  for (const d of outcome.divergent) {
    warn(
      `desk: ${file}: event ${d.id} was edited differently on the two sides; kept one version (the same in every clone), dropped: ${d.dropped.map((e) => JSON.stringify(e)).join(', ')}\n`,
    );
  }
}
