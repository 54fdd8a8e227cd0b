import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { failed, refused, usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { LAYOUT_FORMAT } from '../core/ticket/paths.js';
import { formatIn, settleFlatTickets } from './layout.js';
import { NOTHING, summariseChanges, type ChangeSummary } from '../core/sync/changes.js';
import { describeInvoiceProblem, invoiceNumberProblems } from '../core/invoice/clone-numbers.js';
import { GitFailure, gitReason, type Author, type Git, type PushOutcome } from './git.js';
import { withLock } from './lock.js';
import { markMovingBranch, markSyncEnded, markSyncStarted } from './sync-state.js';
import { replayInMemory } from './replay.js';
import { faultPointForGroup } from './fault.js';
import { conflictMarkerLine } from '../core/files/conflict-markers.js';
import { isTicketFile } from './clone-setup.js';

export interface SyncOptions {
  /** The remote to sync with; default: the branch's upstream remote, then origin, then the only one. */
  remote?: string;
  /** Who is syncing: the author of a commit the sync makes itself (tickets moved into the current layout). */
  author: Author;
  /** Committer of the local commits replayed on top of the team's (their authors stay); undefined: git's own identity. */
  committer?: Author;
  /** Sign the replayed commits (desk.yaml requires signed commits). */
  sign?: boolean;
  /** Pushes tried when someone else pushed first each time. */
  maxAttempts?: number;
}

export interface SyncResult {
  remote: string;
  branch: string;
  /** What the team's commits changed here. */
  received: ChangeSummary;
  /** What this clone's commits changed on the remote. */
  sent: ChangeSummary;
  /** Pushes tried (more than one: someone was faster and their work was integrated first). */
  attempts: number;
}

const DEFAULT_ATTEMPTS = 5;
const LOCK_PAUSE_MS = 100;

/**
 * `desk sync`: fetch the team's main branch, replay this clone's commits on top of it (the
 * history stays one line of commands, each its own commit, and tickets merge by their events; in
 * memory, or by git's rebase where a person may be needed: replay.ts), push — and when the push
 * is rejected because someone pushed in between, do it again, a bounded number of times. Nothing is ever forced: a commit of this clone is either on
 * the remote afterwards, or still here.
 */
export async function syncClone(root: string, deskDir: string, git: Git, opts: SyncOptions): Promise<SyncResult> {
  const branch = await requireMainBranch(git);
  const remote = await chooseRemote(git, branch, opts.remote);
  const uncommitted = await git.uncommittedFiles();
  if (uncommitted.length) {
    throw refused(text('sync.uncommitted', { files: list(uncommitted) }), text('sync.uncommittedHint'));
  }
  const tracking = `refs/remotes/${remote}/${branch}`;
  return withLock(deskDir, async () => {
    await markSyncStarted(deskDir);
    try {
      const start = await git.commitOf('HEAD');
      if (!start) throw refused(text('sync.noCommit'), text('sync.noCommitHint'));
      const setUpstream = (await git.configValue(`branch.${branch}.remote`)) === undefined;
      const maxAttempts = opts.maxAttempts ?? DEFAULT_ATTEMPTS;
      let locked: string | undefined;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const fetched = await fetch(git, remote, branch, tracking);
        const theirs = fetched === 'fetched' ? await git.commitOf(tracking) : undefined;
        if (theirs) {
          await checkInvoiceNumbers(git, theirs);
          await integrate(git, deskDir, remote, theirs, opts.committer, opts.sign);
        }
        // tickets opened by a clone of the older layout, replayed onto the upgrade
        if (formatIn(readFileSync(join(root, 'desk.yaml'), 'utf8')) === LAYOUT_FORMAT)
          await settleFlatTickets(root, deskDir, git, opts.author);
        const outgoing = await git.countCommits(theirs, 'HEAD');
        const changed = outgoing ? await git.changedFiles(theirs, 'HEAD') : [];
        await refuseConflictMarkers(git, changed);
        const sent = outgoing ? summariseChanges(outgoing, changed) : NOTHING;
        const pushed =
          outgoing === 0 ? ({ outcome: 'pushed' } as const) : await push(git, remote, branch, setUpstream, outgoing);
        if (pushed.outcome === 'pushed') {
          return { remote, branch, received: await received(git, start, theirs), sent, attempts: attempt };
        }
        locked = pushed.outcome === 'locked' ? pushed.lock : undefined;
        // a push running on the remote holds its lock for moments: give it one before trying again
        if (locked) await sleep(LOCK_PAUSE_MS * attempt);
      }
      const waiting = await git.countCommits(await git.commitOf(tracking), 'HEAD');
      if (locked)
        throw failed(
          text('sync.remoteLocked', { remote, lock: locked }),
          text('sync.remoteLockedHint', { lock: locked, waiting }),
        );
      throw failed(
        text('sync.keptChanging', { remote, attempts: maxAttempts }),
        text('sync.keptChangingHint', { waiting }),
      );
    } finally {
      await markSyncEnded(deskDir);
    }
  });
}

async function requireMainBranch(git: Git): Promise<string> {
  const main = (await git.configValue('desk.branch')) ?? 'main';
  const current = await git.currentBranch();
  if (current === main) return main;
  if (current === undefined) throw refused(text('sync.detached', { main }), text('sync.detachedHint', { main }));
  throw refused(text('sync.otherBranch', { current, main }), text('sync.otherBranchHint', { current, main }));
}

async function chooseRemote(git: Git, branch: string, wanted: string | undefined): Promise<string> {
  const remotes = await git.remotes();
  if (wanted) {
    if (remotes.includes(wanted)) return wanted;
    throw usage(
      text('sync.noSuchRemote', { remote: wanted }),
      remotes.length ? text('sync.remotesAre', { remotes: remotes.join(', ') }) : text('sync.noRemoteHint'),
    );
  }
  if (remotes.length === 0) {
    throw refused(text('sync.noRemote'), text('sync.addRemoteHint'));
  }
  const upstream = await git.configValue(`branch.${branch}.remote`);
  if (upstream && remotes.includes(upstream)) return upstream;
  if (remotes.includes('origin')) return 'origin';
  if (remotes.length === 1) return remotes[0]!;
  throw usage(text('sync.severalRemotes', { remotes: remotes.join(', ') }), text('sync.severalRemotesHint'));
}

async function fetch(git: Git, remote: string, branch: string, tracking: string): Promise<'fetched' | 'missing'> {
  try {
    return await git.fetchBranch(remote, branch);
  } catch (e) {
    if (!(e instanceof GitFailure)) throw e;
    const waiting = await git.countCommits(await git.commitOf(tracking), 'HEAD');
    throw failed(
      text('sync.unreachable', { remote, reason: gitReason(e) }),
      text('sync.unreachableHint', { remote, waiting }),
    );
  }
}

/** Two clones issuing invoices while apart must not both send the same number, or leave a hole. */
async function checkInvoiceNumbers(git: Git, theirs: string): Promise<void> {
  const base = await git.mergeBase('HEAD', theirs);
  const at = (ref: string | undefined) => (ref ? git.filesAt(ref, 'invoices') : Promise.resolve([]));
  const problems = invoiceNumberProblems({ base: await at(base), ours: await at('HEAD'), theirs: await at(theirs) });
  if (problems.length === 0) return;
  throw refused(
    text('sync.invoiceNumbers', { problems: problems.map(describeInvoiceProblem).join('; ') }),
    text('sync.invoiceNumbersHint'),
  );
}

/**
 * A file committed with git's conflict markers (a merge by hand gone wrong, a clone without the
 * ticket driver) must not reach the team: every clone would have to repair it. Checked on what
 * this clone's commits change, before anything is sent.
 */
async function refuseConflictMarkers(git: Git, changed: readonly { status: string; path: string }[]): Promise<void> {
  for (const { status, path } of changed) {
    if (status === 'D' || !/\.(ya?ml|md)$/.test(path)) continue;
    const line = conflictMarkerLine(await git.textAt('HEAD', path));
    if (line === undefined) continue;
    throw refused(
      text('sync.markers', { file: path, line }),
      isTicketFile(path) ? text('sync.markersTicketHint') : text('sync.markersFileHint', { file: path }),
    );
  }
}

async function integrate(
  git: Git,
  deskDir: string,
  remote: string,
  theirs: string,
  committer: Author | undefined,
  sign: boolean | undefined,
): Promise<void> {
  const ours = await git.countCommits(theirs, 'HEAD');
  const incoming = await git.countCommits('HEAD', theirs);
  if (incoming === 0) return; // nothing new from the team
  try {
    if (ours === 0) {
      await git.fastForward(theirs);
      return;
    }
    if ((await git.mergeBase('HEAD', theirs)) === undefined) {
      throw refused(text('sync.noSharedHistory', { remote }), text('sync.noSharedHistoryHint'));
    }
    const replayed = await replayInMemory(git, theirs, committer, sign);
    if (replayed) {
      const from = (await git.commitOf('HEAD'))!;
      await markMovingBranch(deskDir, from, replayed);
      await git.checkOutFrom(from, replayed);
      faultPointForGroup('mid-moving-branch');
      await git.moveHead(from, replayed, `desk sync: onto ${theirs.slice(0, 10)}`);
      return;
    }
    if ((await git.rebase(theirs, committer, sign)) === 'conflict') await stopOnConflict(git, remote);
  } catch (e) {
    if (e instanceof GitFailure)
      throw failed(text('sync.integrateFailed', { reason: gitReason(e) }), text('sync.integrateFailedHint'));
    throw e;
  }
}

async function stopOnConflict(git: Git, remote: string): Promise<never> {
  const files = await git.unmergedFiles();
  const tickets = files.filter((f) => f.startsWith('tickets/'));
  throw failed(
    text('sync.conflict', { remote, files: list(files), tickets: tickets.length ? list(tickets) : 'none' }),
    text('sync.conflictHint', { count: files.length, paths: files.join(' ') }),
  );
}

async function push(
  git: Git,
  remote: string,
  branch: string,
  setUpstream: boolean,
  outgoing: number,
): Promise<PushOutcome> {
  try {
    return await git.push(remote, branch, setUpstream);
  } catch (e) {
    if (!(e instanceof GitFailure)) throw e;
    throw failed(
      text('sync.pushRefused', { remote, reason: gitReason(e) }),
      text('sync.pushRefusedHint', { outgoing }),
    );
  }
}

async function received(git: Git, start: string, theirs: string | undefined): Promise<ChangeSummary> {
  if (!theirs) return NOTHING;
  const commits = await git.countCommits(start, theirs);
  if (commits === 0) return NOTHING;
  return summariseChanges(commits, await git.changedFiles(await git.mergeBase(start, theirs), theirs));
}

/** At most six files named: the rest counted, in a form that needs no words in either language. */
function list(files: readonly string[]): string {
  return files.length > 6 ? `${files.slice(0, 6).join(', ')}, … (+${files.length - 6})` : files.join(', ');
}
