import type { ChangeSummary } from '../../core/sync/changes.js';
import type { SyncResult } from '../../store/helpdesk.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson, warn } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { conflictsOf, type TicketConflicts } from '../../core/ticket/conflicts.js';
import { forTerminalLine } from '../../core/safe-text/index.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { describeHistory } from '../../render/terminal/history-text.js';
import { io } from '../../io/context.js';

/** `desk sync [--remote NAME]`: receive the team's changes, send this clone's (docs/sync.md). */
export async function sync(o: GlobalOptions & { remote?: string; json?: boolean }): Promise<void> {
  // how a clone of an older layout receives the upgrade: it opens on any layout
  const { hd, actor } = await openForChange(o, 'helpdesk.sync', { layout: 'any' });
  // in scripts and CI git must fail at once instead of asking for a password nobody types
  if (!(io().stdin.isTTY && io().stderr.isTTY)) io().env.GIT_TERMINAL_PROMPT ??= '0';
  const start = await hd.git.head();
  const result = await hd.sync({
    remote: o.remote,
    author: { name: actor.name, email: actor.email },
    committer: hd.committer,
    sign: hd.config.signing.required,
  });
  const conflicts = await conflictsIn(hd, [...new Set([...result.received.tickets, ...result.sent.tickets])]);
  // what the team's commits brought in, judged by the permission table and the signing rule
  const audit = start ? await hd.audit({ to: `refs/remotes/${result.remote}/${result.branch}`, since: start }) : [];
  if (o.json) {
    await printJson({ ...result, conflicts, audit });
    return;
  }
  await print([describeSync(result), ...describeConflicts(conflicts)].join('\n'));
  if (audit.length) {
    const commits = new Set(audit.map((p) => p.commit)).size;
    warn(
      `The team's changes include ${commits === 1 ? 'a commit that breaks' : `${commits} commits that break`} the permission table or the signing rule (docs/roles.md#the-history):`,
    );
    for (const line of describeHistory(audit)) warn(`  ${line}`);
  }
}

/**
 * What the clones did apart that a person must settle, in the tickets the sync moved: moves the
 * workflow would not allow in sequence, time corrected in two places (docs/sync.md).
 */
async function conflictsIn(hd: Helpdesk, ids: readonly string[]) {
  const out: ({ id: string; short: string } & TicketConflicts)[] = [];
  for (const id of [...ids].sort()) {
    const found = conflictsOf((await hd.readTicket(id).catch(() => undefined))?.state ?? NONE);
    if (found) out.push({ id, short: await hd.tickets.shortId(id), ...found });
  }
  return out;
}
const NONE = { timeConflicts: [], moveConflicts: [] };

function describeConflicts(conflicts: Awaited<ReturnType<typeof conflictsIn>>): string[] {
  if (conflicts.length === 0) return [];
  const lines = [
    paint.yellow(
      `Needs a person: ${conflicts.length} ticket${conflicts.length === 1 ? '' : 's'} changed apart in two places:`,
    ),
  ];
  for (const c of conflicts) {
    for (const m of c.moves) lines.push(`  ${c.short}: ${forTerminalLine(m)} — keep it: desk settle ${c.short}`);
    for (const t of c.time) lines.push(`  ${c.short}: ${forTerminalLine(t)} — desk log ${c.short} --confirm ENTRY`);
  }
  return lines;
}

export function describeSync(r: SyncResult): string {
  const where = `${r.remote} (${r.branch})`;
  if (r.received.commits === 0 && r.sent.commits === 0)
    return `Up to date with ${where}: nothing new from the team, nothing of yours to send.`;
  const lines = [`Synced with ${where}: ${describeReceived(r.received)}, ${describeSent(r.sent)}.`];
  if (r.received.files.length) lines.push(`Also from the team: ${r.received.files.join(', ')}`);
  if (r.sent.files.length) lines.push(`Also sent: ${r.sent.files.join(', ')}`);
  if (r.attempts > 1)
    lines.push(`Someone sent their work in between: it was integrated first (${r.attempts} attempts).`);
  return lines.join('\n');
}

function describeReceived(c: ChangeSummary): string {
  if (c.tickets.length)
    return `${count(c.tickets.length, 'ticket')} updated from the team${c.newTickets.length ? ` (${c.newTickets.length} new)` : ''}`;
  return c.commits ? `${count(c.commits, 'change')} from the team` : 'nothing new from the team';
}

function describeSent(c: ChangeSummary): string {
  if (c.tickets.length) return `${c.tickets.length} of yours sent`;
  return c.commits ? `${count(c.commits, 'change')} of yours sent` : 'nothing of yours to send';
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
