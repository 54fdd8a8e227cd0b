import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { io } from '../io/context.js';

/**
 * What desk needs to know about a work tree before it asks git anything, read from the files
 * git keeps, to spare a git process on every command. Only the plain layout is read this way: a
 * `.git` folder found walking up, with no GIT_DIR or GIT_WORK_TREE in the environment. Anything
 * else (`unknown`) is left to git itself.
 */
export type GitDir = { top: string; gitDir: string } | 'none' | 'unknown';

export function findGitDir(dir: string, env: NodeJS.ProcessEnv = io().env): GitDir {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return 'unknown';
  for (let d = resolve(dir); ; d = dirname(d)) {
    const st = statSync(join(d, '.git'), { throwIfNoEntry: false });
    if (st?.isDirectory()) return { top: d, gitDir: join(d, '.git') };
    if (st) return 'unknown'; // a .git file: a linked worktree or a submodule
    if (dirname(d) === d) return 'none';
  }
}

/**
 * False when the repository's own config (.git/config) certainly sets no `desk.repo`: it has no
 * [desk] section and includes no other file. True (ask git) in every other case.
 */
export function localConfigMayNameDeskRepo(dir: string): boolean {
  const found = findGitDir(dir);
  if (found === 'none') return false;
  if (found === 'unknown') return true;
  let text: string;
  try {
    text = readFileSync(join(found.gitDir, 'config'), 'utf8');
  } catch {
    return true;
  }
  return /\[\s*desk\b|include/i.test(text);
}
