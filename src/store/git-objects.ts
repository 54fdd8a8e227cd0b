import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitExit, GitFailure, gitIn } from './git-process.js';
import type { Author } from './git.js';

/** One entry of a tree object: a file (blob) or folder (tree) and its name in the folder. */
export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  name: string;
}

/**
 * Git's objects — commits, trees, blobs — read and written without touching the index or the
 * work tree: what `desk sync` replays a clone's commits with (replay.ts, tree-edit.ts). Reached
 * as `git.objects`.
 */
export class GitObjects {
  constructor(private readonly root: string) {}

  /** Runs git in this clone and returns its stdout; any non-zero exit is an error. */
  private run(args: readonly string[], input?: string, env?: Record<string, string>): Promise<string> {
    return gitIn(this.root, args, { input, env });
  }

  /** The commits reachable from `to` but not from `from`, oldest first, each with its parents. */
  async commitsBetween(from: string, to: string): Promise<{ id: string; parents: string[] }[]> {
    return (await this.run(['rev-list', '--reverse', '--parents', `${from}..${to}`]))
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [id, ...parents] = line.split(' ');
        return { id: id!, parents };
      });
  }

  /** The raw text of a commit object: its headers, a blank line, its message. */
  async rawCommit(id: string): Promise<string> {
    return this.run(['cat-file', 'commit', id]);
  }

  /**
   * The entries of folders of `tree` (repository paths, '' for the top), by folder: one
   * `ls-tree` for the top and one for all the others.
   */
  async treeFolders(tree: string, dirs: readonly string[]): Promise<Map<string, TreeEntry[]>> {
    const found = new Map<string, Map<string, TreeEntry>>(dirs.map((d) => [d, new Map()]));
    const below = dirs.filter((d) => d !== '').map((d) => `${d}/`);
    const outs = await Promise.all([
      dirs.includes('') ? this.run(['ls-tree', '-z', tree]) : '',
      // -t: a folder on the way to another asked for is listed too, not only gone into (and so
      // may come twice: once as a folder's entry, once on the way)
      below.length ? this.run(['--literal-pathspecs', 'ls-tree', '-t', '-z', tree, '--', ...below]) : '',
    ]);
    for (const record of outs.join('').split('\0')) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
      if (!m) continue;
      const path = m[4]!;
      const slash = path.lastIndexOf('/');
      const name = path.slice(slash + 1);
      found.get(slash < 0 ? '' : path.slice(0, slash))?.set(name, { mode: m[1]!, type: m[2]!, oid: m[3]!, name });
    }
    return new Map([...found].map(([dir, entries]) => [dir, [...entries.values()]]));
  }

  /** Writes tree objects from their entries, all in one `mktree`; their ids, in order. */
  async writeTrees(trees: readonly (readonly TreeEntry[])[]): Promise<string[]> {
    const input = trees.map(
      (entries) => entries.map((e) => `${e.mode} ${e.type} ${e.oid}\t${e.name}\0`).join('') + '\0',
    );
    return (await this.run(['mktree', '-z', '--batch'], input.join(''))).split('\n').filter(Boolean);
  }

  /** Writes blobs with these texts; their ids, in order. */
  async writeBlobs(texts: readonly string[]): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'desk-blobs-'));
    try {
      const files = texts.map((_, i) => join(dir, String(i)));
      await Promise.all(texts.map((t, i) => writeFile(files[i]!, t)));
      // --no-filters: the text as it is, as git stores a blob (no line-ending conversion for a path)
      const out = await this.run(
        ['hash-object', '-w', '--no-filters', '--stdin-paths'],
        files.map((f) => `${f}\n`).join(''),
      );
      return out.split('\n').filter(Boolean);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The tree of `commit`. */
  async treeOf(commit: string): Promise<string> {
    return (await this.run(['rev-parse', `${commit}^{tree}`])).trim();
  }

  /**
   * Merges two commits in memory (merge-ort, with the merge drivers .gitattributes names) and
   * writes the resulting tree, touching neither the index nor the work tree. `conflict` when a
   * file would need a person.
   */
  async mergeTrees(ours: string, theirs: string): Promise<{ tree: string } | 'conflict'> {
    try {
      return { tree: (await this.run(['merge-tree', '--write-tree', '--no-messages', ours, theirs])).trim() };
    } catch (e) {
      if (e instanceof GitExit && e.code === 1) return 'conflict';
      throw new GitFailure(message(e));
    }
  }

  /**
   * A commit object of `tree` on `parents`: message, author (name, e-mail, git's raw date) and
   * committer as given (undefined: git's own). Signed when `sign`, never when 'never', else as
   * commit.gpgSign says.
   */
  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    author?: Author & { date: string },
    committer?: Author,
    sign: boolean | 'never' = false,
  ): Promise<string> {
    const identity = committer ? ['-c', `user.name=${committer.name}`, '-c', `user.email=${committer.email}`] : [];
    const signing = sign === 'never' ? ['--no-gpg-sign'] : sign ? ['-S'] : [];
    const env = author
      ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: author.date }
      : undefined;
    const args = [...identity, 'commit-tree', ...signing, tree, ...parents.flatMap((p) => ['-p', p])];
    return (await this.run([...args, '-F', '-'], message, env)).trim();
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
