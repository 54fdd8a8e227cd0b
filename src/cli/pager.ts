import { spawn, type ChildProcess } from 'node:child_process';
import { Writable } from 'node:stream';
import { io, perRun, redirectStdout, type Io } from '../io/context.js';
import type { Helpdesk } from '../store/helpdesk.js';

/**
 * Long output through a pager, as git does it: only when stdout is a terminal, never into a
 * pipe or a file; `--no-pager` and the settings below switch it off. The pager is, first found:
 *
 * 1. `DESK_PAGER`;
 * 2. the person's git config `desk.pager` (`git config --global desk.pager "less -S"`);
 * 3. desk.yaml `terminal.pager` (the team's; `false` switches it off);
 * 4. `PAGER`;
 * 5. `less -FRX`: quits at once when the text fits on the screen, keeps colours, leaves the
 *    text on the screen when it ends.
 *
 * An empty value, `cat`, `false` or `off` means no pager. Like git, desk sets `LESS=FRX` and
 * `LV=-c` for the pager when they are not set. The pager runs through the shell, so it may
 * carry arguments. The rest of the run's output goes to it; quitting it early is no error.
 */
export interface PagerSettings {
  /** `--no-pager` gives false. */
  pager?: boolean;
}

interface Paging {
  child: ChildProcess;
  sink: Writable;
  was: Io['stdout'];
  done: Promise<void>;
}
/** The pager of this run, if one was started (per run: in-process runs never see another's). */
const state = perRun((): { paging?: Paging } => ({}));

const OFF = ['', 'cat', 'false', 'off', 'no', '0'];

/** The pager command the settings name, or undefined for none. Pure but for its arguments. */
export function pagerCommand(
  env: NodeJS.ProcessEnv,
  user: string | undefined,
  team: string | false | undefined,
): string | undefined {
  const chosen = env.DESK_PAGER ?? user ?? (team === false ? '' : team) ?? env.PAGER ?? 'less -FRX';
  return OFF.includes(chosen.trim().toLowerCase()) ? undefined : chosen;
}

/**
 * Sends the rest of this run's standard output through the pager, when there is a terminal to
 * page on and nothing switched it off. `user` reads the person's git config only then.
 */
export async function pageOutput(
  flags: PagerSettings,
  team: string | false | undefined,
  user: () => Promise<string | undefined>,
): Promise<void> {
  const { stdout, env } = io();
  if (state().paging || flags.pager === false || !stdout.isTTY) return;
  const command = pagerCommand(
    env,
    env.DESK_PAGER === undefined ? await user().catch(() => undefined) : undefined,
    team,
  );
  if (!command) return;
  const child = spawn('sh', ['-c', command], {
    stdio: ['pipe', 'inherit', 'inherit'],
    cwd: io().cwd,
    env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
  });
  const done = new Promise<void>((resolve) => {
    child.on('close', () => resolve());
    child.on('error', () => resolve());
  });
  let gone = false;
  child.stdin!.on('error', () => (gone = true)); // the person quit the pager before the end: no error
  void done.then(() => (gone = true));
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (gone) return callback();
      child.stdin!.write(chunk, () => callback());
    },
    final(callback) {
      child.stdin!.end();
      callback();
    },
  });
  // the pager shows a terminal's colours and widths: the output is written as for the terminal
  Object.assign(sink, { isTTY: true, columns: stdout.columns });
  state().paging = { child, sink, was: redirectStdout(sink as Io['stdout']), done };
}

/** Ends the output to the pager and waits until the person has quit it (run.ts, when a command ends). */
export async function endPager(): Promise<void> {
  const p = state().paging;
  if (!p) return;
  state().paging = undefined;
  await new Promise<void>((resolve) => p.sink.end(resolve));
  await p.done;
  redirectStdout(p.was);
}

/** The pager for a command's long output, with the team's (desk.yaml) and the person's (git config) settings. */
export function pageFor(hd: Helpdesk, flags: PagerSettings): Promise<void> {
  return pageOutput(flags, hd.config.terminal?.pager, () => hd.git.configValue('desk.pager'));
}
