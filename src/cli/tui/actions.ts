import { t } from '../../i18n/index.js';

/**
 * The keys of `desk tui` that act on the selected ticket, each the desk command a person would
 * type. An action that needs words asks for them on one line (`ask`); `args` turns the answer
 * into the command's arguments, or says what is wrong with it.
 */
export interface Action {
  key: string;
  label: string;
  ask?: string;
  /** Whether an empty answer is allowed (wait: the default follow-up day). */
  optional?: boolean;
  args: (id: string, answer: string) => string[] | { problem: string };
  /** The command that asks for the text itself: with an editor set, an empty answer opens it. */
  inEditor?: (id: string) => string[];
}

/** Who `desk tui` acts as (its --as, else the person at the keyboard): "take" assigns to them. */
let me: string | undefined;
export function actingAs(id: string | undefined): void {
  me = id;
}

const HANDOFF_TO: Record<string, string> = {
  p: 'project-lead',
  'project-lead': 'project-lead',
  s: 'sales',
  sales: 'sales',
};

export const ACTIONS: readonly Action[] = [
  {
    key: 'r',
    label: 'reply',
    ask: 'Reply to the customer',
    args: (id, a) => ['reply', id, '-m', a],
    inEditor: (id) => ['reply', id],
  },
  {
    key: 'n',
    label: 'note',
    ask: 'Internal note',
    args: (id, a) => ['comment', id, '-m', a],
    inEditor: (id) => ['comment', id],
  },
  {
    key: 'f',
    label: 'qualify',
    ask: 'Qualify: category product[/module] priority',
    args: (id, a) => {
      const [category, product, priority] = a.split(/\s+/);
      if (!category || !product || !priority) return { problem: 'give category, product and priority' };
      return ['qualify', id, '--category', category, '--product', product, '--priority', priority];
    },
  },
  { key: 'e', label: 'escalate', ask: 'Why Second Level', args: (id, a) => ['escalate', id, '--reason', a] },
  {
    key: 'l',
    label: 'log time',
    ask: 'Log: duration [activity] [note]',
    args: (id, a) => {
      const [duration, activity, ...note] = a.split(/\s+/);
      if (!duration) return { problem: 'give a duration, e.g. 30m' };
      return [
        'log',
        id,
        duration,
        ...(activity ? ['--activity', activity] : []),
        ...(note.length ? ['-m', note.join(' ')] : []),
      ];
    },
  },
  {
    key: 'w',
    label: 'wait',
    ask: 'Follow up on (a day, 3d; empty: the default)',
    optional: true,
    args: (id, a) => ['wait', id, ...(a ? ['--until', a] : [])],
  },
  {
    key: 's',
    label: 'resolve',
    ask: 'The solution',
    args: (id, a) => ['resolve', id, '--solution', a],
    inEditor: (id) => ['resolve', id],
  },
  {
    key: 'c',
    label: 'close',
    ask: 'Accepted by (name at the customer)',
    args: (id, a) => ['close', id, '--accepted-by', a],
  },
  {
    key: 'a',
    get label() {
      return t('tui.assign');
    },
    get ask() {
      return t('tui.assignAsk');
    },
    optional: true,
    // empty: take it yourself
    args: (id, a) => ['assign', id, a || me || ''],
  },
  {
    key: 't',
    get label() {
      return t('tui.tag');
    },
    get ask() {
      return t('tui.tagAsk');
    },
    args: (id, a) => {
      const tags = a.split(/\s+/).filter(Boolean);
      if (!tags.length || tags.some((tag) => !/^[+-]./.test(tag))) return { problem: t('tui.tagProblem') };
      return ['tag', id, ...tags];
    },
  },
  {
    key: 'h',
    get label() {
      return t('tui.handoff');
    },
    get ask() {
      return t('tui.handoffAsk');
    },
    args: (id, a) => {
      const [to, ...why] = a.split(/\s+/);
      const target = HANDOFF_TO[(to ?? '').toLowerCase()];
      if (!target || !why.length) return { problem: t('tui.handoffProblem') };
      return ['handoff', id, '--to', target, '--reason', why.join(' ')];
    },
  },
];

export const actionFor = (key: string): Action | undefined => ACTIONS.find((a) => a.key === key);
