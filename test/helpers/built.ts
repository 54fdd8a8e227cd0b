import { resolve } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build the global setup made (test/setup/build.ts); unset in the unit project. */
    deskBuild?: string;
  }
}

const DESK = resolve(import.meta.dirname, '../../bin/desk.js');

/**
 * The launcher of the built CLI (bin/desk.js), for tests that run desk as a process. Only the
 * e2e and slow projects build it before their tests start; a unit or cli test asking for it would run
 * whatever build happens to be there, so it is told where it belongs instead.
 */
export function builtDesk(): string {
  if (!inject('deskBuild'))
    throw new Error(
      'this test runs the built desk as a process: it belongs in the e2e or slow project of vitest.config.ts, whose global setup builds desk first (docs/testing.md)',
    );
  return DESK;
}
