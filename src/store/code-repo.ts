import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, resolve } from 'node:path';
import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { withoutCredentials } from '../core/code/web-link.js';
import { Git } from './git.js';
import { gitIn } from './git-process.js';
import { localConfigMayNameDeskRepo } from './git-dir.js';
import { io } from '../io/context.js';

/** A commit of a code repository, as git tells it. */
export interface CodeCommit {
  hash: string;
  subject: string;
  authorName: string;
  authorEmail: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  message: string;
}

const FIELDS = ['%H', '%s', '%an', '%ae', '%aI', '%B'];
const FORMAT = `--format=${FIELDS.join('%x1f')}%x1e`;

/**
 * A developer's code repository: read only, except for its hooks and its `desk.repo` setting.
 * The helpdesk repository is `Git` (src/store/git.ts); desk never commits here.
 */
export class CodeRepo {
  private constructor(readonly root: string) {}

  private raw(args: string[]): Promise<string> {
    return gitIn(this.root, args, { quietFailure: true });
  }

  /** The repository holding `dir`; `source` names where `dir` came from, for the error. */
  static async around(dir: string, source: string): Promise<CodeRepo> {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usage(text('store.codeNoFolder', { source, dir }));
    const top = await Git.topLevel(dir);
    if (!top) throw usage(text('store.codeNotGit', { source, dir }), text('store.codeNotGitHint'));
    return new CodeRepo(top);
  }

  /** The remote's URL (origin, else the first remote) without credentials, if there is a remote. */
  async remoteUrl(): Promise<string | undefined> {
    const remotes = (await this.raw(['remote'])).split('\n').filter(Boolean);
    const remote = remotes.includes('origin') ? 'origin' : remotes[0];
    if (!remote) return undefined;
    const url = (await this.raw(['remote', 'get-url', remote])).trim();
    return url ? withoutCredentials(url) : undefined;
  }

  /** What people call the repository: the remote's last path segment, else the folder's name. */
  async name(): Promise<string> {
    const url = await this.remoteUrl();
    const fromUrl = url
      ?.replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .split(/[/:]/)
      .pop();
    return fromUrl || basename(this.root);
  }

  /** The commit `rev` names; a usage error naming `flag` when there is none. */
  async commit(rev: string, flag: string): Promise<CodeCommit> {
    const hash = await this.verify(rev, flag);
    const [commit] = parseLog(await this.raw(['log', '-1', FORMAT, hash, '--']));
    return commit!;
  }

  /**
   * Commits on the current branch whose message contains `text` (any case), oldest first;
   * only those after `since` when given. A cheap filter: the caller reads the messages exactly.
   */
  async commitsContaining(text: string, since: string | undefined): Promise<CodeCommit[]> {
    const head = await this.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => '');
    if (!head.trim()) return []; // no commit yet
    const range = since === undefined ? 'HEAD' : `${await this.verify(since, '--since')}..HEAD`;
    return parseLog(await this.raw(['log', FORMAT, '--reverse', '-i', '-F', `--grep=${text}`, range, '--']));
  }

  /** The folder git runs hooks from (core.hooksPath respected). */
  async hooksDir(): Promise<string> {
    return resolve(this.root, (await this.raw(['rev-parse', '--git-path', 'hooks'])).trim());
  }

  /** True when `path` (absolute) is a file the repository tracks. */
  async tracks(path: string): Promise<boolean> {
    const out = await this.raw(['ls-files', '--full-name', '--', path]).catch(() => '');
    return out.trim() !== '';
  }

  /** Writes `desk.repo` into this repository's own config (.git/config). */
  async setDeskRepo(helpdesk: string): Promise<void> {
    await this.raw(['config', '--local', 'desk.repo', helpdesk]);
  }

  private async verify(rev: string, flag: string): Promise<string> {
    const hash = (await this.raw(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).catch(() => '')).trim();
    if (!hash) throw usage(text('store.noCommit', { flag, rev, dir: this.root }), text('store.noCommitHint'));
    return hash;
  }
}

function parseLog(out: string): CodeCommit[] {
  return out
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [hash = '', subject = '', authorName = '', authorEmail = '', date = '', message = ''] =
        record.split('\x1f');
      return { hash, subject, authorName, authorEmail, date, message: message.trimEnd() };
    });
}

/** Where `desk.repo` points, read from one level of git config; relative paths are taken from where that config lives. */
export interface DeskRepoSetting {
  value: string;
  path: string;
  scope: 'local' | 'global';
}

/**
 * `desk.repo` from the config of the git repository around `cwd` (`local`), or from the user's
 * own git config (`global`). Undefined when unset, or for `local` outside a repository.
 */
export async function deskRepoSetting(cwd: string, scope: 'local' | 'global'): Promise<DeskRepoSetting | undefined> {
  if (!existsSync(cwd)) return undefined;
  if (scope === 'local' && !localConfigMayNameDeskRepo(cwd)) return undefined; // no git process for what the file cannot say
  // `git config --get` exits 1 when the key is unset, and `--local` fails outside a repository: both mean "not set here"
  const value = (
    await gitIn(cwd, ['config', `--${scope}`, '--path', '--get', 'desk.repo'], { quietFailure: true }).catch(() => '')
  ).trim();
  if (!value) return undefined;
  if (isAbsolute(value)) return { value, path: value, scope };
  const base = scope === 'local' ? ((await Git.topLevel(cwd)) ?? cwd) : io().env.HOME || homedir();
  return { value, path: resolve(base, value), scope };
}
