import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { AS_OF, reportFiles } from './cli-helpdesk.js';

/*
 * `desk report` on the command line (in-process; the time zone and a killed write in
 * cli-processes.test.ts) on a temporary helpdesk whose ticket files are
 * written event by event. November 2026, as of the 20th: ACME (10 h quota, 4 h reaction time)
 * answered one request in time and one late; it used 6 h of its quota.
 */
let hd: InProcessHelpdesk;
let out: string;
beforeAll(() => {
  hd = helpdesk(reportFiles());
  out = mkdtempSync(join(tmpdir(), 'desk-report-out-'));
});
afterAll(() => {
  hd.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('desk report on the command line', () => {
  it('shows the hand-worked figures', async () => {
    const sla = JSON.parse(await hd.ok(['report', 'sla', '--json', ...AS_OF]));
    expect(sla.metrics).toMatchObject({ 'sla.compliance': 50, 'sla.breaches': 1, 'sla.received': 3 });
    const text = await hd.ok(['report', 'utilization', ...AS_OF]);
    expect(text).toMatch(
      /^acme\s+service, month\s+2026-11\s+20 of 30\s+10:00\s+6:00\s+4:00\s+0:00\s+€0\.00\s+60\.0%\s+90\.0%\s+▁▁▁▁▁▅$/m,
    );
    expect(text).toContain('Billed per use on 2026-11-20: dorn.');
  });

  it('exits 3 naming the figures a --fail-under or --fail-over threshold missed, after printing the report', async () => {
    const r = await hd.desk([
      'report',
      'sla',
      ...AS_OF,
      '--fail-under',
      'sla.compliance=95',
      '--fail-over',
      'sla.breaches=0',
      '--fail-over',
      'sla.p90=4h',
    ]);
    expect(r.code).toBe(3);
    // answered after 30, 120 and 300 service minutes: the 90th percentile is 300 minutes = 5 h
    expect(r.stderr).toContain(
      'desk: 3 of 3 thresholds not met: sla.compliance is 50, under 95; sla.breaches is 1, over 0; sla.p90 is 5, over 4',
    );
    expect(r.stdout).toContain('Reaction times');
    expect((await hd.desk(['report', 'sla', ...AS_OF, '--fail-under', 'sla.compliance=50'])).code).toBe(0);
  });

  it('writes --out in the format its extension names, and leaves the file as it was on failure', async () => {
    const page = join(out, 'sla.html');
    expect(await hd.ok(['report', 'sla', ...AS_OF, '--out', page])).toContain(`Wrote the sla report (html) to ${page}`);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg');
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(
      /https?:|<script|<link|@import|url\(/,
    );
    const failures: [string[], RegExp][] = [
      [['report', 'sla', ...AS_OF, '--fail-under', 'sla.speed=1'], /report sla has no metric "sla.speed"/],
      [
        ['report', 'sla', '--as-of', '2026-11-20', '--period', '2026-12'],
        /--period: 2026-12 has not begun as of 2026-11-20/,
      ],
      [
        ['report', 'utilization', ...AS_OF, '--customer', 'dorn'],
        /customer dorn has no service contract or commitment on 2026-11-20/,
      ],
    ];
    writeFileSync(page, 'the previous report\n');
    for (const [args, message] of failures) {
      const r = await hd.desk([...args, '--out', page]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(readFileSync(page, 'utf8')).toBe('the previous report\n');
    }
  });

  it('refuses an --out that is a folder, or lies below a file, before anything is computed', async () => {
    const file = join(out, 'a-file');
    writeFileSync(file, 'not a folder\n');
    for (const [given, message] of [
      [out, `--out: ${out} is a folder; give a file name such as report.csv`],
      [join(file, 'x.csv'), `--out: ${file} is a file, so it cannot hold ${join(file, 'x.csv')}`],
      [join(file, 'deeper', 'x.csv'), `--out: ${file} is a file, so it cannot hold ${join(file, 'deeper', 'x.csv')}`],
    ] as [string, string][]) {
      const r = await hd.desk(['report', 'sla', ...AS_OF, '--out', given]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`desk: ${message}`);
      expect(r.stderr).not.toContain('unexpected');
    }
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });

  it('refuses unknown reports and bad periods with what is valid, and says when a period is empty', async () => {
    const unknown = await hd.desk(['report', 'umsatz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'hint: reports: utilization, sla, resolution, hotspots, satisfaction, sales, customer, backlog',
    );
    expect((await hd.desk(['report'])).stderr).toMatch(/which report\?.*\nhint: reports: utilization \(quota/);
    expect((await hd.desk(['report', 'sla', '--period', 'November'])).stderr).toContain(
      '--period: "November" is not a period',
    );
    expect((await hd.desk(['report', 'sla', '--as-of', '2030-01-01'])).stderr).toMatch(
      /--as-of: 2030-01-01 is in the future/,
    );
    expect((await hd.desk(['report', 'sla', '--format', 'pdf'])).stderr).toContain(
      '--format: "pdf" is not one of table, md, json, csv, html',
    );
    expect((await hd.desk(['report', 'customer'])).stderr).toContain('which customer?');
    expect((await hd.desk(['report', 'customer', 'nobody'])).stderr).toContain('unknown customer "nobody"');
    expect(await hd.ok(['report', 'sla', ...AS_OF, '--period', '2026-03'])).toContain(
      'No requests were received in 2026-03 through 2026-03-31.',
    );
    const empty = await hd.desk([
      'report',
      'sla',
      ...AS_OF,
      '--period',
      '2026-03',
      '--fail-under',
      'sla.compliance=90',
    ]);
    expect(empty.code).toBe(3);
    expect(empty.stderr).toContain('sla.compliance has no value in this period');
  });

  it('writes CSV for German spreadsheets and Markdown for a CI job summary', async () => {
    const csv = await hd.ok(['report', 'utilization', ...AS_OF, '--format', 'csv', '--csv-locale', 'de']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('acme;service, month;2026-11;20 of 30;10,00;6,00;4,00;0,00;0,00;60,0;90,0;0 0 0 0 0 60\r\n');
    const plain = await hd.ok(['report', 'utilization', ...AS_OF, '--format', 'csv']);
    expect(plain).toContain(
      'acme,"service, month",2026-11,20 of 30,10.00,6.00,4.00,0.00,0.00,60.0,90.0,0 0 0 0 0 60\r\n',
    );
    const md = await hd.ok(['report', 'satisfaction', ...AS_OF, '--format', 'md']);
    expect(md).toMatch(/^# Customer satisfaction\n/);
    expect(md).toContain('| Average score | 5.00 | `satisfaction.average` |');
    expect(md).toContain('| 2026-11-04 | T-00000000000A | acme | 5 |  | Sehr gut; schnell |');
  });
});

describe('desk report on the sample helpdesk', () => {
  it('runs every report on a copy of the sample without a problem', async () => {
    const repo = resolve(import.meta.dirname, '../..');
    const copy = helpdesk({});
    try {
      for (const part of ['desk.yaml', 'contracts', 'tickets'])
        cpSync(join(repo, part), join(copy.root, part), { recursive: true });
      copy.git('add', '-A');
      copy.git('commit', '-qm', 'sample');
      for (const args of [
        ['utilization'],
        ['sla'],
        ['resolution'],
        ['hotspots'],
        ['satisfaction'],
        ['sales'],
        ['backlog'],
        ['customer', 'acme'],
      ]) {
        const r = await copy.desk([
          'report',
          ...args,
          '--as-of',
          '2026-11-26',
          '--period',
          '2026-Q4',
          '--format',
          'json',
        ]);
        expect(r.stderr, args.join(' ')).toBe('');
        expect(r.code, args.join(' ')).toBe(0);
      }
      const utilization = JSON.parse(await copy.ok(['report', 'utilization', '--as-of', '2026-11-26', '--json']));
      expect(utilization.metrics['utilization.customers']).toBe(10);
      const satisfaction = JSON.parse(
        await copy.ok(['report', 'satisfaction', '--as-of', '2026-11-26', '--period', '2026', '--json']),
      );
      expect(satisfaction.metrics['satisfaction.responses']).toBe(15);
    } finally {
      copy.cleanup();
    }
  });
});
