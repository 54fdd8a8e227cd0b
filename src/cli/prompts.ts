import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
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
      ? [name, (config: unknown) => (value as (c: unknown, x: object) => unknown)(config, context)]
      : [name, value],
  );
  return Object.fromEntries(bound) as Prompts;
}

/** A value from its flag, or asked for when interactive; otherwise an error naming the flag. */
export async function need<T>(value: T | undefined, flag: string, ask: (p: Prompts) => Promise<T>): Promise<T> {
  if (value !== undefined && value !== '') return value;
  if (!interactive()) throw usage(text('tickets.missingFlag', { flag }), text('tickets.missingFlagHint', { flag }));
  return ask(await prompts());
}

export async function confirm(message: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!interactive()) throw usage(text('tickets.confirmWithYes', { question: message }));
  return (await prompts()).confirm({ message, default: false });
}
