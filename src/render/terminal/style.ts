import shared, { Chalk, type ChalkInstance } from 'chalk';
import { io, perRun } from '../../io/context.js';

/** Colour only on a terminal; NO_COLOR and FORCE_COLOR honoured as everywhere. */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}

const colours = perRun(() => {
  const { stdout, stderr, env } = io();
  return {
    out: new Chalk({ level: colourEnabled(stdout, env) ? 1 : 0 }),
    err: new Chalk({ level: colourEnabled(stderr, env) ? 1 : 0 }),
  };
});
/** A chalk that colours as the current run's stream allows (each run may write to another). */
const chalkOf = (pick: (c: ReturnType<typeof colours>) => ChalkInstance): ChalkInstance =>
  new Proxy(new Chalk({ level: 0 }), {
    get: (_target, key) => Reflect.get(pick(colours()), key),
    apply: (_target, _this, args: unknown[]) => pick(colours())(...args),
  });
/** Colours for stdout and for stderr. */
export const paint: ChalkInstance = chalkOf((c) => c.out);
export const paintErr: ChalkInstance = chalkOf((c) => c.err);

/**
 * Libraries that colour through chalk's default instance (Ink in the tui, marked-terminal in
 * `kb show`) colour as desk decides for stdout: the bundles leave chalk's own detection out
 * (scripts/bundle.mjs), which would otherwise find no colour anywhere.
 */
export function libraryColoursAsStdout(): void {
  shared.level = paint.level;
}

/** A plain table: columns padded to the widest cell, colour codes not counted. */
export function table(rows: string[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  // eslint-disable-next-line no-control-regex
  const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
  const widths: number[] = [];
  for (const row of all) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visible(cell))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - visible(cell))))
      .join('  ')
      .trimEnd();
  const out = all.map(line);
  if (header) out[0] = paint.bold(out[0] ?? '');
  return out.join('\n');
}
