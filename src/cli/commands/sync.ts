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
import { inEnglish, say, t, text, type Text } from '../../i18n/index.js';

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
    await printJson({
      ...result,
      conflicts: conflicts.map(inEnglishConflicts),
      audit: audit.map(({ said: _, ...p }) => p),
    });
    return;
  }
  await print([describeSync(result), ...describeConflicts(conflicts)].join('\n'));
  if (audit.length) {
    const commits = new Set(audit.map((p) => p.commit)).size;
    warn(t('sync.auditWarning', { count: commits }));
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

/** `--json` keeps the sentences in English, whoever reads the terminal (docs/json.md). */
const inEnglishConflicts = <C extends TicketConflicts>(c: C) => ({
  ...c,
  time: c.time.map(inEnglish),
  moves: c.moves.map(inEnglish),
});

function describeConflicts(conflicts: Awaited<ReturnType<typeof conflictsIn>>): string[] {
  if (conflicts.length === 0) return [];
  const lines = [paint.yellow(t('sync.needsPerson', { count: conflicts.length }))];
  for (const c of conflicts) {
    for (const m of c.moves)
      lines.push(`  ${t('sync.keepMove', { ticket: c.short, conflict: forTerminalLine(say(m)) })}`);
    for (const x of c.time)
      lines.push(`  ${t('sync.keepTime', { ticket: c.short, conflict: forTerminalLine(say(x)) })}`);
  }
  return lines;
}

export function describeSync(r: SyncResult): string {
  const where = { remote: r.remote, branch: r.branch };
  if (r.received.commits === 0 && r.sent.commits === 0) return t('sync.upToDate', where);
  const lines = [t('sync.synced', { ...where, received: describeReceived(r.received), sent: describeSent(r.sent) })];
  if (r.received.files.length) lines.push(t('sync.alsoReceived', { files: r.received.files.join(', ') }));
  if (r.sent.files.length) lines.push(t('sync.alsoSent', { files: r.sent.files.join(', ') }));
  if (r.attempts > 1) lines.push(t('sync.attempts', { count: r.attempts }));
  return lines.join('\n');
}

function describeReceived(c: ChangeSummary): Text {
  if (c.tickets.length) return text('sync.receivedTickets', { count: c.tickets.length, added: c.newTickets.length });
  return c.commits ? text('sync.receivedChanges', { count: c.commits }) : text('sync.receivedNothing');
}

function describeSent(c: ChangeSummary): Text {
  if (c.tickets.length) return text('sync.sentTickets', { count: c.tickets.length });
  return c.commits ? text('sync.sentChanges', { count: c.commits }) : text('sync.sentNothing');
}
