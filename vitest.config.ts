import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects (docs/testing.md): `unit` runs everything in-process — core, store, and the
 * command line through test/helpers (desk in-process against real temporary git repositories);
 * `e2e` runs the built CLI as a process where only a process shows it (terminals, pipes, crashes,
 * hooks and merge drivers started by git, commands racing each other); `slow` holds generated
 * helpdesks and builds. e2e and slow build desk in their global setup before their tests start.
 */
const E2E = [
  'test/cli/both-ways.test.ts',
  'test/code-repo/hooks.test.ts',
  'test/e2e/crashes.test.ts',
  'test/e2e/hostile-text.test.ts',
  'test/e2e/prompts-and-pipes.test.ts',
  'test/e2e/small-things.test.ts',
  'test/e2e/ci-docs.test.ts',
  'test/reports/cli-processes.test.ts',
  'test/sync/concurrency.test.ts',
  'test/sync/driver.test.ts',
  'test/sync/interrupted.test.ts',
  'test/sync/sync.test.ts',
  // the help center: publish copies the built browser bundle, and the site is tested in chromium
  'test/e2e/help-center.test.ts',
  // desk kb search as a process takes the lean path (src/cli/lean/), in-process the command table
  'test/e2e/kb-search-process.test.ts',
  'test/help-center/browser.test.ts',
  // mail: real IMAP and SMTP servers, desk killed mid-fetch and mid-send (docs/email.md)
  'test/mail/import.test.ts',
  'test/mail/fetch.test.ts',
  'test/mail/reply.test.ts',
  // dunning letters mailed through the outbox, desk killed mid-send
  'test/payments/dunning-mail-crash.test.ts',
  'test/sync/upgrade.test.ts',
  // the terminal: real shells and full-screen programs in tmux (docs/terminal.md)
  'test/terminal/completion-shells.test.ts',
  'test/terminal/editor.test.ts',
  'test/terminal/pager.test.ts',
  'test/terminal/tui.test.ts',
  // money: commands racing each other, clones syncing, an editor open while a sync arrives
  'test/money/check-then-write.test.ts',
  'test/money/clones.test.ts',
  'test/money/invoiced-periods.test.ts',
  'test/money/locks.test.ts',
  'test/money/moves-apart.test.ts',
];
const SLOW = [
  'test/scale/**/*.test.ts',
  'test/build/**/*.test.ts',
  // money: three clones, a remote, random schedules with kills (DESK_PROPERTY_RUNS)
  'test/money/multi-clone.property.test.ts',
];
const built = { globalSetup: ['test/setup/build.ts'] };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // the test files of a worker share the modules they load (desk's own keep nothing from one run
    // to the next, src/io/context.ts; no test mocks a module): loading them once per worker rather
    // than once per file took 40 % less CPU time for the unit project
    isolate: false,
    // the tests wait on git and desk processes much of the time: one worker per core, not one less
    maxWorkers: availableParallelism(),
    // as test/helpers' cleanEnv gives desk processes, so in-process runs see the same
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...E2E, ...SLOW] } },
      { extends: true, test: { name: 'e2e', include: E2E, ...built } },
      { extends: true, test: { name: 'slow', include: SLOW, ...built } },
    ],
  },
});
