import type { Author, Git } from './git.js';

/**
 * Replays this clone's commits onto the team's without git's rebase: each commit's change is
 * merged onto the new base in memory (`git merge-tree`, with the ticket driver for a ticket both
 * sides changed) and committed with its author, date and message; nothing touches the index or
 * the work tree until the branch moves, once, at the end. At 100,000 tickets a rebase checks out
 * the team's commit and applies each of ours through git's whole index; this costs a few small
 * git commands per commit.
 *
 * Undefined when git's rebase must do it, as before: a merge commit among ours (a rebase makes
 * the history one line), a file that needs a person (the rebase stops there for them), a commit
 * whose change the team's history already holds (the rebase drops it), a message not in UTF-8.
 */
export async function replayInMemory(
  git: Git,
  onto: string,
  committer: Author | undefined,
  sign: boolean | undefined,
): Promise<string | undefined> {
  const ours = await git.commitsBetween(onto, 'HEAD');
  if (ours.length === 0 || ours.some((c) => c.parents.length !== 1)) return undefined;
  let head = onto;
  let headTree = await git.treeOf(onto);
  for (const { id, parents } of ours) {
    const commit = parseCommit(await git.rawCommit(id));
    if (!commit) return undefined;
    // a stand-in holding head's files whose only parent is the commit's own: the merge base of the
    // two is that parent, so the merge applies exactly this commit's change (as a cherry-pick does)
    const standIn = await git.commitTree(
      headTree,
      parents,
      'desk sync: base for replaying',
      undefined,
      committer,
      'never',
    );
    const merged = await git.mergeTrees(standIn, id);
    if (merged === 'conflict' || merged.tree === headTree) return undefined;
    head = await git.commitTree(merged.tree, [head], commit.message, commit.author, committer, sign);
    headTree = merged.tree;
  }
  return head;
}

/** Author and message of a raw commit object; undefined for one git would re-encode. */
function parseCommit(raw: string): { author: Author & { date: string }; message: string } | undefined {
  const end = raw.indexOf('\n\n');
  const headers = end < 0 ? raw : raw.slice(0, end);
  if (/^encoding /m.test(headers)) return undefined;
  const author = /^author (.*) <([^>]*)> (\d+ [+-]\d{4})$/m.exec(headers);
  if (!author) return undefined;
  return {
    author: { name: author[1]!, email: author[2]!, date: author[3]! },
    message: end < 0 ? '' : raw.slice(end + 2),
  };
}
