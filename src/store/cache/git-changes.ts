import { io } from '../../io/context.js';
import { gitIn } from '../git-process.js';
import { TICKETS_DIR } from '../../core/ticket/paths.js';

/**
 * What git knows about which ticket files changed, so that the ticket index need not stat every
 * file of a large helpdesk (ticket-index.ts). Git keeps each tracked file's stat data in its own
 * index and answers "which files differ from commit B" by comparing them in C, on another core,
 * with the same rules for racily clean files as change-detector.ts (a file written in the same
 * tick as git's index is compared by content). Its answer is trusted only for files whose text
 * the ticket index read was, byte for byte, the file in B (the blob ids are equal): such a file
 * that git does not name still holds that text. Everything else is stat'ed as before.
 *
 * When git cannot answer (no git, a commit no longer there, a run inside a git command that
 * points git at a temporary index), the answer is "unknown" and every file is stat'ed.
 */

/** The ticket files (paths relative to the helpdesk) whose text may differ from commit `base`; undefined: unknown. */
export async function ticketFilesChangedSince(root: string, base: string): Promise<Set<string> | undefined> {
  if (!gitCanSay()) return undefined;
  try {
    const out = await gitIn(root, ['diff-index', '--name-only', '-z', '--relative', base, '--', `${TICKETS_DIR}/`]);
    return new Set(out.split('\0').filter(Boolean));
  } catch {
    return undefined;
  }
}

/**
 * Brings the stat data in git's index up to date with the files (`git update-index --refresh`,
 * what `git status` does on its way): in a folder copied or restored elsewhere, git names every
 * file as changed until then, and the ticket index would stat them all on every command. Git
 * takes its own lock; busy or failing, it is left for the next command.
 */
export async function refreshGitIndex(root: string): Promise<void> {
  if (!gitCanSay()) return;
  try {
    await gitIn(root, ['update-index', '-q', '--refresh']);
  } catch {
    // a saving, not an answer
  }
}

/**
 * The ticket files (paths relative to the helpdesk) that differ between two commits: trees
 * compared, no file stat'ed, so a folder git finds unchanged is skipped whole. Undefined when
 * git cannot say (a commit no longer there).
 */
export async function ticketFilesChangedBetween(
  root: string,
  from: string,
  to: string,
): Promise<Set<string> | undefined> {
  const blobs = await ticketBlobsChangedBetween(root, from, to);
  return blobs && new Set(blobs.keys());
}

/**
 * The ticket files that differ between two commits, each with its blob id (hex) in `to`
 * (undefined: not in `to`): trees compared, no file stat'ed, so a folder git finds unchanged is
 * skipped whole. Undefined when git cannot say (a commit no longer there).
 */
export async function ticketBlobsChangedBetween(
  root: string,
  from: string,
  to: string,
): Promise<Map<string, string | undefined> | undefined> {
  if (!gitCanSay()) return undefined;
  try {
    const out = await gitIn(root, ['diff-tree', '-r', '-z', '--no-renames', from, to, '--', `${TICKETS_DIR}/`]);
    const blobs = new Map<string, string | undefined>();
    // ":<old mode> <new mode> <old id> <new id> <status>\0<path>\0"; a file gone has mode 000000
    const fields = out.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [, mode, , blob] = fields[i]!.split(' ');
      blobs.set(fields[i + 1]!, mode === '100644' || mode === '100755' ? blob : undefined);
    }
    return blobs;
  } catch {
    return undefined;
  }
}

/** The commit HEAD names (SHA-1); undefined when git cannot say or there is none yet. */
export async function headCommit(root: string): Promise<string | undefined> {
  if (!gitCanSay()) return undefined;
  try {
    const commit = (
      await gitIn(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { quietFailure: true })
    ).trim();
    return /^[0-9a-f]{40}$/.test(commit) ? commit : undefined; // none yet, or not SHA-1 ids
  } catch {
    return undefined;
  }
}

/** The blob id (hex) of each ticket file in `commit`; undefined when git cannot say. */
export async function ticketBlobsAt(root: string, commit: string): Promise<Map<string, string> | undefined> {
  if (!gitCanSay()) return undefined;
  try {
    const out = await gitIn(root, ['ls-tree', '-r', '-z', commit, '--', `${TICKETS_DIR}/`]);
    const blobs = new Map<string, string>();
    // "<mode> blob <id>\t<path>\0"
    for (let at = 0; at < out.length; ) {
      const end = out.indexOf('\0', at);
      const line = out.slice(at, end < 0 ? out.length : end);
      at = end < 0 ? out.length : end + 1;
      const tab = line.indexOf('\t');
      if (tab < 0 || !(line.startsWith('100644 blob ') || line.startsWith('100755 blob '))) continue;
      blobs.set(line.slice(tab + 1), line.slice(12, tab));
    }
    return blobs;
  } catch {
    return undefined;
  }
}

/** Git answers for the work tree and its own index: not while a git command has it look at a temporary one. */
function gitCanSay(): boolean {
  const env = io().env;
  return !env.GIT_INDEX_FILE && !env.GIT_DIR && !env.GIT_WORK_TREE;
}
