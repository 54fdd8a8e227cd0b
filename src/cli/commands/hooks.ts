import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { KEPT_SUFFIX, type DeskCommand } from '../../core/code/hooks.js';
import { commitLinked, isLinked, ticketsNamedBy } from '../../core/code/links.js';
import { mentionsIn, messageAsCommitted, resolveMentions } from '../../core/code/mentions.js';
import { refused, usage } from '../../core/errors.js';
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
  const lines = [`desk's hooks are in ${dir}:`];
  for (const s of steps) {
    const what =
      s.name === 'commit-msg'
        ? 'refuses messages naming an unknown or closed ticket'
        : 'links each commit to the tickets it names';
    const chained = s.keepExisting
      ? `; your ${s.name} hook was kept as ${s.name}${KEPT_SUFFIX} and runs first`
      : s.chained
        ? `; runs ${s.name}${KEPT_SUFFIX} first`
        : '';
    lines.push(`  ${s.name.padEnd(12)}${s.update ? 'updated: ' : ''}${what}${chained}`);
  }
  // the hooks run where DESK_REPO may be unset (an editor's git): the repository itself says where the helpdesk is
  const setting = await deskRepoSetting(code.root, 'local');
  if (!setting) {
    await code.setDeskRepo(hd.root);
    lines.push(`desk.repo = ${hd.root} set in this repository's git config, so the hooks find the helpdesk`);
  } else if (realpathSync(setting.path) !== realpathSync(hd.root)) {
    lines.push(
      `note: this repository's desk.repo (${setting.value}) names another helpdesk than ${hd.root}; the hooks will use desk.repo`,
    );
  }
  lines.push(
    'Skip the hooks for one commit with DESK_SKIP_HOOK=1 git commit …; remove them with desk hooks uninstall.',
  );
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
    return [
      `${s.name}: ${s.remove ? "desk's hook removed" : ''}${s.remove && s.restore ? ', ' : ''}${s.restore ? `your hook restored from ${s.name}${KEPT_SUFFIX}` : ''}`,
    ];
  });
  await print(lines.length ? [`In ${dir}:`, ...lines].join('\n') : `No desk hooks in ${dir}.`);
}

/** `desk hooks run HOOK [ARGS]`: what the installed hooks call. */
export async function hooksRun(hook: string, args: string[], o: HookFlags): Promise<void> {
  if (hook === 'commit-msg') return checkMessage(args[0], o);
  if (hook === 'post-commit') return linkHead(o);
  throw usage(`no desk hook "${hook}"`, 'desk installs commit-msg and post-commit');
}

const OVERRIDE = 'to commit anyway: DESK_SKIP_HOOK=1 git commit …, or git commit --no-verify';

/** commit-msg: refuses a message naming a ticket that does not exist or is closed. */
async function checkMessage(file: string | undefined, o: HookFlags): Promise<void> {
  if (!file) throw usage('the commit-msg hook needs the message file');
  const mentions = mentionsIn(messageAsCommitted(await readFile(resolve(io().cwd, file), 'utf8')));
  if (mentions.length === 0) return;
  const hd = await helpdeskOrWarn(
    o,
    'could not check the ticket ids in the message; the commit goes ahead unchecked',
    'read',
  );
  if (!hd) return;
  const check = resolveMentions(mentions, await hd.tickets.ids());
  const problems = [
    ...check.unknown.map((t) => `${t} is no ticket`),
    ...check.ambiguous.map((a) => `${a.text} matches several tickets (${a.matches.join(', ')})`),
  ];
  for (const id of check.tickets) {
    const { state } = await hd.readTicket(id);
    if (state.status === 'closed') problems.push(`${await hd.tickets.shortId(id)} is closed`);
  }
  if (problems.length)
    throw refused(
      `commit refused: the message names tickets it cannot refer to: ${problems.join('; ')}`,
      `correct the id (desk list --all shows them), or reopen the ticket; ${OVERRIDE}`,
    );
}

/** post-commit: links the new commit to the tickets its message names. Never fails the commit: problems are warnings. */
async function linkHead(o: HookFlags): Promise<void> {
  const hd = await helpdeskOrWarn(o, 'the commit was not linked to its tickets', 'write');
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
      () => `${shorts.join(', ')}: link commit ${commit.hash.slice(0, 10)} of ${repo.name}`,
    );
    const linked = tickets.filter((id) => added.has(id)).map((id) => shorts[tickets.indexOf(id)]);
    if (linked.length) await print(`desk: linked ${commit.hash.slice(0, 10)} to ${linked.join(', ')}`);
  } catch (e) {
    warn(e, 'the commit was not linked; link it with desk link ID --commit HEAD');
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
  const message = e instanceof Error ? e.message : String(e);
  warnLine(`${paintErr.yellow('desk:')} ${message}\n${paintErr.dim('desk:')} ${consequence}\n`);
}
