import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { cleanEnv, type Result } from '../helpers/helpdesk.js';
import { runInProcess } from '../helpers/in-process.js';

const GEN = resolve(import.meta.dirname, '../../scripts/gen/index.mjs');
export const NOW = '2026-11-26T09:00:00+01:00';

/** How the ticket index stands when a command runs. */
export type CacheState = 'files' | 'deleted' | 'warm' | 'corrupt' | 'truncated';

export interface Generated {
  root: string;
  /** A First Level staff member (for the queue). */
  user: string;
  /** Who does the bookkeeping (invoice.issue and invoice.cancel, docs/roles.md). */
  billing: string;
  /** desk in-process (test/helpers/in-process.ts), with the ticket index as `cache` says; `as`: another staff member acts. */
  desk(args: string[], cache?: CacheState, as?: string): Promise<Result>;
  git(...args: string[]): string;
  cleanup(): void;
}

/** How scripts/gen makes it: by default a year of a dozen customers' support. */
export interface GenOptions {
  customers?: number;
  articles?: number;
  years?: number;
  seed?: number;
}

/**
 * A generated helpdesk (scripts/gen), made once per test file and copied for each test; `remove`
 * deletes the original. `original` works in the generated helpdesk itself, for a file that uses
 * no other copy: a copy costs a file creation per ticket, on this file system about a
 * millisecond of CPU each, and a copy of 2,000 tickets more than a second.
 */
export function generate(
  tickets: number,
  o: GenOptions = {},
): ((settings?: Record<string, string>) => Generated) & {
  remove(): void;
  original(settings?: Record<string, string>): Generated;
} {
  const template = mkdtempSync(join(tmpdir(), 'desk-scale-'));
  rmSync(template, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      GEN,
      '--tickets',
      String(tickets),
      '--customers',
      String(o.customers ?? 12),
      '--articles',
      String(o.articles ?? 30),
      '--years',
      String(o.years ?? 1),
      '--seed',
      String(o.seed ?? 7),
      '--out',
      template,
    ],
    { stdio: 'pipe' },
  );
  const config = YAML.parse(readFileSync(join(template, 'desk.yaml'), 'utf8')) as {
    staff: { id: string; roles: string[] }[];
  };
  const user = config.staff.find((s) => s.roles.includes('first-level'))!.id;
  const billing = config.staff.find((s) => s.roles.includes('billing') || s.roles.includes('manager'))!.id;
  /** A helpdesk to work in; `settings` are environment variables every command of it gets. */
  const at = (root: string, settings: Record<string, string> = {}): Generated => {
    const env = (extra: Record<string, string | undefined> = {}) =>
      cleanEnv({ DESK_NOW: NOW, DESK_USER: user, ...settings, ...extra });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        env: env({
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@example.de',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@example.de',
        }),
      });
    const index = join(root, '.desk', 'tickets.db');
    const desk = async (args: string[], cache: CacheState = 'warm', as?: string) => {
      if (cache === 'deleted') for (const s of ['', '-wal', '-shm']) rmSync(`${index}${s}`, { force: true });
      if (cache === 'corrupt' || cache === 'truncated') {
        await run(['list'], env()); // make sure there is an index to damage
        for (const s of ['-wal', '-shm']) rmSync(`${index}${s}`, { force: true });
        for (const file of [index]) {
          const bytes = readFileSync(file);
          const damaged =
            cache === 'truncated'
              ? bytes.subarray(0, Math.floor(bytes.length / 3))
              : Buffer.concat([Buffer.from('not a database, just bytes'.repeat(40)), bytes.subarray(1000)]);
          execFileSync('sh', ['-c', 'cat > "$1"', 'sh', file], { input: damaged });
        }
      }
      return run(args, env({ ...(cache === 'files' && { DESK_NO_INDEX: '1' }), ...(as && { DESK_USER: as }) }));
    };
    const run = (args: string[], e: NodeJS.ProcessEnv) => runInProcess(args, { cwd: root, env: e });
    return { root, user, billing, desk, git, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  };
  const copy = (settings: Record<string, string> = {}) => {
    const root = mkdtempSync(join(tmpdir(), 'desk-scale-copy-'));
    cpSync(template, root, { recursive: true });
    return at(root, settings);
  };
  const remove = () => rmSync(template, { recursive: true, force: true });
  return Object.assign(copy, { remove, original: (settings: Record<string, string> = {}) => at(template, settings) });
}
