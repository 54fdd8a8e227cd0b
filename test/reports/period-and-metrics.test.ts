import { describe, expect, it } from 'vitest';
import { failures, parseAsOf, parseThreshold, reportNamed, reportPeriod } from '../../src/core/reports/index.js';
import { SLA_METRICS } from '../../src/core/reports/sla.js';
import { median, percent, percentile } from '../../src/core/reports/stats.js';

const NOW = new Date('2026-11-26T14:30:00Z');
const TZ = 'Europe/Berlin';

describe('as of and period', () => {
  it('reads a day as its end in the company time zone, a time as that instant, nothing as now', () => {
    expect(parseAsOf('2026-11-20', NOW, TZ)).toEqual({
      at: new Date('2026-11-20T22:59:59.999Z'),
      day: '2026-11-20',
      label: '2026-11-20',
    });
    expect(parseAsOf('2026-07-20', NOW, TZ).at).toEqual(new Date('2026-07-20T21:59:59.999Z')); // summer time
    expect(parseAsOf('2026-11-20 12:00', NOW, TZ)).toMatchObject({
      at: new Date('2026-11-20T11:00:00Z'),
      label: '2026-11-20 12:00',
    });
    expect(parseAsOf(undefined, NOW, TZ)).toEqual({ at: NOW, day: '2026-11-26', label: '2026-11-26 15:30' });
  });

  it('refuses an as-of day in the future or that does not exist', () => {
    expect(() => parseAsOf('2026-11-27', NOW, TZ)).toThrow(
      '--as-of: 2026-11-27 is in the future (today is 2026-11-26)',
    );
    expect(() => parseAsOf('2026-02-30', NOW, TZ)).toThrow('--as-of: "2026-02-30" is not a date');
    expect(() => parseAsOf('gestern', NOW, TZ)).toThrow(/--as-of: "gestern" is not a date and time/);
  });

  it('defaults to the month of the as-of day and counts a running period through that day', () => {
    const asOf = parseAsOf('2026-11-20', NOW, TZ);
    expect(reportPeriod(undefined, asOf)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      label: '2026-11',
      kind: 'month',
      through: '2026-11-20',
      partial: true,
    });
    expect(reportPeriod('2026-Q3', asOf)).toMatchObject({ kind: 'quarter', through: '2026-09-30', partial: false });
    expect(() => reportPeriod('2026-12', asOf)).toThrow('--period: 2026-12 has not begun as of 2026-11-20');
    expect(() => reportPeriod('2026-13', asOf)).toThrow('--period: "2026-13" is not a period');
    expect(() => reportPeriod('', asOf)).toThrow('--period: empty');
  });
});

describe('metrics and thresholds', () => {
  it('parses METRIC=VALUE, hours also as durations, and lists the metrics of the report for an unknown one', () => {
    expect(parseThreshold('sla.compliance=95', 'under', SLA_METRICS, 'sla')).toEqual({
      metric: 'sla.compliance',
      bound: 'under',
      value: 95,
    });
    expect(parseThreshold('sla.p90=1h30m', 'over', SLA_METRICS, 'sla').value).toBe(1.5);
    expect(() => parseThreshold('utilization.max=120', 'over', SLA_METRICS, 'sla')).toThrow(
      '--fail-over: report sla has no metric "utilization.max"',
    );
    try {
      parseThreshold('x=1', 'under', SLA_METRICS, 'sla');
    } catch (e) {
      expect((e as { hint: string }).hint).toBe(
        'metrics of sla: sla.compliance, sla.breaches, sla.pending, sla.received, sla.median, sla.p90',
      );
    }
    expect(() => parseThreshold('sla.compliance', 'under', SLA_METRICS, 'sla')).toThrow('is not METRIC=VALUE');
    expect(() => parseThreshold('sla.compliance=viel', 'under', SLA_METRICS, 'sla')).toThrow(
      '"viel" is not a value for sla.compliance',
    );
  });

  it('fails a threshold not met, and one whose metric has no value', () => {
    const values = { 'sla.compliance': 87.5, 'sla.breaches': 3, 'sla.median': null };
    expect(failures(values, [{ metric: 'sla.compliance', bound: 'under', value: 87.5 }])).toEqual([]);
    expect(
      failures(values, [
        { metric: 'sla.compliance', bound: 'under', value: 95 },
        { metric: 'sla.breaches', bound: 'over', value: 0 },
        { metric: 'sla.median', bound: 'over', value: 4 },
      ]).map((f) => [f.metric, f.actual]),
    ).toEqual([
      ['sla.compliance', 87.5],
      ['sla.breaches', 3],
      ['sla.median', null],
    ]);
  });

  it('refuses an unknown report with the list of reports', () => {
    expect(() => reportNamed('umsatz')).toThrow('unknown report "umsatz"');
    try {
      reportNamed('umsatz');
    } catch (e) {
      expect((e as { hint: string }).hint).toBe(
        'reports: utilization, sla, resolution, hotspots, satisfaction, sales, customer, backlog',
      );
    }
  });

  it('rounds percentages to one decimal and takes medians and nearest-rank percentiles', () => {
    expect([percent(2, 3), percent(1, 8), percent(0, 0), percent(5, 5)]).toEqual([66.7, 12.5, null, 100]);
    expect([median([3, 1, 2]), median([1, 2]), median([])]).toEqual([2, 2, null]);
    expect([percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), percentile([5], 90), percentile([1, 2, 3], 90)]).toEqual([
      9, 5, 3,
    ]);
  });
});
