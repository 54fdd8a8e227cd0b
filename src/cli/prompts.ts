import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { language, t, type Key } from '../i18n/index.js';
import { yesOrNo } from '../i18n/yes-no.js';
import { io } from '../io/context.js';

type Prompts = typeof import('@inquirer/prompts');

/** Prompts only where a person can answer: stdin and stdout both terminals. */
export function interactive(): boolean {
  return Boolean(io().stdin.isTTY && io().stdout.isTTY) && !io().env.CI;
}

/**
 * The prompts, asking on the run's own terminal (its stdin and stdout). Inquirer is loaded only
 * when a question is actually asked.
 */
export async function prompts(): Promise<Prompts> {
  const loaded = await import('@inquirer/prompts');
  const context = { input: io().stdin, output: io().stdout };
  const bound = Object.entries(loaded).map(([name, value]) =>
    typeof value === 'function' && name !== 'Separator'
      ? [name, (config: object) => (value as (c: unknown, x: object) => unknown)(inOurWords(config), context)]
      : [name, value],
  );
  return Object.fromEntries(bound) as Prompts;
}

/**
 * Inquirer's own words in the reader's language: the key tips under a list (↑↓ navigate,
 * ⏎ select) and the answer of a yes/no question. English keeps Inquirer's.
 */
function inOurWords(config: object): object {
  if (language() === 'en') return config;
  const tip = (keys: [string, string][]) =>
    keys.map(([key, action]) => `${key} ${KEY_ACTIONS[action] ? t(KEY_ACTIONS[action]) : action}`).join(' • ');
  return {
    transformer: (answer: unknown) => (typeof answer === 'boolean' ? t(answer ? 'words.yes' : 'words.no') : answer),
    ...config,
    theme: { style: { keysHelpTip: tip } },
  };
}
const KEY_ACTIONS: Record<string, Key> = {
  navigate: 'tickets.keyNavigate',
  select: 'tickets.keySelect',
  submit: 'tickets.keySubmit',
  all: 'tickets.keyAll',
  invert: 'tickets.keyInvert',
};

/** A value from its flag, or asked for when interactive; otherwise an error naming the flag. */
export async function need<T>(value: T | undefined, flag: string, ask: (p: Prompts) => Promise<T>): Promise<T> {
  if (value !== undefined && value !== '') return value;
  if (!interactive()) throw usage(text('tickets.missingFlag', { flag }), text('tickets.missingFlagHint', { flag }));
  return ask(await prompts());
}

/** A yes/no question that must be answered: `--yes` answers it; without a terminal, the flag is asked for. */
export async function confirm(message: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!interactive()) throw usage(text('tickets.confirmWithYes', { question: message }));
  return askYesNo(message);
}

/**
 * A yes/no question at the terminal, `(y/N)` in English and `(j/N)` in German. Inquirer's own
 * confirm knows only y and n, so this is its line input: German takes j/ja/n/nein (and y/yes/no),
 * anything else is asked again; Enter keeps `byDefault`.
 */
export async function askYesNo(question: string, byDefault = false): Promise<boolean> {
  const lang = language();
  const { input } = await prompts();
  const answer = await input({
    message: `${question} ${t(byDefault ? 'system.yesNoHintYes' : 'system.yesNoHint')}`,
    validate: (typed: string) => yesOrNo(typed, lang, byDefault) !== undefined || t('system.yesNoAgain'),
  });
  return yesOrNo(answer, lang, byDefault) ?? byDefault;
}
