import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { failed, refused } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { GitExit, GitFailure, gitIn } from './git-process.js';
import { GitObjects } from './git-objects.js';
import { io } from '../io/context.js';

export interface Author {
  name: string;
  email: string;
}

/** A commit and its tree. */
export interface Head {
  commit: string;
  tree: string;
}

/** What became of a push: sent, overtaken by someone faster, or stopped by a lock file on the remote. */
export type PushOutcome = { outcome: 'pushed' } | { outcome: 'rejected' } | { outcome: 'locked'; lock: string };

/** The one place desk talks to git. */
export class Git {
  /** Commits, trees and blobs, read and written without the index or the work tree. */
  readonly objects: GitObjects;

  constructor(readonly root: string) {
    this.objects = new GitObjects(root);
  }

  /** A command whose quiet non-zero exit means "none" (see gitIn). */
  private raw(args: string[]): Promise<string> {
    return gitIn(this.root, args, { quietFailure: true });
  }

  static async init(dir: string): Promise<void> {
    await gitIn(dir, ['init', '--quiet', '--initial-branch=main']);
  }

  static async topLevel(dir: string): Promise<string | undefined> {
    try {
      return (await gitIn(dir, ['rev-parse', '--show-toplevel'])).trim() || undefined;
    } catch {
      return undefined; // not inside a git work tree
    }
  }

  /** HEAD's commit and tree, or undefined with no commit yet: one git process for both. */
  async headAndTree(): Promise<Head | undefined> {
    return this.run(['rev-parse', 'HEAD', 'HEAD^{tree}']).then(
      (out) => {
        const [commit, tree] = out.trim().split('\n');
        return { commit: commit!, tree: tree! };
      },
      () => undefined,
    );
  }

  async head(): Promise<string | undefined> {
    try {
      return (await this.run(['rev-parse', '--verify', '-q', 'HEAD'])).trim() || undefined;
    } catch {
      return undefined; // no commit yet
    }
  }

  /** A setting as git reads it (the clone's, the user's, the system's); undefined when unset. */
  async configValue(key: string): Promise<string | undefined> {
    const value = (await this.raw(['config', '--get', key])).replace(/\n$/, '');
    return value === '' ? undefined : value;
  }

  /** The repository's git folder (`.git`, or a linked worktree's), as an absolute path. */
  async gitDir(): Promise<string> {
    return (await this.run(['rev-parse', '--absolute-git-dir'])).trim();
  }

  /**
   * The lock files a commit of desk's can leave when git is killed in the middle of it: the
   * index's, HEAD's and the checked-out branch's. Those that exist, as absolute paths.
   */
  async lockFiles(): Promise<string[]> {
    const gitDir = join(this.root, '.git');
    const head = await readFile(join(gitDir, 'HEAD'), 'utf8').catch(() => '');
    const branch = /^ref: (refs\/heads\/\S+)/.exec(head)?.[1];
    return ['index.lock', 'HEAD.lock', ...(branch ? [`${branch}.lock`] : [])]
      .map((name) => join(gitDir, name))
      .filter((path) => existsSync(path));
  }

  /** True while a merge, rebase or cherry-pick waits for the user to finish it. */
  inTheMiddleOfAMerge(): string | undefined {
    const gitDir = join(this.root, '.git');
    for (const [file, what] of [
      ['MERGE_HEAD', 'merge'],
      ['rebase-merge', 'rebase'],
      ['rebase-apply', 'rebase'],
      ['CHERRY_PICK_HEAD', 'cherry-pick'],
    ] as const) {
      if (existsSync(join(gitDir, file))) return what;
    }
    return undefined;
  }

  /**
   * Commits exactly `paths` (new, changed or deleted), whatever else the user has staged.
   *
   * Usually nothing else is staged, and the commit is made from git's plumbing: the paths staged,
   * the index written as a tree, a commit of it, HEAD moved from the commit it was on. `git
   * commit` would first compare every file of the work tree with the index and check that every
   * object the index names exists, which at 100,000 tickets costs more than all the rest of a
   * change. Nothing is lost by skipping that: the blobs of the paths are written here, and every
   * other entry came from a checkout or an add that wrote its object. Such a commit runs no hooks,
   * as desk's commits never did (--no-verify); commit.gpgSign is honoured by commit-tree.
   *
   * With other changes staged, `git commit --only` commits the paths alone and leaves the rest
   * staged. `from`: HEAD as the caller read it holding the clone's lock (one git process less);
   * if HEAD has moved since, the commit fails as it would when HEAD moves during it.
   */
  async commitPaths(
    paths: readonly string[],
    message: string,
    author: Author,
    { committer, sign = false, from }: { committer?: Author; sign?: boolean; from?: { head: Head | undefined } } = {},
  ): Promise<string> {
    // the acting staff member is the author; the committer is git's own identity — the person at
    // the keyboard — and only where git has none, the one desk was told, else the author (docs/roles.md)
    const fallback = committer ?? ((await this.hasIdentity()) ? undefined : author);
    const identity = fallback ? ['-c', `user.name=${fallback.name}`, '-c', `user.email=${fallback.email}`] : [];
    const as = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email };
    // where desk.yaml requires signed commits, git signs with the user's key (gpg.format, user.signingKey)
    const signing = sign ? ['-S'] : [];
    try {
      const only = await this.stagedBesides(paths);
      // exactly these paths, added, updated or removed: `add --all` would list their whole
      // folder looking for untracked files; on stdin, as a move may name a hundred thousand
      await this.updateIndex(paths);
      if (only) return await this.commitOnly(identity, signing, as, paths, message);
      const parent = from ? from.head : await this.headAndTree();
      const tree = (await this.run(['write-tree', '--missing-ok'])).trim();
      if (parent && tree === parent.tree) throw new Error('nothing to commit: the files are as in the last commit');
      const commit = (
        await this.run(
          [...identity, 'commit-tree', ...signing, tree, ...(parent ? ['-p', parent.commit] : []), '-m', message],
          undefined,
          as,
        )
      ).trim();
      // the old value makes the move fail if HEAD moved meanwhile; the reflog reads as git commit's
      const subject = message.split('\n')[0];
      await this.run([
        'update-ref',
        '-m',
        parent ? `commit: ${subject}` : `commit (initial): ${subject}`,
        'HEAD',
        commit,
        parent ? parent.commit : '',
      ]);
      // what git commit does after each commit: packs loose objects once there are many. The
      // commit is made by now; a git without maintenance (before 2.29) only packs less often.
      await this.run(['maintenance', 'run', '--auto', '--quiet']).catch(() => undefined);
      return commit;
    } catch (e) {
      if (sign && /sign/i.test(firstLine(e)))
        throw refused(
          text('store.couldNotSign', { reason: firstLine(e).replace(/^error: /, '') }),
          text('store.couldNotSignHint'),
        );
      throw (
        lockInTheWay(e, this.root) ??
        failed(text('store.commitFailed', { reason: firstLine(e) }), text('store.commitFailedHint'))
      );
    }
  }

  private async commitOnly(
    identity: readonly string[],
    signing: readonly string[],
    as: Record<string, string>,
    paths: readonly string[],
    message: string,
  ): Promise<string> {
    const args = [...identity, 'commit', ...signing, '--quiet', '--only', '--no-verify', '-m', message];
    await this.run([...args, '--pathspec-from-file=-', '--pathspec-file-nul'], nulList(paths), as).catch(
      (e: unknown) => {
        // "nothing to commit" has nothing on stderr (its reason goes to stdout)
        throw e instanceof GitExit && e.code === 1 && !e.stderr
          ? new Error('nothing to commit: the files are as in the last commit')
          : e;
      },
    );
    return (await this.run(['rev-parse', 'HEAD'])).trim();
  }

  private email?: Promise<string | undefined>;
  /** git's own user.email here (the clone's, the user's or the system's setting): asked once. */
  userEmail(): Promise<string | undefined> {
    return (this.email ??= this.configValue('user.email'));
  }

  /** Whether git has an identity of its own here (user.email, or GIT_COMMITTER_EMAIL). */
  async hasIdentity(): Promise<boolean> {
    return Boolean(io().env.GIT_COMMITTER_EMAIL || (await this.userEmail()));
  }

  /** Stages exactly `paths` as they are in the work tree: added, updated, or removed when gone. */
  async updateIndex(paths: readonly string[]): Promise<void> {
    await this.run(['update-index', '--add', '--remove', '-z', '--stdin'], nulList(paths));
  }

  /**
   * True when the index holds changes to other files than `paths` (or git cannot tell, e.g. with
   * no commit yet). Asked before `paths` are staged: the index's cached trees then still match
   * HEAD, and git answers without comparing every file.
   */
  private async stagedBesides(paths: readonly string[]): Promise<boolean> {
    const ours = new Set(paths);
    return this.run(['diff', '--cached', '--name-only', '--no-renames', '-z']).then(
      (out) => out.split('\0').some((p) => p !== '' && !ours.has(p)),
      () => true,
    );
  }

  /** Runs git in this clone and returns its stdout; any non-zero exit is an error. `env`: variables added for this command. */
  private run(args: readonly string[], input?: string, env?: Record<string, string>): Promise<string> {
    return gitIn(this.root, args, { input, env });
  }

  /** Puts `paths` back as they are in HEAD; returns those HEAD does not have (new files). */
  async restore(paths: readonly string[]): Promise<string[]> {
    const tracked = new Set(
      (await this.raw(['ls-tree', '-r', '--name-only', 'HEAD', '--', ...paths]).catch(() => ''))
        .split('\n')
        .filter(Boolean),
    );
    const known = paths.filter((p) => tracked.has(p));
    const unknown = paths.filter((p) => !tracked.has(p));
    try {
      if (known.length) await this.raw(['checkout', 'HEAD', '--', ...known]);
      if (unknown.length)
        await this.raw(['rm', '--cached', '--force', '--quiet', '--ignore-unmatch', '--', ...unknown]);
    } catch (e) {
      throw lockInTheWay(e, this.root) ?? e;
    }
    return unknown;
  }

  // --- clones and remotes: the merge driver, `desk setup` and `desk sync` ---

  /** Writes a setting into this clone's own config (.git/config), never the user's global one. */
  async setLocalConfig(key: string, value: string): Promise<void> {
    await this.run(['config', '--local', key, value]);
  }

  /** The branch checked out, or undefined when HEAD is detached. */
  async currentBranch(): Promise<string | undefined> {
    return (await this.raw(['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim() || undefined;
  }

  async remotes(): Promise<string[]> {
    return (await this.raw(['remote'])).split('\n').filter(Boolean);
  }

  /** The commit `ref` names, or undefined when there is none. */
  async commitOf(ref: string): Promise<string | undefined> {
    return (await this.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() || undefined;
  }

  /** Commits reachable from `to` but not from `from` (`from` undefined: all of them). */
  async countCommits(from: string | undefined, to: string): Promise<number> {
    return Number((await this.raw(['rev-list', '--count', from ? `${from}..${to}` : to])).trim());
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return (await this.raw(['merge-base', a, b]).catch(() => '')).trim() || undefined;
  }

  /** Files that differ between two commits (`from` undefined: everything in `to`), with git's status letter. */
  async changedFiles(from: string | undefined, to: string): Promise<{ status: string; path: string }[]> {
    const out = from
      ? await this.raw(['diff', '--name-status', '--no-renames', '-z', from, to])
      : await this.raw(['ls-tree', '-r', '--name-only', '-z', to]);
    const parts = out.split('\0').filter(Boolean);
    if (!from) return parts.map((path) => ({ status: 'A', path }));
    const files: { status: string; path: string }[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) files.push({ status: parts[i]!, path: parts[i + 1]! });
    return files;
  }

  /**
   * For each of `paths` that HEAD's history added, the message of the commit that added it
   * (the first one: a later commit adding the same file again is never seen by a linear history).
   */
  async addingMessages(paths: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (paths.length === 0) return found;
    const out = await this.raw([
      'log',
      '--reverse',
      '--diff-filter=A',
      '--no-renames',
      '--format=%x01%B%x02',
      '--name-only',
      'HEAD',
      '--',
      ...paths,
    ]);
    for (const chunk of out.split('\x01').slice(1)) {
      const [message = '', names = ''] = chunk.split('\x02');
      for (const name of names.split('\n').filter(Boolean)) if (!found.has(name)) found.set(name, message);
    }
    return found;
  }

  /** The text of `path` in commit `ref`. */
  async textAt(ref: string, path: string): Promise<string> {
    return this.run(['show', `${ref}:${path}`]);
  }

  /** The tracked files under `dir` (in the index). */
  async trackedUnder(dir: string): Promise<string[]> {
    return (await this.run(['ls-files', '-z', '--', dir])).split('\0').filter(Boolean);
  }

  /** Every file under `dir` in commit `ref`. */
  async filesAt(ref: string, dir: string): Promise<string[]> {
    return (await this.raw(['ls-tree', '-r', '--name-only', '-z', ref, '--', dir])).split('\0').filter(Boolean);
  }

  /** Tracked files with changes not yet committed (staged or not). */
  async uncommittedFiles(): Promise<string[]> {
    return (await this.raw(['status', '--porcelain', '-z', '--untracked-files=no']))
      .split('\0')
      .filter(Boolean)
      .map((l) => l.slice(3));
  }

  /** Files a merge or rebase left with conflicts. */
  async unmergedFiles(): Promise<string[]> {
    return (await this.raw(['diff', '--name-only', '-z', '--diff-filter=U'])).split('\0').filter(Boolean);
  }

  /** Redoes the merge of conflicted files from their three versions (with the merge drivers now configured). */
  async remerge(paths: readonly string[]): Promise<void> {
    await this.raw(['checkout', '--merge', '--', ...paths]);
  }

  async stage(paths: readonly string[]): Promise<void> {
    await this.raw(['add', '--', ...paths]);
  }

  /**
   * Fetches `branch` of `remote` into refs/remotes/REMOTE/BRANCH. `missing` when the remote is
   * reachable but has no such branch yet (a new, empty remote); anything else is thrown.
   */
  async fetchBranch(remote: string, branch: string): Promise<'fetched' | 'missing'> {
    try {
      await this.raw([
        'fetch',
        '--quiet',
        '--no-tags',
        remote,
        `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
      ]);
      return 'fetched';
    } catch (e) {
      if (/couldn't find remote ref/i.test(message(e))) return 'missing';
      throw new GitFailure(message(e));
    }
  }

  /**
   * Replays the local commits onto `onto`, with `committer` (undefined: git's own identity) as
   * their committer (authors stay);
   * `conflict` leaves the rebase stopped for the user to finish.
   */
  async rebase(onto: string, committer: Author | undefined, sign = false): Promise<'done' | 'conflict'> {
    try {
      await this.raw([
        ...(committer ? ['-c', `user.name=${committer.name}`, '-c', `user.email=${committer.email}`] : []),
        // replayed commits are new commits: where signing is required, they are signed again
        ...(sign ? ['-c', 'commit.gpgSign=true'] : []),
        'rebase',
        '--quiet',
        '--no-autostash',
        onto,
      ]);
      return 'done';
    } catch (e) {
      if (this.inTheMiddleOfAMerge()) return 'conflict';
      throw new GitFailure(message(e));
    }
  }

  /**
   * Brings the index and work tree from commit `from` to commit `to`, for the files that differ.
   * `git restore` of just those files costs a small part of a two-tree `read-tree`, which walks
   * every entry of both trees and the index (0.04 against 0.19 s at 100,000 tickets); but it
   * overwrites what is in its way, so a file the team added that exists here untracked (an
   * article being drafted) leaves the work to `read-tree`, which refuses and names it; so does a
   * file that became a link or a folder.
   */
  async checkOutFrom(from: string, to: string): Promise<void> {
    const changed = await this.changedFiles(from, to);
    if (changed.length === 0) return;
    const inTheWay = ({ status, path }: { status: string; path: string }) =>
      !'AMD'.includes(status) || (status === 'A' && existsSync(join(this.root, path)));
    const restore = ['--literal-pathspecs', 'restore', `--source=${to}`, '--staged', '--worktree'];
    await (
      changed.some(inTheWay)
        ? this.run(['read-tree', '-m', '-u', from, to])
        : this.run([...restore, '--pathspec-from-file=-', '--pathspec-file-nul'], nulList(changed.map((c) => c.path)))
    ).catch((e: unknown) => {
      throw new GitFailure(message(e));
    });
  }

  /** Moves HEAD's branch from `from` to `to` (failing if it moved meanwhile), with `reason` in the reflog. */
  async moveHead(from: string, to: string, reason: string): Promise<void> {
    await this.run(['update-ref', '-m', reason, 'HEAD', to, from]);
  }

  /** The index and every tracked file as in HEAD. */
  async resetHard(): Promise<void> {
    await this.run(['reset', '--hard', '--quiet']);
  }

  async abortRebase(): Promise<void> {
    await this.raw(['rebase', '--abort']);
  }

  async fastForward(to: string): Promise<void> {
    await this.raw(['merge', '--ff-only', '--quiet', to]);
  }

  /**
   * Pushes HEAD to `branch` of `remote`, never forced. `rejected` when the remote moved on since
   * the fetch (someone was faster); `locked` when the remote's branch is locked by a lock file — a
   * push running there right now, or one killed midway that left its lock behind, which only a
   * person on the server can tell apart and remove; anything else is thrown.
   */
  async push(remote: string, branch: string, setUpstream: boolean): Promise<PushOutcome> {
    try {
      await this.raw([
        'push',
        '--quiet',
        ...(setUpstream ? ['--set-upstream'] : []),
        remote,
        `HEAD:refs/heads/${branch}`,
      ]);
      return { outcome: 'pushed' };
    } catch (e) {
      const text = message(e);
      const lock = /Unable to create '([^']+\.lock)': File exists/.exec(text)?.[1];
      if (lock) return { outcome: 'locked', lock: posix.normalize(lock) };
      if (
        /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info/i.test(
          text,
        )
      )
        return { outcome: 'rejected' };
      throw new GitFailure(text);
    }
  }

  /** A plain three-way text merge of files into `ours` (conflict markers where they differ), as git does without a driver. */
  static async mergeFileText(
    ours: string,
    base: string,
    theirs: string,
    labels: [string, string, string],
  ): Promise<void> {
    // merge-file exits with the number of conflicts; only a real failure says so on stderr
    await gitIn(dirname(ours), ['merge-file', '-L', labels[0], '-L', labels[1], '-L', labels[2], ours, base, theirs], {
      quietFailure: true,
    }).catch((e: unknown) => {
      throw new GitFailure(message(e));
    });
  }
}

export { GitFailure } from './git-process.js';

/** The line of git's output that says why (skipping hints and blank lines). */
export function gitReason(e: unknown): string {
  const lines = message(e)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(hint|To |From )/.test(l));
  return (lines.find((l) => /^(fatal|error|ssh|remote):/i.test(l)) ?? lines[0] ?? 'git failed').replace(
    /^(fatal|error): /i,
    '',
  );
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * git refuses to work while a lock file of its own exists: another git command runs in the clone,
 * or one was killed and left it. desk removes those its own killed commands left (transaction.ts);
 * any other is named, with what to do about it.
 */
function lockInTheWay(e: unknown, root: string) {
  const path = /Unable to create '([^']+\.lock)': File exists/.exec(message(e))?.[1];
  if (!path) return undefined;
  const shown = relative(root, path) || path;
  return failed(text('store.gitLock', { file: shown }), text('store.gitLockHint', { dir: root, path }));
}

/** Paths for git's `-z --stdin` and `--pathspec-file-nul`: each ended by a NUL. */
function nulList(paths: readonly string[]): string {
  return paths.map((p) => `${p}\0`).join('');
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).trim().split('\n')[0] ?? '';
}
