import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { flushFileSystem, TMP_SUFFIX, writeFileAtomic } from './atomic-write.js';
import { faultPoint } from './fault.js';
import type { Author, Git } from './git.js';
import { lockHolder, withLock } from './lock.js';

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

/** From this many files on, a change flushes the file system once instead of every file. */
const MANY_FILES = 64;

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
  const head = await git.headAndTree();
  const journal: Journal = { head: head?.commit, paths };
  await writeFile(journalPath, JSON.stringify(journal));
  try {
    // several at a time: each write waits for its flush to disk, and the disk takes many flushes
    // together about as fast as one (a batch of mail is hundreds of files). A change of many
    // files (an announcement's outbox: three per mail) makes each folder once and flushes the
    // file system once after the last write, not every file on its own.
    const many = change.files.length > MANY_FILES;
    const written: string[] = [];
    if (many)
      for (const dir of new Set(change.files.filter((f) => f.content !== null).map((f) => dirname(join(root, f.path)))))
        await mkdir(dir, { recursive: true });
    let next = 0;
    const writer = async () => {
      while (next < change.files.length) {
        const f = change.files[next++]!;
        const abs = join(root, f.path);
        if (f.content === null) await rm(abs, { force: true });
        else {
          await writeFileAtomic(abs, f.content, many ? { flush: false, folderMade: true } : {});
          written.push(abs);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, change.files.length) }, writer));
    if (many) await flushFileSystem(root, written);
    faultPoint('before-commit');
    const { committer, sign } = change;
    const commit = await git.commitPaths(paths, change.message, change.author, { committer, sign, from: { head } });
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
 * writer is waited for (its journal is gone by then), and what remains is a dead writer's. A
 * command that only reads does not wait for a live writer: it reads the files as they are.
 */
export async function recoverInterrupted(
  root: string,
  deskDir: string,
  git: Git,
  mode: 'read' | 'write' = 'write',
): Promise<string[] | undefined> {
  if (!existsSync(join(deskDir, 'journal.json'))) return undefined;
  if (mode === 'read' && (await lockHolder(join(deskDir, 'lock'))).state === 'live') return undefined;
  return withLock(deskDir, () => recoverUnderLock(root, deskDir, git));
}

/**
 * Undoes a dead writer's half-made change; call it holding the lock. git's own lock files that
 * the writer's git left when it was killed (written after the journal, while the writer held the
 * clone's lock) are removed first, or every later git command in the clone would fail on them.
 */
export async function recoverUnderLock(root: string, deskDir: string, git: Git): Promise<string[] | undefined> {
  const journalPath = join(deskDir, 'journal.json');
  let journal: Journal;
  let since: number;
  try {
    journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
    since = statSync(journalPath).mtimeMs;
  } catch {
    return undefined; // no journal: nothing was interrupted
  }
  await removeGitLocksSince(git, since);
  if ((await git.head()) === journal.head) await rollBack(root, git, journal);
  await rm(journalPath, { force: true });
  return journal.paths;
}

/** git's lock files (index, HEAD, the branch) written since `since`, by a git that desk started and that was killed. */
async function removeGitLocksSince(git: Git, since: number): Promise<void> {
  for (const path of await git.lockFiles()) {
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    // a second of slack for file systems that keep whole seconds
    if (mtime !== undefined && mtime >= since - 1000) await rm(path, { force: true });
  }
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
