import { readFileSync, unwatchFile, watch as watchFiles, watchFile, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { buildCalendar } from '../../core/calendar/business-calendar.js';
import { usage } from '../../core/errors.js';
import { io } from '../../io/context.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { editorOf } from '../editor.js';
import { colourEnabled, libraryColoursAsStdout } from '../../render/terminal/style.js';
import { queueHeading } from '../../render/terminal/sla-text.js';

/**
 * `desk tui`: the day's queue full-screen (docs/terminal.md), drawn with Ink, or as plain lines
 * for screen readers (--plain). Every key that changes something runs the desk command a person
 * would type; the queue is read again when the repository changes (a sync, a mail fetched,
 * another terminal's command), and deadlines count down on the screen from the queue's deadlines.
 */
export async function tui(o: GlobalOptions & { plain?: boolean }): Promise<void> {
  const { stdin, stdout, env } = io();
  if (!stdin.isTTY || !stdout.isTTY)
    throw usage('desk tui needs a terminal', 'for scripts and pipes use desk queue, desk list and the other commands');
  const hd = await openHelpdesk(o);
  const gitDir = await hd.git.gitDir();
  const plain = Boolean(o.plain) || env.DESK_TUI_PLAIN === '1';
  const [{ runFor }, { actingAs }] = await Promise.all([import('../tui/desk-runner.js'), import('../tui/actions.js')]);
  runFor(hd.root, o.as); // every key's command works on this helpdesk, as this person
  const me = (await hd.act(o.as, env).catch(() => undefined))?.actor;
  actingAs(me?.id); // "take" assigns to them
  // what `desk queue` says first, said here for the moment the queue was read (no second reading)
  const heading = (at: Date) => (me ? queueHeading(me, at, hd.timeZone) : '');
  // deadlines count down in service time from desk's now (DESK_NOW too), the clock running on
  const calendar = buildCalendar(hd.config.calendar, hd.holidays);
  const [startedAt, started] = [hd.now().getTime(), Date.now()];
  const now = () => new Date(startedAt + Date.now() - started);
  const watch = (changed: () => void) => watchRefs(gitDir, changed);
  const editorSet = Boolean(editorOf(env));
  const terminal = { stdin: stdin as NodeJS.ReadStream, stdout: stdout as NodeJS.WriteStream };
  if (plain) {
    const { plainQueue } = await import('../tui/plain.js');
    return plainQueue({ ...terminal, editorSet, watch, clock: () => ({ calendar, now: now() }) });
  }
  const [{ render }, { screen }] = await Promise.all([import('ink'), import('../tui/app.js')]);
  libraryColoursAsStdout();
  const app = render(screen({ editorSet, colour: colourEnabled(stdout, env), watch, calendar, now, heading }), {
    ...terminal,
    exitOnCtrlC: false,
  });
  await app.waitUntilExit();
}

/** Calls `changed` (once per burst) when a branch moves: a commit, a sync, a checkout. */
function watchRefs(gitDir: string, changed: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(changed, 200);
  };
  const watchers: FSWatcher[] = [];
  for (const [dir, recursive] of [
    [gitDir, false],
    [join(gitDir, 'refs', 'heads'), true],
  ] as const) {
    try {
      watchers.push(
        watchFiles(dir, { recursive }, (_event, name) => {
          if (!recursive && name !== 'HEAD' && name !== 'packed-refs') return;
          soon();
        }),
      );
    } catch {
      // a folder that cannot be watched: the files are looked at every second all the same
    }
  }
  // and the files themselves, looked at every second: a file system or a busy machine (no
  // inotify watches left) may not report a change, and a stat of three files costs nothing
  const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').match(/^ref: (\S+)/)?.[1];
  const polled = [join(gitDir, 'HEAD'), join(gitDir, 'packed-refs'), ...(head ? [join(gitDir, head)] : [])];
  const moved = (now: { mtimeMs: number; ino: number }, was: { mtimeMs: number; ino: number }) => {
    if (now.mtimeMs !== was.mtimeMs || now.ino !== was.ino) soon();
  };
  for (const file of polled) watchFile(file, { interval: 1000 }, moved);
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
    for (const file of polled) unwatchFile(file, moved);
  };
}
