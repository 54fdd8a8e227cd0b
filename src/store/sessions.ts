import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { invalid } from '../core/errors.js';
import { text as said } from '../i18n/keys.js';
import { runningSessionSchema, type RunningSession } from '../core/work-session.js';

/**
 * Running work sessions live in the user's state folder (`$XDG_STATE_HOME/desk/sessions`, by
 * default `~/.local/state/desk/sessions`), one file per helpdesk and person: they survive a reboot,
 * stay out of git (a session is not yet a fact anyone else needs), and are not in the helpdesk's
 * `.desk/`, which holds only caches that are always safe to delete.
 */
export function sessionFile(env: NodeJS.ProcessEnv, helpdesk: string, staff: string): string {
  const state = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  const key = createHash('sha256').update(helpdesk).digest('hex').slice(0, 12);
  return join(state, 'desk', 'sessions', `${basename(helpdesk)}-${key}-${staff}.json`);
}

export async function readSession(path: string): Promise<RunningSession | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined; // reported below with the schema's message
  }
  const parsed = runningSessionSchema.safeParse(raw);
  if (!parsed.success) throw invalid(said('store.notASession', { file: path }), said('store.notASessionHint'));
  return parsed.data;
}

/**
 * Records a new running session; false when one is running already. The file appears whole or
 * not at all, and of two `desk start` at once only one wins (a hard link fails on an existing file).
 */
export async function saveNewSession(path: string, session: RunningSession): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(session, null, 2)}\n`);
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Ends a session file; false when there was none. */
export async function dropSession(path: string): Promise<boolean> {
  try {
    await rm(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
