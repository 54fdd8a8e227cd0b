import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failed, refused, usage } from '../core/errors.js';
import { LAYOUT_FORMAT } from '../core/ticket/paths.js';
import { formatIn, settleFlatTickets } from './layout.js';
import { NOTHING, summariseChanges, type ChangeSummary } from '../core/sync/changes.js';
import { describeInvoiceProblem, invoiceNumberProblems } from '../core/invoice/clone-numbers.js';
import { GitFailure, gitReason, type Author, type Git } from './git.js';
import { withLock } from './lock.js';
import { markSyncEnded, markSyncStarted } from './sync-state.js';
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

/**
 * `desk sync`: fetch the team's main branch, replay this clone's commits on top of it (rebase:
 * the history stays one line of commands, each its own commit, and ticket files merge through
 * the driver), push — and when the push is rejected because someone pushed in between, do it
 * again, a bounded number of times. Nothing is ever forced: a commit of this clone is either on
 * the remote afterwards, or still here.
 */
export async function syncClone(root: string, deskDir: string, git: Git, opts: SyncOptions): Promise<SyncResult> {
  const branch = await requireMainBranch(git);
  const remote = await chooseRemote(git, branch, opts.remote);
  const uncommitted = await git.uncommittedFiles();
  if (uncommitted.length) {
    throw refused(
      `uncommitted changes in ${list(uncommitted)}`,
      'commit them (git commit) or put them aside (git stash), then run desk sync again',
    );
  }
  const tracking = `refs/remotes/${remote}/${branch}`;
  return withLock(deskDir, async () => {
    await markSyncStarted(deskDir);
    try {
      const start = await git.commitOf('HEAD');
      if (!start)
        throw refused(
          'this clone has no commit yet',
          "create the helpdesk with `desk init` or clone the team's one with git clone",
        );
      const setUpstream = (await git.configValue(`branch.${branch}.remote`)) === undefined;
      const maxAttempts = opts.maxAttempts ?? DEFAULT_ATTEMPTS;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const fetched = await fetch(git, remote, branch, tracking);
        const theirs = fetched === 'fetched' ? await git.commitOf(tracking) : undefined;
        if (theirs) {
          await checkInvoiceNumbers(git, theirs);
          await integrate(git, remote, theirs, opts.committer, opts.sign);
        }
        // tickets opened by a clone of the older layout, replayed onto the upgrade
        if (formatIn(readFileSync(join(root, 'desk.yaml'), 'utf8')) === LAYOUT_FORMAT)
          await settleFlatTickets(root, deskDir, git, opts.author);
        const outgoing = await git.countCommits(theirs, 'HEAD');
        const changed = outgoing ? await git.changedFiles(theirs, 'HEAD') : [];
        await refuseConflictMarkers(git, changed);
        const sent = outgoing ? summariseChanges(outgoing, changed) : NOTHING;
        if (outgoing === 0 || (await push(git, remote, branch, setUpstream, outgoing)) === 'pushed') {
          return { remote, branch, received: await received(git, start, theirs), sent, attempts: attempt };
        }
      }
      const waiting = await git.countCommits(await git.commitOf(tracking), 'HEAD');
      throw failed(
        `${remote} kept changing: ${maxAttempts} pushes were overtaken by others`,
        `your ${plural(waiting, 'commit')} stay committed here on top of the team's latest work; run desk sync again in a moment`,
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
  if (current === undefined)
    throw refused(
      `no branch is checked out (detached HEAD); desk sync works on ${main}`,
      `switch to it: git switch ${main}`,
    );
  throw refused(
    `you are on branch ${current}; the helpdesk's shared history is ${main}`,
    `switch to it (git switch ${main}) and run desk sync there; to bring your work from ${current} along, merge it into ${main} first`,
  );
}

async function chooseRemote(git: Git, branch: string, wanted: string | undefined): Promise<string> {
  const remotes = await git.remotes();
  if (wanted) {
    if (remotes.includes(wanted)) return wanted;
    throw usage(
      `--remote: no remote named ${wanted}`,
      remotes.length
        ? `this clone has: ${remotes.join(', ')}`
        : 'this clone has no remote; add one with git remote add origin URL',
    );
  }
  if (remotes.length === 0) {
    throw refused(
      'no remote configured: this clone has nothing to sync with',
      "add the team's shared repository with git remote add origin URL, then run desk sync (docs/sync.md)",
    );
  }
  const upstream = await git.configValue(`branch.${branch}.remote`);
  if (upstream && remotes.includes(upstream)) return upstream;
  if (remotes.includes('origin')) return 'origin';
  if (remotes.length === 1) return remotes[0]!;
  throw usage(
    `this clone has several remotes (${remotes.join(', ')})`,
    'say which one the team shares with --remote NAME',
  );
}

async function fetch(git: Git, remote: string, branch: string, tracking: string): Promise<'fetched' | 'missing'> {
  try {
    return await git.fetchBranch(remote, branch);
  } catch (e) {
    if (!(e instanceof GitFailure)) throw e;
    const waiting = await git.countCommits(await git.commitOf(tracking), 'HEAD');
    throw failed(
      `cannot reach ${remote}: ${gitReason(e)}`,
      `nothing was sent or received; your work stays committed in this clone (${plural(waiting, 'commit')} not yet sent). Run desk sync again when ${remote} can be reached`,
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
    `nothing was sent: ${problems.map(describeInvoiceProblem).join('; ')}`,
    'invoice numbers must stay unique and without gaps: let invoicing run in one place only (one clone, or CI). ' +
      "Renumber only invoices that were never sent (drafts), to follow the team's last number; an invoice already sent keeps its number — " +
      'talk to whoever issued the other one before anything else is sent (docs/sync.md)',
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
      `nothing was sent: ${path} holds git conflict markers (line ${line}) in a commit of yours`,
      isTicketFile(path)
        ? `run desk setup: it merges a ticket committed with conflict markers by its events and commits it; then desk sync again`
        : `edit ${path} to keep what both sides need (remove the <<<<<<< ======= >>>>>>> lines), commit it, then desk sync again`,
    );
  }
}

async function integrate(
  git: Git,
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
      throw refused(
        `this clone and ${remote} share no history: they are different helpdesks`,
        `to work on the team's helpdesk, clone it (git clone URL) instead of syncing this one`,
      );
    }
    if ((await git.rebase(theirs, committer, sign)) === 'conflict') await stopOnConflict(git, remote);
  } catch (e) {
    if (e instanceof GitFailure)
      throw failed(
        `could not bring in the team's changes: ${gitReason(e)}`,
        'nothing was sent; your commits are unchanged',
      );
    throw e;
  }
}

async function stopOnConflict(git: Git, remote: string): Promise<never> {
  const files = await git.unmergedFiles();
  const tickets = files.filter((f) => f.startsWith('tickets/'));
  const note = tickets.length
    ? ` (${list(tickets)}: a side is not a valid ticket, so it could not be merged by its events; desk check names the problem)`
    : '';
  throw failed(
    `your changes and the team's (from ${remote}) conflict in ${list(files)}${note}; the sync stopped before sending anything`,
    `finish it: edit ${files.length > 1 ? 'each file' : 'the file'} to keep what both sides need (and remove the <<<<<<< ======= >>>>>>> lines), ` +
      `git add ${files.join(' ')}, git rebase --continue, then desk sync again. Or go back to your commits as they were: git rebase --abort. Nothing is lost either way`,
  );
}

async function push(
  git: Git,
  remote: string,
  branch: string,
  setUpstream: boolean,
  outgoing: number,
): Promise<'pushed' | 'rejected'> {
  try {
    return await git.push(remote, branch, setUpstream);
  } catch (e) {
    if (!(e instanceof GitFailure)) throw e;
    throw failed(
      `${remote} did not accept the push: ${gitReason(e)}`,
      `the team's changes are integrated here; your ${plural(outgoing, 'commit')} stay committed in this clone. Run desk sync again once the cause is fixed`,
    );
  }
}

async function received(git: Git, start: string, theirs: string | undefined): Promise<ChangeSummary> {
  if (!theirs) return NOTHING;
  const commits = await git.countCommits(start, theirs);
  if (commits === 0) return NOTHING;
  return summariseChanges(commits, await git.changedFiles(await git.mergeBase(start, theirs), theirs));
}

function list(files: readonly string[]): string {
  return files.length > 6 ? `${files.slice(0, 6).join(', ')} and ${files.length - 6} more` : files.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
