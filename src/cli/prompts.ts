import { usage } from '../core/errors.js';

/** Prompts only where a person can answer: stdin and stdout both terminals. */
export function interactive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
}

/**
 * A value from its flag, or asked for when interactive; otherwise an error naming the flag.
 * Inquirer is loaded only when a question is actually asked.
 */
export async function need<T>(
  value: T | undefined,
  flag: string,
  ask: (p: typeof import('@inquirer/prompts')) => Promise<T>,
): Promise<T> {
  if (value !== undefined && value !== '') return value;
  if (!interactive()) throw usage(`missing ${flag}`, `give ${flag}, or run desk in a terminal to be asked`);
  return ask(await import('@inquirer/prompts'));
}

export async function confirm(message: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!interactive()) throw usage(`${message} — confirm with --yes`);
  const { confirm: ask } = await import('@inquirer/prompts');
  return ask({ message, default: false });
}
