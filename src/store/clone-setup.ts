import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failed } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Git } from './git.js';
import { withLock } from './lock.js';
import { recoverInterruptedSync } from './sync-state.js';
import type { FileChange } from './transaction.js';
import { ticketIdOfFlatPath, ticketIdOfPath } from '../core/ticket/paths.js';

/**
 * The git merge driver for ticket files lives in two places: `.gitattributes` (committed, the
 * same for the team) says which files use it, and each clone's `.git/config` says which program
 * it is. The program is this desk installation: the absolute path of the node binary and of
 * bin/desk.js, so that git finds it from any shell, IDE or GUI, whatever PATH says.
 */
export const DRIVER = 'desk-ticket';
/** Ticket files lie one folder down (core/ticket/paths.ts); their attachments' files two. */
export const ATTRIBUTE_LINE = `tickets/*/*.yaml merge=${DRIVER}`;
const DRIVER_NAME = 'desk: ticket files merge by the union of their events';

/** The command git runs: %O ancestor, %A ours (the result goes here), %B theirs, %P the path. */
export function driverCommand(node = process.execPath, desk = deskLauncher()): string {
  return `${shellQuote(node)} ${shellQuote(desk)} merge-driver %O %A %B %P`;
}

/** This installation's bin/desk.js, for programs that call desk back: git's merge driver, the code repositories' hooks. */
export function deskLauncher(): string {
  // two folders below the package wherever this runs: dist/bundle/ (the CLI), dist/store/
  // (scripts using the compiled modules) or src/store/ (a test runner)
  const path = fileURLToPath(new URL('../../bin/desk.js', import.meta.url));
  return existsSync(path) ? realpathSync(path) : path;
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/**
 * Cheap: reads .git/config and the attribute files, no git process. True when this clone runs
 * ticket merges through this desk installation.
 */
export function mergeDriverInstalled(root: string): boolean {
  const gitDir = join(root, '.git');
  if (!isDirectory(gitDir)) return true; // a worktree or submodule: `desk setup` handles it explicitly
  const config = readText(join(gitDir, 'config'));
  if (!config.includes(driverCommand())) return false;
  return (
    declaresDriver(readText(join(root, '.gitattributes'))) ||
    declaresDriver(readText(join(gitDir, 'info', 'attributes')))
  );
}

/**
 * What every desk command does first in a clone: undo a sync that was killed half-way, set the
 * merge driver up if it is missing, and refuse to work in the middle of a merge or rebase,
 * naming the conflicted files — ticket files a plain `git pull` merged as text (before the
 * driver was set up) can be merged again by their events with `desk setup`.
 */
export async function prepareClone(
  root: string,
  deskDir: string,
  git: Git,
  mode: 'read' | 'write' = 'write',
): Promise<void> {
  // a command that only reads never waits on a sync: it reads the files as the sync leaves them
  if ((await recoverInterruptedSync(root, deskDir, git, mode)) === 'running') return;
  await ensureMergeDriver(root, deskDir, git);
  const merging = git.inTheMiddleOfAMerge();
  if (!merging) return;
  const conflicted = await git.unmergedFiles();
  const tickets = conflicted.filter(isTicketFile);
  const finish = `git ${merging === 'merge' ? 'commit' : `${merging} --continue`}`;
  throw failed(
    conflicted.length
      ? text('store.midMergeConflicts', { dir: root, merging, files: conflicted.join(', ') })
      : text('store.midMerge', { dir: root, merging }),
    tickets.length
      ? text('store.midMergeSetupHint', { merging, finish, others: tickets.length < conflicted.length ? 'yes' : 'no' })
      : text('store.midMergePlainHint', { merging, finish, conflicts: conflicted.length ? 'yes' : 'no' }),
  );
}

/** A ticket file where its id puts it, or one left in the flat folder of format 1. */
export const isTicketFile = (path: string) =>
  ticketIdOfPath(path) !== undefined || ticketIdOfFlatPath(path) !== undefined;

/**
 * Sets the driver up when this clone lacks it (first use of desk in a fresh clone, or desk
 * moved to another place). Under the clone's lock, so that ten commands started at once do not
 * race on .git/config.
 */
export async function ensureMergeDriver(root: string, deskDir: string, git: Git): Promise<void> {
  if (mergeDriverInstalled(root)) return;
  await withLock(deskDir, async () => {
    if (!mergeDriverInstalled(root)) await installMergeDriver(root, git);
  });
}

/**
 * Writes the driver into .git/config; if the committed .gitattributes does not declare it yet,
 * declares it in .git/info/attributes, which git reads the same way but which is never committed.
 */
export async function installMergeDriver(root: string, git: Git): Promise<void> {
  await git.setLocalConfig(`merge.${DRIVER}.name`, DRIVER_NAME);
  await git.setLocalConfig(`merge.${DRIVER}.driver`, driverCommand());
  if (declaresDriver(readText(join(root, '.gitattributes')))) return;
  const info = join(root, '.git', 'info');
  if (!isDirectory(join(root, '.git')) || declaresDriver(readText(join(info, 'attributes')))) return;
  await mkdir(info, { recursive: true });
  await appendFile(join(info, 'attributes'), `${ATTRIBUTE_LINE}\n`);
}

/** The change that declares the driver in .gitattributes for the whole team, if it is missing. */
export function gitattributesChange(root: string): FileChange | undefined {
  const text = readText(join(root, '.gitattributes'));
  if (declaresDriver(text)) return undefined;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  return {
    path: '.gitattributes',
    content: `${text}${sep}# ticket files merge by their events (desk setup installs the driver)\n${ATTRIBUTE_LINE}\n`,
  };
}

/** True when attribute text sends the ticket files of the current layout through the driver. */
export function declaresDriver(attributes: string): boolean {
  return attributes.split('\n').some((line) => {
    const [pattern, ...attrs] = line.trim().split(/\s+/);
    return pattern === 'tickets/*/*.yaml' && attrs.includes(`merge=${DRIVER}`);
  });
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // a missing file declares nothing
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
