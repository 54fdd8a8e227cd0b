import { createElement as h, useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { Box, Text, useApp, useInput, useStdin, useStdout, type Key } from 'ink';
import type { BusinessCalendar } from '../../core/calendar/business-calendar.js';
import { t } from '../../i18n/index.js';
import { actionFor, ACTIONS, type Action } from './actions.js';
import { helpLine, keysText, WORDS } from './words.js';
import { runDesk, runDeskOnTerminal } from './desk-runner.js';
import {
  cut,
  describeFilter,
  dueText,
  isOverdue,
  keep,
  NO_FILTER,
  rowLine,
  type Filter,
  type QueueRow,
  wrap,
} from './queue-view.js';

export interface AppOptions {
  colour: boolean;
  /** $VISUAL or $EDITOR is set: reply, note and solution may be written there. */
  editorSet: boolean;
  /** Subscribes to changes of the repository (a sync, a mail fetched); returns the unsubscribe. */
  watch: (changed: () => void) => () => void;
  /** The service calendar deadlines count down in, and the clock (desk's now, running on). */
  calendar: BusinessCalendar;
  now: () => Date;
  /** The queue's heading as `desk queue` prints it first, as of a moment. */
  heading: (at: Date) => string;
}

/** How often the clock is looked at, and how often the queue is read again though nothing changed. */
const TICK_MS = 1000;
const REREAD_MS = 5 * 60_000;

type View =
  | { kind: 'list' }
  | { kind: 'ticket'; id: string; text: string; top: number }
  | { kind: 'text'; title: string; text: string; top: number };
interface Asking {
  label: string;
  value: string;
  done: (answer: string) => void;
}

/** The screen, as Ink renders it. */
export const screen = (options: AppOptions): ReactElement => h(App, options);

/** The full-screen queue of `desk tui` (docs/terminal.md). */
export function App({ colour, watch, editorSet, calendar, now, heading: headingAt }: AppOptions): ReactElement {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { setRawMode } = useStdin();
  const [size, setSize] = useState({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [rows, setRows] = useState<QueueRow[]>([]);
  const [heading, setHeading] = useState('');
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [selected, setSelected] = useState(0);
  // What a key acts on is kept in refs, set together with the state that draws it: React draws
  // later (a scheduled task), and a key or a command's answer arriving before that must see the
  // pane, the line typed and the running command as they now are, not as last drawn.
  const [view, showView] = useState<View>({ kind: 'list' });
  const viewing = useRef<View>(view);
  const setView = (next: View) => {
    viewing.current = next;
    showView(next);
  };
  const [asking, showAsking] = useState<Asking | undefined>();
  const typing = useRef<Asking | undefined>(undefined);
  const setAsking = (next: Asking | undefined) => {
    typing.current = next;
    showAsking(next);
  };
  const [message, setMessage] = useState(WORDS.loading);
  // the moment deadlines are counted at: moved on only when a figure on the screen changes
  const [clockAt, setClockAt] = useState(now);
  const clock = { calendar, now: clockAt };
  // a command is running: keys other than quitting wait for it
  const busy = useRef(false);

  // the selected ticket stays selected when the queue is read again and its order changes
  const chosen = useRef<{ id?: string; filter: Filter }>({ filter: NO_FILTER });
  const readQueue = useCallback(async () => {
    const queue = await runDesk(['queue', '--json']);
    if (queue.code !== 0) return setMessage(firstLine(queue.stderr) || WORDS.queueFailed);
    const fresh = JSON.parse(queue.stdout) as QueueRow[];
    setRows(fresh);
    setSelected((s) => {
      const at = keep(fresh, chosen.current.filter).findIndex((r) => r.id === chosen.current.id);
      return at >= 0 ? at : s;
    });
    const readAt = now();
    setClockAt(readAt);
    setHeading(headingAt(readAt));
    setMessage((m) => (m === WORDS.loading ? '' : m));
  }, [now, headingAt]);
  // One reading of the queue at a time. A change announced while one is under way (the commit of
  // an action, seen by the watcher as well) gets one more reading after it, shared by everyone
  // who asks meanwhile: a reading started before the change must not be the last word on the
  // screen, and two started together may finish in either order.
  const reading = useRef<{ now?: Promise<void>; next?: Promise<void> }>({});
  const load = useCallback((): Promise<void> => {
    const r = reading.current;
    if (!r.now) {
      r.now = readQueue().finally(() => (r.now = undefined));
      return r.now;
    }
    r.next ??= r.now
      .catch(() => undefined) // a reading that failed said so; the one after it is still owed
      .then(() => {
        r.next = undefined;
        return load();
      });
    return r.next;
  }, [readQueue]);

  useEffect(() => {
    void load();
    const unwatch = watch(() => void load());
    // the queue is read again when the repository changes; this reading is for what time alone
    // changes (a follow-up day that came), not for the countdown
    const timer = setInterval(() => void load(), REREAD_MS);
    const resized = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', resized);
    return () => {
      unwatch();
      clearInterval(timer);
      stdout.off('resize', resized);
    };
  }, [load, watch, stdout]);

  const shown = keep(rows, filter);
  const inList = shown[Math.min(selected, shown.length - 1)];
  // in the ticket pane, keys act on the ticket shown, wherever the queue has moved it
  const actingOn = (v: View): QueueRow | undefined =>
    v.kind === 'ticket' ? (rows.find((r) => r.id === v.id) ?? (inList?.id === v.id ? inList : shortRow(v.id))) : inList;
  chosen.current = { id: inList?.id, filter };

  // deadlines count down from the deadlines the queue gave, in service time: the clock is looked
  // at every second, and the screen drawn again only when a figure it shows (whole minutes) changed
  const onScreen = useRef({ rows: shown, dues: '' });
  onScreen.current = { rows: shown, dues: shown.map((r) => dueText(r, clock)).join('|') };
  useEffect(() => {
    const tick = setInterval(() => {
      const at = now();
      const { rows: visible, dues } = onScreen.current;
      if (visible.map((r) => dueText(r, { calendar, now: at })).join('|') !== dues) setClockAt(at);
    }, TICK_MS);
    return () => clearInterval(tick);
  }, [calendar, now]);

  const act = async (ticket: QueueRow, action: Action, answer: string) => {
    const args = action.args(ticket.id, answer.trim());
    if (!Array.isArray(args)) return setMessage(`${action.label}: ${args.problem}`);
    setMessage(`desk ${args[0]} ${ticket.short} …`);
    await run(args);
    await showAgain(ticket.id);
  };

  const run = async (args: string[]) => {
    busy.current = true;
    const r = await runDesk(args).finally(() => (busy.current = false));
    setMessage(r.code === 0 ? firstLine(r.stdout) : firstLine(r.stderr));
    await load();
  };

  // a long text in the editor: desk's own command opens it, with the ticket as context
  const writeInEditor = async (args: string[]) => {
    setRawMode(false);
    const code = runDeskOnTerminal(args);
    setRawMode(true);
    stdout.write('\u001b[2J\u001b[H'); // the editor drew over the screen: draw it anew
    setMessage(code === 0 ? WORDS.editorDone(args[0]!) : WORDS.editorAborted(args[0]!));
    setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    await load();
  };

  const openTicket = async (row: QueueRow) => {
    const r = await runDesk(['show', row.id]);
    setView({ kind: 'ticket', id: row.id, text: r.code === 0 ? r.stdout : r.stderr, top: 0 });
  };

  // the ticket pane after a command: drawn anew only if the person is still looking at it, where
  // they have scrolled to
  const showAgain = async (id: string) => {
    const looking = () =>
      viewing.current.kind === 'ticket' && viewing.current.id === id ? viewing.current : undefined;
    if (!looking()) return;
    const r = await runDesk(['show', id]);
    const still = looking();
    if (still) setView({ ...still, text: r.code === 0 ? r.stdout : r.stderr });
  };

  const suggestion = async (row: QueueRow) => {
    setMessage(WORDS.searching(row.title));
    const found = await runDesk(['kb', 'search', '--json', '--limit', '1', row.title]);
    const [hit] = found.code === 0 ? (JSON.parse(found.stdout) as { slug: string }[]) : [];
    if (!hit) return setMessage(WORDS.noArticle);
    const article = await runDesk(['kb', 'show', hit.slug]);
    setMessage(WORDS.article(hit.slug));
    setView({ kind: 'text', title: hit.slug, text: article.stdout, top: 0 });
  };

  const ask = (label: string, done: (answer: string) => void) => setAsking({ label, value: '', done });

  // keys go to the handler of the latest screen, never to one a slower redraw has not replaced
  const onKey = useRef<(input: string, key: Key) => void>(() => undefined);
  useInput(useCallback((input: string, key: Key) => onKey.current(input, key), []));
  onKey.current = (input, key) => {
    const line = typing.current;
    // keys typed faster than the screen is drawn come as one piece ("jjj"): one at a time
    if (
      !line &&
      [...input].length > 1 &&
      !key.ctrl &&
      !key.meta &&
      !/[\r\n]/.test(input) &&
      !input.includes('\u001b')
    ) {
      for (const ch of input) onKey.current(ch, key);
      return;
    }
    if (line) {
      if (key.escape) return setAsking(undefined);
      if (key.return) {
        const { done, value } = line;
        setAsking(undefined);
        return done(value);
      }
      if (key.backspace || key.delete) return setAsking({ ...line, value: line.value.slice(0, -1) });
      if (!input || key.ctrl || key.meta) return;
      // typed fast (or pasted), the text and Enter arrive as one piece
      const end = input.search(/[\r\n]/);
      if (end < 0) return setAsking({ ...line, value: line.value + input });
      setAsking(undefined);
      return line.done(line.value + input.slice(0, end));
    }
    // quitting waits for a command still running: desk ends when it has
    if (input === 'q' || (key.ctrl && input === 'c')) return exit();
    if (busy.current) return;
    const view = viewing.current;
    const current = actingOn(view);
    if (view.kind !== 'list') {
      const page = size.rows - 4;
      if (key.escape || key.leftArrow) return setView({ kind: 'list' });
      if (input === 'j' || key.downArrow) return setView({ ...view, top: view.top + 1 });
      if (input === 'k' || key.upArrow) return setView({ ...view, top: Math.max(0, view.top - 1) });
      if (input === ' ' || key.pageDown) return setView({ ...view, top: view.top + page });
      if (key.pageUp) return setView({ ...view, top: Math.max(0, view.top - page) });
    } else {
      if (input === 'j' || key.downArrow) return setSelected((s) => Math.min(s + 1, shown.length - 1));
      if (input === 'k' || key.upArrow) return setSelected((s) => Math.max(s - 1, 0));
      if (key.return && current) return void openTicket(current);
      if (input === 'm') return setFilter((f) => ({ ...f, mine: !f.mine }));
      if (input === '1' || input === '2') return setFilter((f) => ({ ...f, level: Number(input) as 1 | 2 }));
      if (input === '0') return setFilter((f) => ({ ...f, level: undefined }));
      if (input === 'x') return setFilter(NO_FILTER);
      if (input === 'C')
        return ask(WORDS.customerFilter, (a) => setFilter((f) => ({ ...f, customer: a.trim() || undefined })));
      if (input === 'T') return ask(WORDS.tagFilter, (a) => setFilter((f) => ({ ...f, tag: a.trim() || undefined })));
    }
    if (input === 'g') return void load();
    if (input === '?') return setView({ kind: 'text', title: t('tuiWords.keysTitle'), text: keysText(), top: 0 });
    if (input === 'O')
      return ask(WORDS.newCall, (answer) => {
        const [customer, ...title] = answer.trim().split(/\s+/);
        if (!customer || !title.length) return setMessage(WORDS.newCallProblem);
        void run(['open', '--customer', customer, '--channel', 'phone', '--title', title.join(' ')]);
      });
    if (!current) return;
    if (input === 'K') return void suggestion(current);
    const action = actionFor(input);
    if (!action) return;
    if (!action.ask) return void act(current, action, '');
    const editor = action.inEditor && editorSet;
    ask(`${action.ask} (${current.short})${editor ? WORDS.emptyForEditor : ''}`, (answer) => {
      if (!answer.trim() && editor) return void writeInEditor(action.inEditor!(current.id));
      if (!answer.trim() && !action.optional) return setMessage(WORDS.nothingGiven(action.label));
      void act(current, action, answer);
    });
  };

  const width = size.columns;
  const bodyHeight = Math.max(3, size.rows - 4);
  const paint = (text: string, colourName?: string, inverse = false) =>
    h(Text, { color: colour ? colourName : undefined, inverse: colour && inverse, wrap: 'truncate' }, text);

  const title = WORDS.title(describeFilter(filter), shown.length, rows.length, heading);
  let body: ReactElement[];
  if (view.kind === 'list') {
    const first = Math.max(0, Math.min(selected - bodyHeight + 1, shown.length - bodyHeight));
    body = shown.slice(first, first + bodyHeight).map((r, i) => {
      const at = first + i;
      const chosen = at === Math.min(selected, shown.length - 1);
      const text = rowLine(r, width - 2, clock);
      const tone = isOverdue(r, clock) ? 'red' : r.mine ? 'cyan' : undefined;
      return h(Box, { key: r.id }, paint(`${chosen ? '>' : ' '} ${cut(text, width - 2)}`, tone, chosen));
    });
    if (!shown.length) body = [h(Box, { key: 'none' }, paint(rows.length ? WORDS.noMatch : WORDS.empty))];
  } else {
    const lines = wrap(view.text.trimEnd(), width);
    body = lines.slice(view.top, view.top + bodyHeight).map((l, i) => h(Box, { key: String(i) }, paint(l)));
  }
  // the words typed stay in view: a long question gives way to them
  const status = asking
    ? `${cut(asking.label, Math.max(12, width - [...asking.value].length - 4))}: ${asking.value}▏`
    : message;
  const help =
    view.kind === 'list'
      ? helpLine()
      : t('tuiWords.paneHelp', { actions: ACTIONS.map((a) => `${a.key} ${a.label}`).join('  ') });
  return h(
    Box,
    { flexDirection: 'column', width, height: size.rows },
    h(Box, {}, paint(cut(title, width), 'green')),
    h(Box, { flexDirection: 'column', flexGrow: 1 }, ...body),
    h(Box, {}, paint(cut(status, width), asking ? 'yellow' : undefined)),
    h(Box, {}, paint(cut(help, width), 'gray')),
  );
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

/** A ticket no longer in the queue (closed, handed off) while its pane is open: still the one keys act on. */
const shortRow = (id: string): QueueRow => ({
  id,
  short: id.slice(0, 7),
  title: '',
  customer: '',
  status: '',
  level: 1,
  priority: null,
  assignee: null,
  tags: [],
  mine: false,
  awaiting: false,
  need: '',
  sla: null,
});
