import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ticketsInSubject } from '../../core/safe-text/commit-message.js';
import { KEPT_SUFFIX, type DeskCommand } from '../../core/code/hooks.js';
import { commitLinked, isLinked, ticketsNamedBy } from '../../core/code/links.js';
import { mentionsIn, messageAsCommitted, resolveMentions } from '../../core/code/mentions.js';
import { DeskError, refused, usage } from '../../core/errors.js';
import type { StaffMember } from '../../core/schema/config.js';
import { deskLauncher } from '../../store/clone-setup.js';
import { CodeRepo, deskRepoSetting } from '../../store/code-repo.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { installHooks, uninstallHooks } from '../../store/hook-files.js';
import { appendToTickets } from '../append-events.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { authorize, type Acting } from '../../core/permissions/index.js';
import { print, warn as warnLine } from '../output.js';
import { paintErr } from '../../render/terminal/style.js';
import { describeRepository, openCodeRepo } from './link.js';
import { io } from '../../io/context.js';
import { say, t, text } from '../../i18n/index.js';

interface HookFlags extends GlobalOptions {
  codeRepo?: string;
}

/** The node and launcher running now: what the hooks call (they fall back to a `desk` on the PATH). */
function thisDesk(): DeskCommand {
  return { node: process.execPath, launcher: deskLauncher() };
}

/** `desk hooks install`: commit-msg and post-commit hooks in a code repository, next to the developer's own. */
export async function hooksInstall(o: HookFlags): Promise<void> {
  const hd = await openHelpdesk(o);
  const code = await openCodeRepo(hd, o.codeRepo);
  const { dir, steps } = await installHooks(code, thisDesk());
  const lines = [t('system.hooksIn', { dir })];
  for (const s of steps) {
    const what = text(s.name === 'commit-msg' ? 'system.hookRefuses' : 'system.hookLinks');
    const chain = s.keepExisting ? 'kept' : s.chained ? 'runs' : 'none';
    const line = t('system.hookLine', {
      update: s.update ? 'yes' : 'no',
      what,
      chain,
      hook: s.name,
      kept: `${s.name}${KEPT_SUFFIX}`,
    });
    lines.push(`  ${s.name.padEnd(12)}${line}`);
  }
  // the hooks run where DESK_REPO may be unset (an editor's git): the repository itself says where the helpdesk is
  const setting = await deskRepoSetting(code.root, 'local');
  if (!setting) {
    await code.setDeskRepo(hd.root);
    lines.push(t('system.hookDeskRepoSet', { dir: hd.root }));
  } else if (realpathSync(setting.path) !== realpathSync(hd.root)) {
    lines.push(t('system.hookDeskRepoOther', { value: setting.value, dir: hd.root }));
  }
  lines.push(t('system.hookSkip'));
  await print(lines.join('\n'));
}

/** `desk hooks uninstall`: removes desk's hooks and restores the developer's own. */
export async function hooksUninstall(o: HookFlags): Promise<void> {
  const code = await CodeRepo.around(
    resolve(io().cwd, o.codeRepo ?? '.'),
    o.codeRepo ? `--code-repo ${o.codeRepo}` : 'the current folder',
  );
  const { dir, steps } = await uninstallHooks(code);
  const lines = steps.flatMap((s) => {
    if (s.note) return [s.note];
    if (!s.remove && !s.restore) return [];
    const yes = (b: unknown) => (b ? 'yes' : 'no');
    return [
      t('system.hookRemoved', {
        hook: s.name,
        removed: yes(s.remove),
        both: yes(s.remove && s.restore),
        restored: yes(s.restore),
        kept: `${s.name}${KEPT_SUFFIX}`,
      }),
    ];
  });
  await print(lines.length ? [t('system.hooksRemovedIn', { dir }), ...lines].join('\n') : t('system.noHooks', { dir }));
}

/** `desk hooks run HOOK [ARGS]`: what the installed hooks call. */
export async function hooksRun(hook: string, args: string[], o: HookFlags): Promise<void> {
  if (hook === 'commit-msg') return checkMessage(args[0], o);
  if (hook === 'post-commit') return linkHead(o);
  throw usage(text('system.noSuchHook', { hook }), text('system.noSuchHookHint'));
}

/** commit-msg: refuses a message naming a ticket that does not exist or is closed. */
async function checkMessage(file: string | undefined, o: HookFlags): Promise<void> {
  if (!file) throw usage(text('system.hookNeedsFile'));
  const mentions = mentionsIn(messageAsCommitted(await readFile(resolve(io().cwd, file), 'utf8')));
  if (mentions.length === 0) return;
  const hd = await helpdeskOrWarn(o, t('system.hookUnchecked'), 'read');
  if (!hd) return;
  const check = resolveMentions(mentions, await hd.tickets.ids());
  const problems = [
    ...check.unknown.map((x) => t('system.hookNoTicket', { ticket: x })),
    ...check.ambiguous.map((a) => t('system.hookAmbiguous', { ticket: a.text, matches: a.matches.join(', ') })),
  ];
  for (const id of check.tickets) {
    const { state } = await hd.readTicket(id);
    if (state.status === 'closed') problems.push(t('system.hookClosed', { ticket: await hd.tickets.shortId(id) }));
  }
  if (problems.length)
    throw refused(text('system.hookRefused', { problems: problems.join('; ') }), text('system.hookRefusedHint'));
}

/** post-commit: links the new commit to the tickets its message names. Never fails the commit: problems are warnings. */
async function linkHead(o: HookFlags): Promise<void> {
  const hd = await helpdeskOrWarn(o, t('system.hookNotLinked'), 'write');
  if (!hd) return;
  try {
    const code = await openCodeRepo(hd, o.codeRepo);
    const commit = await code.commit('HEAD', 'HEAD');
    const tickets = ticketsNamedBy(commit.message, await hd.tickets.ids());
    if (tickets.length === 0) return;
    const repo = await describeRepository(code);
    const actor = await committer(hd, o, commit.authorEmail);
    const shorts = await Promise.all(tickets.map((id) => hd.tickets.shortId(id)));
    const added = await appendToTickets(
      hd,
      actor,
      tickets,
      (t) => (isLinked(t.state, commit.hash) ? [] : [commitLinked(commit, repo)]),
      () => `${ticketsInSubject(shorts)}: link commit ${commit.hash.slice(0, 10)} of ${repo.name}`,
    );
    const linked = tickets.filter((id) => added.has(id)).map((id) => shorts[tickets.indexOf(id)]);
    if (linked.length)
      await print(t('system.hookLinked', { commit: commit.hash.slice(0, 10), tickets: linked.join(', ') }));
  } catch (e) {
    warn(e, t('system.hookNotLinkedHint'));
  }
}

/**
 * The person committing: found as for every command, else the commit's author e-mail matched to
 * staff (a repository-local user.email). Linking is work on the ticket: it takes ticket.work.
 */
async function committer(hd: Helpdesk, o: HookFlags, authorEmail: string): Promise<StaffMember> {
  let who: Acting;
  try {
    who = await hd.act(o.as, io().env);
  } catch (e) {
    const match = hd.config.staff.find((s) => s.email.toLowerCase() === authorEmail.toLowerCase());
    if (!match || o.as || io().env.DESK_USER) throw e;
    who = { actor: match, keyboard: match };
  }
  authorize(hd.config, who, 'ticket.work');
  return who.actor;
}

async function helpdeskOrWarn(
  o: HookFlags,
  consequence: string,
  mode: 'read' | 'write',
): Promise<Helpdesk | undefined> {
  try {
    return await openHelpdesk(o, { mode });
  } catch (e) {
    warn(e, consequence);
    return undefined;
  }
}

function warn(e: unknown, consequence: string): void {
  const message = e instanceof DeskError ? say(e.said) : e instanceof Error ? e.message : String(e);
  warnLine(`${paintErr.yellow('desk:')} ${message}\n${paintErr.dim('desk:')} ${consequence}\n`);
}
