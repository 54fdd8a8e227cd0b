import { mergeTicketTexts } from '../core/ticket/merge.js';
import { ticketIdOfPath } from '../core/ticket/paths.js';
import type { Author, Git } from './git.js';
import { faultPointForGroup } from './fault.js';
import { BlobReader } from './git-history.js';
import { treeWith } from './tree-edit.js';

/**
 * Replays this clone's commits onto the team's without git's rebase: each commit's change is
 * merged onto the new base in memory (`git merge-tree`) and committed with its author, date and
 * message; nothing touches the index or the work tree until the branch moves, once, at the end.
 * At 100,000 tickets a rebase checks out the team's commit and applies each of ours through
 * git's whole index; this costs a few small git commands per commit. Tickets both sides changed
 * are merged by their events in this process first (withTicketsMerged).
 *
 * Undefined when git's rebase must do it, as before: a merge commit among ours (a rebase makes
 * the history one line), a file that needs a person (the rebase stops there for them), a message
 * not in UTF-8.
 */
export async function replayInMemory(
  git: Git,
  onto: string,
  committer: Author | undefined,
  sign: boolean | undefined,
): Promise<string | undefined> {
  // git's answers that do not wait on each other are asked for together: each is a process
  const [ours, ontoTree] = await Promise.all([git.objects.commitsBetween(onto, 'HEAD'), git.objects.treeOf(onto)]);
  if (ours.length === 0 || ours.some((c) => c.parents.length !== 1)) return undefined;
  let head = onto;
  let headTree = ontoTree;
  for (const { id, parents } of ours) {
    const [raw, sides] = await Promise.all([
      git.objects.rawCommit(id),
      withTicketsMerged(git, parents[0]!, head, headTree, id),
    ]);
    const commit = parseCommit(raw);
    if (!commit || !sides) return undefined;
    // stand-ins whose only parent is the commit's own: the merge base of the two sides is that
    // parent, so the merge applies exactly this commit's change (as a cherry-pick does)
    const standIn = (tree: string) =>
      git.objects.commitTree(tree, parents, 'desk sync: replaying', undefined, committer, 'never');
    const [here, there] = await Promise.all([standIn(sides.head), sides.commit ? standIn(sides.commit) : id]);
    const merged = await git.objects.mergeTrees(here, there);
    if (merged === 'conflict') return undefined;
    // the team's history holds this change already (both clones closed the same tickets by
    // silence, say): dropped, as git's rebase drops a commit that became empty; one made empty
    // on purpose (`git commit --allow-empty`, a note) is kept, as the rebase keeps it
    if (merged.tree === headTree && !sides.madeEmpty) continue;
    head = await git.objects.commitTree(merged.tree, [head], commit.message, commit.author, committer, sign);
    headTree = merged.tree;
  }
  return head;
}

/**
 * The tickets that both the commit and head changed since the commit's parent, merged by their
 * events as the ticket driver would (the result does not depend on the side), and written into
 * both trees: git's merge then finds the two sides alike there and starts no driver, a process
 * of its own for every such ticket (80 ms each at 100,000 tickets; a day's closes by silence,
 * made in every clone, can be hundreds). Undefined when a ticket does not merge by its events:
 * git's rebase then stops on it for a person.
 */
async function withTicketsMerged(
  git: Git,
  parent: string,
  head: string,
  headTree: string,
  commit: string,
): Promise<{ head: string; commit?: string; madeEmpty: boolean } | undefined> {
  const [here, there, commitTree] = await Promise.all([
    git.changedFiles(parent, head),
    git.changedFiles(parent, commit),
    git.objects.treeOf(commit),
  ]);
  const changedHere = new Set(here.filter((f) => f.status === 'M').map((f) => f.path));
  const both = there.filter((f) => f.status === 'M' && changedHere.has(f.path) && ticketIdOfPath(f.path));
  const merged = new Map<string, string>();
  const reader = new BlobReader(git.root);
  try {
    for (const { path } of both) {
      const ours = await reader.read(`${head}:${path}`);
      const theirs = await reader.read(`${commit}:${path}`);
      if (ours === undefined || theirs === undefined) return undefined;
      if (ours === theirs) continue;
      faultPointForGroup('in-merge-driver'); // the moment git's driver would merge it
      const result = mergeTicketTexts(path, ours, theirs, ticketIdOfPath(path));
      if (!result.ok) return undefined;
      merged.set(path, result.value.text);
    }
  } finally {
    reader.close();
  }
  const madeEmpty = there.length === 0;
  if (merged.size === 0) return { head: headTree, madeEmpty };
  const blobs = await git.objects.writeBlobs([...merged.values()]);
  const at = new Map([...merged.keys()].map((path, i) => [path, blobs[i]!]));
  const [ours, theirs] = await Promise.all([treeWith(git, headTree, at), treeWith(git, commitTree, at)]);
  return ours && theirs ? { head: ours, commit: theirs, madeEmpty } : undefined;
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
