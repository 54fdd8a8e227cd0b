import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type Generated } from './generated.js';

/**
 * Through the index a report reads only the tickets that can matter for its period and as-of
 * instant (core/reports/scope.ts); without it, every ticket file. On ten years of history the
 * two must print the same, for a period now and one years back, in text and JSON.
 *
 * What the comparison can catch is a ticket left out that counts: one whose span crosses an edge
 * scope.ts draws (a window's first day, its last, the backlog's snapshot, hotspots' period
 * before, the ratings' trend, a customer's look-back for sales), or a live ticket whose span
 * ended long ago. 1,500 tickets still put tickets across every edge of these periods (two to
 * six spanning each, four to ten ending or beginning in the two weeks either side) and 13 live
 * ones, and catch every break of scope.ts the 2,000 did: windows a day late, the end three days
 * early, live tickets, sales' look-back, the trend or the period before left out, ratings
 * counted from a week in. With 1,000 the end three days early went unseen.
 */
let hd: Generated;
let customer: string;
beforeAll(() => {
  // the reports only read: they run in the generated helpdesk itself
  hd = generate(1500, { customers: 30, articles: 50, years: 10, seed: 3 }).original();
  customer = readdirSync(join(hd.root, 'contracts'))[0]!.replace(/\.yaml$/, '');
}, 180_000);
afterAll(() => hd?.cleanup());

async function same(args: string[]): Promise<string> {
  const files = await hd.desk(args, 'files');
  const index = await hd.desk(args, 'warm');
  expect({ args, code: index.code, stdout: index.stdout, stderr: index.stderr }).toEqual({
    args,
    code: files.code,
    stdout: files.stdout,
    stderr: files.stderr,
  });
  return files.stdout;
}

const REPORTS = ['backlog', 'customer', 'hotspots', 'resolution', 'sales', 'satisfaction', 'sla'];
const PERIODS = ['2026-Q3', '2019-Q1'];

describe('reports read the tickets that can matter, and print what they print from every file', () => {
  for (const report of REPORTS) {
    it(
      report,
      async () => {
        const name = report === 'customer' ? ['report', 'customer', customer] : ['report', report];
        for (const period of PERIODS) {
          const json = JSON.parse(await same([...name, '--period', period, '--json'])) as { period: { label: string } };
          expect(json.period.label).toBe(period);
          await same([...name, '--period', period]);
        }
      },
      240_000,
    );
  }

  it('as of a day years back, and for one customer', async () => {
    await same(['report', 'backlog', '--period', '2019-03', '--as-of', '2019-03-15 12:00', '--json']);
    await same(['report', 'sales', '--period', '2020', '--as-of', '2020-08-31', '--json']);
    await same(['report', 'satisfaction', '--period', '2026-11', '--customer', customer, '--json']);
    await same(['report', 'hotspots', '--period', '2017', '--customer', customer]);
  }, 240_000);

  it('utilization, of the last quarter and of one years back, counts as every file does', async () => {
    for (const period of PERIODS) {
      const json = JSON.parse(await same(['report', 'utilization', '--period', period, '--json'])) as {
        data: { rows: { current: { used: number } }[] };
      };
      // quotas were used in both periods: the comparison is of figures, not of two empty tables
      expect(json.data.rows.some((r) => r.current.used > 0)).toBe(true);
      await same(['report', 'utilization', '--period', period]);
    }
  }, 240_000);
});
