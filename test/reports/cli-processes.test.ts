// `desk report` where only a process shows it: the machine's time zone and locale (a process
// setting, which an in-process run cannot change), and a report killed while it is written. What
// a process far away prints is held against the same report run in-process, in UTC.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { runInProcess } from '../helpers/in-process.js';
import { AS_OF, reportFiles } from './cli-helpdesk.js';

let hd: TempHelpdesk;
let out: string;
beforeAll(() => {
  hd = tempHelpdesk(reportFiles());
  out = mkdtempSync(join(tmpdir(), 'desk-report-out-'));
});
afterAll(() => {
  hd.cleanup();
  rmSync(out, { recursive: true, force: true });
});

// 22 desk processes one after another: generous on a loaded machine (speed is measured by benchmarks, not here)
describe('desk report as a process', { timeout: 240_000 }, () => {
  it('prints the same bytes whatever the machine time zone and locale', async () => {
    const cases: string[][] = [
      ...['utilization', 'sla', 'resolution', 'hotspots', 'satisfaction', 'sales', 'backlog'].map((r) => [r]),
      ['customer', 'acme'],
      ...['md', 'json', 'csv', 'html'].flatMap((f) => [
        ['utilization', '--format', f],
        ['sla', '--format', f],
        ['customer', 'acme', '--format', f],
      ]),
      ['utilization', '--format', 'csv', '--csv-locale', 'de'],
    ];
    for (const args of cases) {
      const here = await runInProcess(['report', ...args, ...AS_OF], {
        cwd: hd.root,
        // on the files alone: an index written from src/ would be another build's to the processes,
        // which would build theirs again at every case
        env: cleanEnv({ DESK_USER: 'mk', TZ: 'UTC', LANG: 'C', DESK_NO_INDEX: '1' }),
      });
      expect(here.code, here.stderr).toBe(0);
      // a German locale also makes desk speak German to the reader (docs/commands.md#language): the
      // reader is pinned to English for what people read; --json and CSV keys never follow the language
      const forPrograms = args.includes('json') || args.includes('csv');
      const elsewhere = hd.ok(['report', ...args, ...AS_OF], {
        env: {
          TZ: 'Pacific/Chatham',
          LANG: 'de_DE.UTF-8',
          LC_ALL: 'de_DE.UTF-8',
          ...(forPrograms ? {} : { DESK_LANG: 'en' }),
        },
      });
      expect(elsewhere, args.join(' ')).toBe(here.stdout);
      expect(here.stdout.length, args.join(' ')).toBeGreaterThan(100);
    }
  });

  it('a report killed while it is written leaves no file behind', () => {
    const fresh = join(out, 'killed.md');
    const killed = hd.desk(['report', 'sla', ...AS_OF, '--out', fresh], { env: { DESK_FAULT: 'mid-write' } });
    expect(killed.code).not.toBe(0);
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toEqual([]);
  });
});
