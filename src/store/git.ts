import { simpleGit, type SimpleGit } from 'simple-git';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { failed } from '../core/errors.js';

export interface Author {
  name: string;
  email: string;
}

/** The one place desk talks to git. */
export class Git {
  private readonly git: SimpleGit;

  constructor(readonly root: string) {
    this.git = simpleGit({ baseDir: root, maxConcurrentProcesses: 4 });
  }

  static async init(dir: string): Promise<void> {
    await simpleGit({ baseDir: dir }).init(['--initial-branch=main']);
  }

  static async topLevel(dir: string): Promise<string | undefined> {
    try {
      return (await simpleGit({ baseDir: dir }).revparse(['--show-toplevel'])).trim();
    } catch {
      return undefined; // not inside a git work tree
    }
  }

  async head(): Promise<string | undefined> {
    try {
      return (await this.git.revparse(['--verify', '-q', 'HEAD'])).trim() || undefined;
    } catch {
      return undefined; // no commit yet
    }
  }

  async configValue(key: string): Promise<string | undefined> {
    const value = (await this.git.getConfig(key)).value;
    return value ?? undefined;
  }

  /** True while a merge, rebase or cherry-pick waits for the user to finish it. */
  inTheMiddleOfAMerge(): string | undefined {
    const gitDir = join(this.root, '.git');
    for (const [file, what] of [['MERGE_HEAD', 'merge'], ['rebase-merge', 'rebase'], ['rebase-apply', 'rebase'], ['CHERRY_PICK_HEAD', 'cherry-pick']] as const) {
      if (existsSync(join(gitDir, file))) return what;
    }
    return undefined;
  }

  /**
   * Commits exactly `paths` (new, changed or deleted), whatever else the user has staged:
   * `commit --only` leaves other staged changes staged and out of this commit.
   */
  async commitPaths(paths: readonly string[], message: string, author: Author): Promise<string> {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    const git = this.git.env(env);
    try {
      await git.raw(['add', '--all', '--', ...paths]);
      await git.raw(['commit', '--quiet', '--only', '--no-verify', '-m', message, '--', ...paths]);
      return (await git.revparse(['HEAD'])).trim();
    } catch (e) {
      throw failed(`git could not commit: ${firstLine(e)}`, 'nothing was committed; the files were restored');
    }
  }

  /** Puts `paths` back as they are in HEAD; returns those HEAD does not have (new files). */
  async restore(paths: readonly string[]): Promise<string[]> {
    const tracked = new Set((await this.git.raw(['ls-tree', '-r', '--name-only', 'HEAD', '--', ...paths]).catch(() => '')).split('\n').filter(Boolean));
    const known = paths.filter((p) => tracked.has(p));
    const unknown = paths.filter((p) => !tracked.has(p));
    if (known.length) await this.git.raw(['checkout', 'HEAD', '--', ...known]);
    if (unknown.length) await this.git.raw(['rm', '--cached', '--force', '--quiet', '--ignore-unmatch', '--', ...unknown]);
    return unknown;
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).trim().split('\n')[0] ?? '';
}
