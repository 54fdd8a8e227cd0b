import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TMP_SUFFIX, writeFileAtomic } from './atomic-write.js';
import { faultPoint } from './fault.js';
import type { Author, Git } from './git.js';
import { withLock } from './lock.js';

export interface FileChange {
  /** Relative to the helpdesk root, with forward slashes. */
  path: string;
  /** New content; null deletes the file. */
  content: string | Uint8Array | null;
}

interface Journal {
  head: string | undefined;
  paths: string[];
}

/**
 * Every change is one commit of exactly its files. A journal written before the first file is
 * touched lets the next command undo a change that was interrupted before its commit, so a
 * power cut never leaves a half-made change in the work tree.
 */
export async function commitChange(
  root: string,
  deskDir: string,
  git: Git,
  change: { files: FileChange[]; message: string; author: Author; committer?: Author; sign?: boolean },
): Promise<string> {
  const paths = change.files.map((f) => f.path);
  const journalPath = join(deskDir, 'journal.json');
  const journal: Journal = { head: await git.head(), paths };
  await writeFile(journalPath, JSON.stringify(journal));
  try {
    // several at a time: each write waits for its flush to disk, and the disk takes many flushes
    // together about as fast as one (a batch of mail is hundreds of files)
    let next = 0;
    const writer = async () => {
      while (next < change.files.length) {
        const f = change.files[next++]!;
        const abs = join(root, f.path);
        if (f.content === null) await rm(abs, { force: true });
        else await writeFileAtomic(abs, f.content);
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, change.files.length) }, writer));
    faultPoint('before-commit');
    const commit = await git.commitPaths(paths, change.message, change.author, change.committer, change.sign);
    await rm(journalPath, { force: true });
    return commit;
  } catch (e) {
    await rollBack(root, git, journal);
    await rm(journalPath, { force: true });
    throw e;
  }
}

/**
 * Called before any command works on the helpdesk: finishes what an interrupted one left.
 * A journal exists only while its writer holds the lock, so it is read under the lock: a live
 * writer is waited for (its journal is gone by then), and what remains is a dead writer's.
 */
export async function recoverInterrupted(root: string, deskDir: string, git: Git): Promise<string[] | undefined> {
  if (!existsSync(join(deskDir, 'journal.json'))) return undefined;
  return withLock(deskDir, () => recoverUnderLock(root, deskDir, git));
}

async function recoverUnderLock(root: string, deskDir: string, git: Git): Promise<string[] | undefined> {
  const journalPath = join(deskDir, 'journal.json');
  let journal: Journal;
  try {
    journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
  } catch {
    return undefined; // no journal: nothing was interrupted
  }
  if ((await git.head()) === journal.head) await rollBack(root, git, journal);
  await rm(journalPath, { force: true });
  return journal.paths;
}

async function rollBack(root: string, git: Git, journal: Journal): Promise<void> {
  const missing = await git.restore(journal.paths);
  for (const p of missing) await rm(join(root, p), { force: true });
  // a write cut short leaves its temporary file beside the target
  for (const dir of new Set(journal.paths.map((p) => dirname(join(root, p))))) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const n of names) if (n.endsWith(TMP_SUFFIX)) await rm(join(dir, n), { force: true });
  }
}
