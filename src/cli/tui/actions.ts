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
];

export const actionFor = (key: string): Action | undefined => ACTIONS.find((a) => a.key === key);
