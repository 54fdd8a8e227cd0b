import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notification } from '../core/notify/due.js';
import { notificationPath, parseNotification, type NotificationRecord } from '../core/notify/record.js';
import { isAlive } from './lock.js';
import { readHelpdeskText } from './helpdesk-files.js';
import type { Git } from './git.js';

/**
 * What one clone knows about the notifications it claimed and is sending, kept in its git folder
 * (like the outbox's state: not a fact for the team, not a cache that may be deleted). A claim
 * names the run's nonce (written into the claim commit) and the notification, so a run cut off
 * after its commit finishes the sending next time, and only for claims that are this clone's.
 */
export interface Claim {
  nonce: string;
  notification: Notification;
}

export function notifyStateDir(root: string): string {
  const dotGit = join(root, '.git');
  const gitDir = statSync(dotGit, { throwIfNoEntry: false })?.isDirectory()
    ? dotGit
    : execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(gitDir, 'desk-notify');
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function writeDurable(file: string, text: string): Promise<void> {
  const handle = await open(`${file}.tmp`, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await rename(`${file}.tmp`, file);
}

export async function writeClaims(root: string, claims: readonly Claim[]): Promise<void> {
  const dir = notifyStateDir(root);
  for (const c of claims) await writeDurable(join(dir, `${c.notification.id}.claim`), JSON.stringify(c));
}

export async function readClaims(root: string): Promise<Claim[]> {
  const dir = notifyStateDir(root);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.claim')).sort();
  const out: Claim[] = [];
  for (const n of names) out.push(JSON.parse(await readFile(join(dir, n), 'utf8')) as Claim);
  return out;
}

export async function dropClaim(root: string, id: string): Promise<void> {
  const dir = notifyStateDir(root);
  for (const n of (await readdir(dir)).filter((x) => x.startsWith(`${id}.`))) await rm(join(dir, n), { force: true });
}

/**
 * Of this clone's claims, the ones the shared history gave to it: the commit that first added
 * the record names one of this clone's nonces. A claim whose record another clone's commit
 * added first is that clone's to send.
 */
export async function ownedClaims(
  root: string,
  git: Git,
  claims: readonly Claim[],
): Promise<{ owned: Claim[]; others: Claim[] }> {
  const present = claims.filter((c) => existsSync(join(root, notificationPath(c.notification.id))));
  const adding = await git.addingMessages(present.map((c) => notificationPath(c.notification.id)));
  const owned: Claim[] = [];
  const others: Claim[] = [];
  for (const c of claims) {
    const message = adding.get(notificationPath(c.notification.id));
    if (message?.includes(claimLine(c.nonce))) owned.push(c);
    else others.push(c);
  }
  return { owned, others };
}

export const claimLine = (nonce: string) => `claim ${nonce}`;

export async function readNotification(root: string, id: string): Promise<NotificationRecord> {
  const file = notificationPath(id);
  const parsed = parseNotification(file, await readHelpdeskText(root, file));
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw new Error(`${p.file}: ${p.field}: ${p.message}`);
  }
  return parsed.value;
}

export type WebhookDone = { status: 'sent' | 'failed'; at: string; error?: string };

/** Markers of one webhook post: taken before the request, done once the server answered. */
export function webhookMarkers(root: string, id: string, hook: string) {
  const dir = notifyStateDir(root);
  const base = join(dir, `${id}.${hook}`);
  return {
    async take(): Promise<'taken' | 'busy' | 'cut-off'> {
      try {
        const h = await open(`${base}.sending`, 'wx');
        await h.writeFile(String(process.pid));
        await h.sync();
        await h.close();
        return 'taken';
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const owner = Number(await readFile(`${base}.sending`, 'utf8').catch(() => ''));
        return owner && owner !== process.pid && isAlive(owner) ? 'busy' : 'cut-off';
      }
    },
    /** The server was not reached: nothing arrived, the next run posts again. */
    release: () => rm(`${base}.sending`, { force: true }),
    done: (result: WebhookDone) => writeDurable(`${base}.done`, JSON.stringify(result)),
    async readDone(): Promise<WebhookDone | undefined> {
      try {
        return JSON.parse(await readFile(`${base}.done`, 'utf8')) as WebhookDone;
      } catch {
        return undefined;
      }
    },
  };
}
