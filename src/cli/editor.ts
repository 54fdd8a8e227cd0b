import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failed, refused, usage } from '../core/errors.js';
import { io } from '../io/context.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { interactive, prompts } from './prompts.js';
import { ticketContext } from '../render/terminal/edit-context.js';

/**
 * Long texts written in the person's editor, as `git commit` does: `$VISUAL`, then `$EDITOR`,
 * opens a file that starts with the text so far and ends with comment lines giving the context
 * (the ticket, the customer, the last message). Lines starting with `#` are dropped, as are
 * trailing blanks and blank lines at either end; an empty result aborts without a change. The
 * file is kept in .desk/edit/ until the text is used, so nothing typed is lost when the command
 * is refused afterwards.
 */
export function editorOf(env: NodeJS.ProcessEnv): string | undefined {
  return env.VISUAL || env.EDITOR || undefined;
}

export interface LongText {
  /** The flag that gives the text without asking, e.g. `--message`. */
  flag: string;
  /** What is written, for the one-line prompt and the messages: "Message to the customer". */
  what: string;
  /** The context shown as comment lines, made when the editor opens. */
  context: () => Promise<string[]>;
  /** The helpdesk's .desk/ folder, where the file being edited is kept. */
  deskDir: string;
  /** Text to start from (a template). */
  start?: string;
}

/**
 * The text of `flag` when given; otherwise, in a terminal, written in the editor (or typed on
 * one line when no editor is set); elsewhere an error naming the flag.
 */
export async function longText(given: string | undefined, o: LongText): Promise<string> {
  if (given !== undefined && given.trim() !== '') return given;
  if (!interactive()) throw usage(`missing ${o.flag}`, `give ${o.flag}, or run desk in a terminal to be asked`);
  if (!editorOf(io().env)) return (await prompts()).input({ message: o.what, required: true, default: o.start });
  return writeInEditor(o);
}

export async function writeInEditor(o: LongText): Promise<string> {
  const editor = editorOf(io().env)!;
  const dir = join(o.deskDir, 'edit');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${o.flag.replace(/^-+/, '')}.txt`);
  writeFileSync(file, template(o.start ?? '', o.what, await o.context()));
  // as git runs it: through the shell, so EDITOR may carry arguments ("code --wait")
  const ran = spawnSync('sh', ['-c', `${editor} "$@"`, editor, file], {
    stdio: 'inherit',
    cwd: io().cwd,
    env: io().env,
  });
  if (ran.error || ran.status !== 0)
    throw failed(
      `the editor (${editor}) ${ran.error ? `could not be started: ${ran.error.message}` : `exited with ${ran.status ?? ran.signal}`}; nothing was changed`,
      `your text is kept in ${file}`,
    );
  const text = stripComments(readFileSync(file, 'utf8'));
  if (!text)
    throw refused(
      `empty ${o.what.toLowerCase()}: nothing was changed`,
      `write the text above the # lines, or give ${o.flag}`,
    );
  return text;
}

/** The file the editor opens: the text, a blank line, then the context as comment lines. */
export function template(start: string, what: string, context: readonly string[]): string {
  const comments = [
    `${what}. Lines starting with '#' are left out; an empty text changes nothing.`,
    ...(context.length ? ['', ...context] : []),
  ];
  return `${start.trimEnd()}\n\n${comments.map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
}

/** git's "strip" clean-up: comment lines out, trailing blanks off, blank runs to one, none at the ends. */
export function stripComments(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A long text about a ticket (reply, comment, solution): the ticket, its customer and the last message as context. */
export function aboutTicket(hd: Helpdesk, t: TicketRecord, flag: string, what: string, start?: string): LongText {
  return {
    flag,
    what,
    deskDir: hd.deskDir,
    start,
    context: async () => {
      const name = await hd.customers.read(t.state.customer).then(
        (c) => c.name,
        () => undefined,
      );
      return ticketContext(t, await hd.tickets.shortId(t.id), name, hd.timeZone);
    },
  };
}
