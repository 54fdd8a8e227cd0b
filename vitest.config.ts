import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Four projects (docs/testing.md): `unit` is the quick loop — the rules, renderers and parsers
 * on their own, no repository, no files; `cli` runs the command line in-process through
 * test/helpers (desk against real temporary git repositories), and everything not listed
 * elsewhere lands there; `e2e` runs the built CLI as a process where only a process shows it
 * (terminals, pipes, crashes, hooks and merge drivers started by git, commands racing each
 * other); `slow` holds generated helpdesks, builds and the long property runs. e2e and slow build
 * desk in their global setup before their tests start.
 */
const UNIT = [
  'test/billing/contracts.test.ts',
  'test/billing/golden.test.ts',
  'test/billing/periods.test.ts',
  'test/billing/rules.test.ts',
  'test/calendar/business-calendar.test.ts',
  'test/calendar/config-validation.test.ts',
  'test/calendar/daylight-saving.test.ts',
  'test/calendar/golden-reaction-deadlines.test.ts',
  'test/calendar/reaction-status.test.ts',
  'test/calendar/resolution-status.test.ts',
  'test/code-repo/mentions.test.ts',
  'test/code-repo/session-measure.test.ts',
  'test/i18n/catalog.test.ts',
  'test/i18n/yes-no.test.ts',
  'test/invoice/cii-patch.test.ts',
  'test/invoice/every-invoice.test.ts',
  'test/invoice/fonts.test.ts',
  'test/invoice/golden.test.ts',
  'test/invoice/pdf-layout.test.ts',
  'test/invoice/runs.test.ts',
  'test/kb/article.test.ts',
  'test/kb/sample-kb.test.ts',
  'test/kb/text.test.ts',
  'test/mail/rules.test.ts',
  'test/money/apart.test.ts',
  'test/payments/dunning-mail-text.test.ts',
  'test/permissions/docs.test.ts',
  'test/reports/backlog.test.ts',
  'test/reports/customer.test.ts',
  'test/reports/docs.test.ts',
  'test/reports/hotspots.test.ts',
  'test/reports/period-and-metrics.test.ts',
  'test/reports/resolution.test.ts',
  'test/reports/sales.test.ts',
  'test/reports/satisfaction.test.ts',
  'test/reports/scope.test.ts',
  'test/reports/sla.test.ts',
  'test/reports/utilization.test.ts',
  'test/safe-text/destinations.test.ts',
  'test/sla/local-day.test.ts',
  'test/sla/ticket-sla.test.ts',
  'test/store/entry-shards.test.ts',
  'test/sync/invoice-numbers.test.ts',
  'test/terminal/pieces.test.ts',
  'test/time.test.ts',
];
const E2E = [
  'test/cli/both-ways.test.ts',
  'test/code-repo/hooks.test.ts',
  'test/e2e/crashes.test.ts',
  'test/e2e/hostile-text.test.ts',
  'test/e2e/prompts-and-pipes.test.ts',
  'test/e2e/small-things.test.ts',
  // what a command loads, recorded in the process a person starts
  'test/e2e/startup-packages.test.ts',
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
  'test/mail/fetch.test.ts',
  'test/mail/reply.test.ts',
  // dunning letters mailed through the outbox, desk killed mid-send
  'test/payments/dunning-mail-crash.test.ts',
  // staff notifications: desk killed between committing and sending, two clones racing (docs/communication.md)
  'test/notify/notify-clones.test.ts',
  'test/sync/upgrade.test.ts',
  // the terminal: real shells and full-screen programs in tmux (docs/terminal.md)
  'test/terminal/completion-shells.test.ts',
  'test/terminal/editor.test.ts',
  'test/terminal/pager.test.ts',
  'test/terminal/tui.test.ts',
  'test/terminal/tui-plain.test.ts',
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
  // properties of the rules over thousands of generated cases: pure, but seconds each
  'test/billing/properties.test.ts',
  'test/calendar/calendar-properties.test.ts',
  'test/invoice/properties.test.ts',
  'test/money/exactly-once.property.test.ts',
  'test/reports/properties.test.ts',
  'test/sync/merge.property.test.ts',
];
/**
 * The longest files first, so that the last minutes of a run are not one long file on one core
 * while the other waits: the slow project's, then e2e's, cli's and unit's (vitest's own order
 * is by project name, which starts the slow project's long files last). Within a project,
 * vitest's order: files that failed last time, then the longest, or the largest when it has
 * no times yet (a fresh checkout, as in CI).
 */
const LONGEST_FIRST = ['slow', 'e2e', 'cli', 'unit'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => LONGEST_FIRST.indexOf(spec.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

const scratch = { globalSetup: ['test/setup/scratch.ts'] };
const built = { globalSetup: ['test/setup/scratch.ts', 'test/setup/build.ts'] };

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
    sequence: { sequencer: LongestFirst },
    // the transformed modules kept in node_modules between runs, keyed on each file's content:
    // the next run of the unit project took 3.8 s instead of 4.8 s (a fresh install, as in CI,
    // transforms everything once); desk's config has no plugin that reads other files, the
    // case in which vitest says such a cache could be stale
    experimental: { fsModuleCache: true },
    // as test/helpers' cleanEnv gives desk processes, so in-process runs see the same
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, ...scratch } },
      {
        extends: true,
        test: { name: 'cli', include: ['test/**/*.test.ts'], exclude: [...UNIT, ...E2E, ...SLOW], ...scratch },
      },
      { extends: true, test: { name: 'e2e', include: E2E, ...built } },
      { extends: true, test: { name: 'slow', include: SLOW, ...built } },
    ],
  },
});
