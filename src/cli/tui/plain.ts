import { t } from '../../i18n/index.js';
import { actionFor, type Action } from './actions.js';
import { runDesk, runDeskOnTerminal } from './desk-runner.js';
import { describeFilter, keep, NO_FILTER, rowSentence, type Clock, type Filter, type QueueRow } from './queue-view.js';
import { WORDS } from './words.js';

export interface PlainOptions {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  editorSet: boolean;
  watch: (changed: () => void) => () => void;
  clock: () => Clock;
}

/**
 * `desk tui --plain`, for screen readers and braille lines: the queue as lines of text, one after
 * the other, the way a screen reader reads a terminal. Nothing is drawn over, no cursor is moved,
 * no colour is set: every key answers with new lines (the row now selected, the command's
 * result, what changed in the queue), and every question is a sentence followed by a line typed
 * with the terminal's own echo and editing. The keys are those of the full screen, and each runs
 * the same desk command.
 */
export async function plainQueue(o: PlainOptions): Promise<void> {
  const { stdin, stdout } = o;
  let rows: QueueRow[] = [];
  let filter: Filter = NO_FILTER;
  let selected = 0;
  let busy = false;
  let raw = false;
  const shown = () => keep(rows, filter);
  const current = () => shown()[Math.min(selected, shown().length - 1)];
  // in raw mode the terminal no longer turns a line feed into a new line by itself
  const say = (text: string) => stdout.write(`${text.replace(/\r?\n/g, raw ? '\r\n' : '\n')}${raw ? '\r\n' : '\n'}`);
  const sentence = (r: QueueRow, i: number, all: number) => rowSentence(r, i, all, o.clock());
  const sayCurrent = (prefix = '') => {
    const list = shown();
    const row = current();
    if (!row) return say(rows.length ? t('tui.plainNoMatch') : t('tui.plainEmpty'));
    say(`${prefix}${sentence(row, list.indexOf(row), list.length)}`);
  };
  const setRaw = (on: boolean) => {
    raw = on;
    stdin.setRawMode(on);
  };

  /**
   * Reads the queue; returns what changed, for the person to hear. After the person's own
   * command, whose result was said already, only tickets that came or went are.
   */
  let failed: string | undefined;
  const load = async (own = false): Promise<string[]> => {
    const queue = await runDesk(['queue', '--json']);
    failed = queue.code === 0 ? undefined : firstLine(queue.stderr) || WORDS.queueFailed;
    if (failed) return [failed];
    const before = rows;
    const was = current()?.id;
    rows = JSON.parse(queue.stdout) as QueueRow[];
    // the selected ticket stays selected, wherever the new order puts it
    const at = shown().findIndex((r) => r.id === was);
    if (at >= 0) selected = at;
    const known = new Set(before.map((r) => r.id));
    const now = new Set(rows.map((r) => r.id));
    const added = rows.filter((r) => !known.has(r.id));
    const gone = before.filter((r) => !now.has(r.id));
    if (!added.length && !gone.length && (own || JSON.stringify(before) === JSON.stringify(rows))) return [];
    return [
      t('tui.plainChanged', { count: rows.length }),
      ...added.map((r) => t('tui.plainNew', { row: sentence(r, rows.indexOf(r), rows.length) })),
      ...gone.map((r) => t('tui.plainGone', { ticket: r.short })),
    ];
  };
  const reload = async (own = false) => {
    for (const line of await load(own)) say(line);
  };

  /** One line typed with the terminal's own echo and editing (cooked mode); Enter ends it. */
  const readLine = (question: string): Promise<string> =>
    new Promise((resolve) => {
      say(question);
      setRaw(false);
      let typed = '';
      const onData = (chunk: Buffer | string) => {
        typed += chunk.toString();
        const end = typed.search(/[\r\n]/);
        if (end < 0) return;
        stdin.off('data', onData);
        setRaw(true);
        resolve(typed.slice(0, end).trim());
      };
      stdin.on('data', onData);
    });

  const run = async (args: string[], ticket: string) => {
    busy = true;
    say(t('tui.plainRunning', { command: args[0]!, ticket }));
    const r = await runDesk(args);
    say(
      r.code === 0
        ? t('tui.plainDone', { result: firstLine(r.stdout) })
        : t('tui.plainRefused', { result: firstLine(r.stderr) }),
    );
    await reload(true);
    busy = false;
  };

  const act = async (action: Action, row: QueueRow) => {
    if (!action.ask) return run(action.args(row.id, '') as string[], row.short);
    const editor = Boolean(action.inEditor && o.editorSet);
    const ask = editor ? 'tui.plainAskEditor' : action.optional ? 'tui.plainAskOptional' : 'tui.plainAsk';
    const answer = await readLine(t(ask, { ticket: row.short, question: action.ask }));
    if (!answer && editor) {
      setRaw(false);
      const code = runDeskOnTerminal(action.inEditor!(row.id));
      setRaw(true);
      const command = action.inEditor!(row.id)[0]!;
      say(code === 0 ? WORDS.editorDone(command) : WORDS.editorAborted(command));
      return reload(true);
    }
    if (!answer && !action.optional) return say(t('tui.plainCancelled'));
    const args = action.args(row.id, answer);
    if (!Array.isArray(args)) return say(`${action.label}: ${args.problem}`);
    await run(args, row.short);
  };

  const showText = (text: string) => say(text.trimEnd());

  const onKey = async (key: string) => {
    const row = current();
    const list = shown();
    if (key === 'j' || key === '\u001b[B') {
      if (selected >= list.length - 1) return say(t('tui.plainLast'));
      selected++;
      return sayCurrent();
    }
    if (key === 'k' || key === '\u001b[A') {
      if (selected <= 0) return say(t('tui.plainFirst'));
      selected--;
      return sayCurrent();
    }
    if (key === ' ') return sayCurrent();
    if (key === '?') return say(t('tui.plainKeys'));
    if (key === 'g') {
      const changes = await load();
      for (const line of changes) say(line);
      if (!changes.length) sayCurrent();
      return;
    }
    const refilter = (f: Filter) => {
      filter = f;
      selected = 0;
      say(t('tui.plainFilter', { filter: describeFilter(filter), shown: shown().length, all: rows.length }));
      sayCurrent();
    };
    if (key === 'm') return refilter({ ...filter, mine: !filter.mine });
    if (key === '1' || key === '2') return refilter({ ...filter, level: Number(key) as 1 | 2 });
    if (key === '0') return refilter({ ...filter, level: undefined });
    if (key === 'x') return refilter(NO_FILTER);
    if (key === 'C') return refilter({ ...filter, customer: (await readLine(WORDS.customerFilter)) || undefined });
    if (key === 'T') return refilter({ ...filter, tag: (await readLine(WORDS.tagFilter)) || undefined });
    if (key === 'O') {
      const answer = await readLine(t('tui.plainAskGeneral', { question: WORDS.newCall }));
      const [customer, ...title] = answer.split(/\s+/);
      if (!answer) return say(t('tui.plainCancelled'));
      if (!customer || !title.length) return say(WORDS.newCallProblem);
      return run(['open', '--customer', customer, '--channel', 'phone', '--title', title.join(' ')], customer);
    }
    if (!row) return sayCurrent();
    if (key === '\r' || key === '\n') {
      const r = await runDesk(['show', row.id]);
      return showText(r.code === 0 ? r.stdout : r.stderr);
    }
    if (key === 'K') {
      say(WORDS.searching(row.title));
      const found = await runDesk(['kb', 'search', '--json', '--limit', '1', row.title]);
      const [hit] = found.code === 0 ? (JSON.parse(found.stdout) as { slug: string }[]) : [];
      if (!hit) return say(WORDS.noArticle);
      return showText((await runDesk(['kb', 'show', hit.slug])).stdout);
    }
    const action = actionFor(key);
    if (action) return act(action, row);
  };

  await load();
  setRaw(true);
  say(t('tui.plainStart', { count: rows.length }));
  if (failed) say(failed);
  else {
    const row = current();
    if (row) say(t('tuiWords.selected', { row: sentence(row, shown().indexOf(row), shown().length) }));
    else sayCurrent();
  }
  const unwatch = o.watch(() => {
    if (!busy) void reload();
  });
  try {
    await new Promise<void>((done) => {
      let queue = Promise.resolve();
      const onData = (chunk: Buffer | string) => {
        if (!raw) return; // a line being typed: readLine takes it
        // keys typed quickly (or pasted) arrive together: each is acted on, in turn
        for (const key of keysIn(chunk.toString())) {
          if (key === 'q' || key === '\u0003') {
            stdin.off('data', onData);
            // a command still running ends first
            void queue.then(() => done());
            return;
          }
          // keys typed while a command runs wait their turn
          queue = queue.then(async () => void (await onKey(key))).catch((e: unknown) => void say(String(e)));
        }
      };
      stdin.on('data', onData);
      stdin.resume();
    });
  } finally {
    unwatch();
    say(t('tui.plainBye'));
    setRaw(false);
    stdin.pause();
  }
}

/** The keys in what the terminal sent: an escape sequence (an arrow) is one key, as is every other character. */
// eslint-disable-next-line no-control-regex -- the escape character starts an arrow key's sequence
const keysIn = (input: string): string[] => input.match(/\u001b\[[0-9;]*[A-Za-z~]|\u001b.?|[\s\S]/gu) ?? [];

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';
