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
    get label() {
      return t('tuiWords.reply');
    },
    get ask() {
      return t('tuiWords.replyAsk');
    },
    args: (id, a) => ['reply', id, '-m', a],
    inEditor: (id) => ['reply', id],
  },
  {
    key: 'n',
    get label() {
      return t('tuiWords.note');
    },
    get ask() {
      return t('tuiWords.noteAsk');
    },
    args: (id, a) => ['comment', id, '-m', a],
    inEditor: (id) => ['comment', id],
  },
  {
    key: 'f',
    get label() {
      return t('tuiWords.qualify');
    },
    get ask() {
      return t('tuiWords.qualifyAsk');
    },
    args: (id, a) => {
      const [category, product, priority] = a.split(/\s+/);
      if (!category || !product || !priority) return { problem: t('tuiWords.qualifyProblem') };
      return ['qualify', id, '--category', category, '--product', product, '--priority', priority];
    },
  },
  {
    key: 'e',
    get label() {
      return t('tuiWords.escalate');
    },
    get ask() {
      return t('tuiWords.escalateAsk');
    },
    args: (id, a) => ['escalate', id, '--reason', a],
  },
  {
    key: 'l',
    get label() {
      return t('tuiWords.log');
    },
    get ask() {
      return t('tuiWords.logAsk');
    },
    args: (id, a) => {
      const [duration, activity, ...note] = a.split(/\s+/);
      if (!duration) return { problem: t('tuiWords.logProblem') };
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
    get label() {
      return t('tuiWords.wait');
    },
    get ask() {
      return t('tuiWords.waitAsk');
    },
    optional: true,
    args: (id, a) => ['wait', id, ...(a ? ['--until', a] : [])],
  },
  {
    key: 's',
    get label() {
      return t('tuiWords.resolve');
    },
    get ask() {
      return t('tuiWords.resolveAsk');
    },
    args: (id, a) => ['resolve', id, '--solution', a],
    inEditor: (id) => ['resolve', id],
  },
  {
    key: 'c',
    get label() {
      return t('tuiWords.close');
    },
    get ask() {
      return t('tuiWords.closeAsk');
    },
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
