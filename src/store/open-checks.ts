import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atKeyboard } from './identity.js';
import { failed, usage } from '../core/errors.js';
import { plausibleYear, writtenInstant } from '../core/written-time.js';
import { text } from '../i18n/keys.js';
import type { DeskConfig } from '../core/schema/config.js';
import { prepareClone } from './clone-setup.js';
import { readDeskConfig } from './config-file.js';
import { Git } from './git.js';
import { findGitDir, type GitDir } from './git-dir.js';
import { findHelpdesk } from './locate.js';
import { recoverInterrupted } from './transaction.js';
import { syncRunning } from './sync-state.js';
import { lockHolder } from './lock.js';
import { requireCurrentLayout, undoMoveIfInterrupted } from './layout.js';

export interface OpenOptions {
  cwd: string;
  repo?: string;
  env: NodeJS.ProcessEnv;
  /** A command that only reads never waits on a writer's lock or a running sync. */
  mode?: 'read' | 'write';
  /** `any` for the commands that work on an older layout too: `desk upgrade` and `desk sync`. */
  layout?: 'current' | 'any';
}

export interface CheckedHelpdesk {
  root: string;
  config: DeskConfig;
  clock: () => Date;
}

/**
 * What every command makes sure of before it reads a helpdesk: where it is, that it is a git
 * repository not stuck in a merge, that an interrupted change is rolled back, that desk.yaml
 * is valid. Apart from Helpdesk, which loads the ticket modules, so that a command reading
 * only articles loads none of them.
 */
export async function openChecked(opts: OpenOptions): Promise<CheckedHelpdesk> {
  const { root } = await findHelpdesk(opts.cwd, opts.repo, opts.env.DESK_REPO);
  const repo = findGitDir(root, opts.env);
  if (repo === 'none' || (repo === 'unknown' && (await Git.topLevel(root)) === undefined)) {
    throw usage(text('store.notGit', { dir: root }), text('store.notGitHint'));
  }
  const git = new Git(root);
  const deskDir = join(root, '.desk');
  const mode = opts.mode ?? 'write';
  await prepareClone(root, deskDir, git, mode); // merge driver, an interrupted sync, an unfinished merge
  const config = await readDeskConfig(root);
  const clock = clockFrom(opts.env);
  const merging = git.inTheMiddleOfAMerge();
  if (merging && !(mode === 'read' && (await syncRunning(deskDir)))) {
    throw failed(
      text('store.midMerge', { dir: root, merging }),
      text('store.midMergeHint', {
        merging,
        finish: `git ${merging === 'merge' ? 'commit' : `${merging} --continue`}`,
      }),
    );
  }
  // a commit on a detached HEAD belongs to no branch: the next checkout leaves it behind unseen
  if (mode === 'write' && (await detachedHead(repo, git))) {
    const main = (await git.configValue('desk.branch')) ?? 'main';
    throw failed(text('store.detachedHead'), text('store.detachedHeadHint', { main }));
  }
  await recoverInterrupted(root, deskDir, git, mode);
  // an upgrade still moving files holds the lock: a reader does not wait for it
  if (mode === 'write' || (await lockHolder(join(deskDir, 'lock'))).state !== 'live')
    await undoMoveIfInterrupted(root, deskDir, git);
  if (opts.layout !== 'any') requireCurrentLayout(root, config.format);
  return { root, config, clock };
}

/** Read from .git/HEAD where the layout is plain (no git process), else asked of git. */
async function detachedHead(repo: GitDir, git: Git): Promise<boolean> {
  if (typeof repo === 'object') {
    const head = await readFile(join(repo.gitDir, 'HEAD'), 'utf8').catch(() => undefined);
    if (head !== undefined) return !head.startsWith('ref: ');
  }
  return (await git.currentBranch()) === undefined;
}

/**
 * DESK_NOW pins the clock (reproducible demos and tests); otherwise the real time. Only an ISO
 * instant with its offset that exists is taken: Date.parse would read `0` as the year 2000, roll
 * 2026-02-30 over to March, and a time without offset in the machine's zone, not the company's.
 */
function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.DESK_NOW;
  if (!pinned) return () => new Date();
  const at = writtenInstant(pinned);
  if (!at || !plausibleYear(Number(pinned.slice(0, 4))))
    throw usage(text('store.badNow', { value: pinned }), text('store.badNowHint'));
  return () => new Date(at.getTime());
}

/** The staff member at the keyboard (store/identity.ts), for a command that opened the helpdesk this way. */
export function personAtKeyboard(
  checked: CheckedHelpdesk,
  env: NodeJS.ProcessEnv,
): Promise<DeskConfig['staff'][number] | undefined> {
  return atKeyboard(checked.config.staff, new Git(checked.root), env);
}
