import { describe, expect, it } from 'vitest';
import { stripComments, template } from '../../src/cli/editor.js';
import { pagerCommand } from '../../src/cli/pager.js';
import { dueText, keep, rowLine, wrap, type QueueRow } from '../../src/cli/tui/queue-view.js';
import { buildCalendar } from '../../src/core/calendar/business-calendar.js';
import { defaultCalendarConfig } from '../../src/core/calendar/config.js';
import { recentPeriods } from '../../src/core/reports/recent-periods.js';

describe('the editor text, as git commit cleans it up', () => {
  it('drops comment lines, trailing blanks, blank lines at the ends and runs of them', () => {
    const file = template('Hallo Frau Vogt,', 'Message to the customer', ['T-4K7M2: Export']);
    expect(file).toMatch(/^Hallo Frau Vogt,\n\n# Message to the customer\./);
    expect(stripComments(`\n\nErste Zeile   \n\n\n\nZweite\n# weg\n${file}`)).toBe(
      'Erste Zeile\n\nZweite\nHallo Frau Vogt,',
    );
    expect(stripComments('# nur Kommentare\n#\n   \n')).toBe('');
    expect(stripComments('Text\r\n# Kommentar\r\n')).toBe('Text');
  });
});

describe('which pager', () => {
  const env = (e: Record<string, string>) => e as NodeJS.ProcessEnv;
  it('takes DESK_PAGER, the person, the team, PAGER, then less -FRX; empty, cat, false or off mean none', () => {
    expect(pagerCommand(env({}), undefined, undefined)).toBe('less -FRX');
    expect(pagerCommand(env({ PAGER: 'more' }), undefined, undefined)).toBe('more');
    expect(pagerCommand(env({ PAGER: 'more' }), undefined, 'less -S')).toBe('less -S');
    expect(pagerCommand(env({ PAGER: 'more' }), undefined, false)).toBeUndefined();
    expect(pagerCommand(env({ PAGER: 'more' }), 'most', false)).toBe('most');
    expect(pagerCommand(env({ DESK_PAGER: 'lv' }), 'most', 'less')).toBe('lv');
    for (const off of ['', 'cat', 'false', 'OFF'])
      expect(pagerCommand(env({ DESK_PAGER: off }), 'most', 'less')).toBeUndefined();
  });
});

describe('periods offered on Tab', () => {
  it('counts back months, quarters and years across a year end', () => {
    const p = recentPeriods(new Date('2027-02-10T12:00:00Z'), 'Europe/Berlin');
    expect(p.slice(0, 3)).toEqual(['2027-02', '2027-01', '2026-12']);
    expect(p).toContain('2026-03');
    expect(p).not.toContain('2026-02');
    expect(p.filter((x) => x.includes('Q'))).toEqual(['2027-Q1', '2026-Q4', '2026-Q3', '2026-Q2']);
    expect(p.slice(-2)).toEqual(['2027', '2026']);
  });
});

describe('the queue of desk tui', () => {
  const row = (over: Partial<QueueRow>): QueueRow => ({
    id: 'T-4K7M2QXZ9ABC',
    short: 'T-4K7M2',
    title: 'Lohnexport bricht ab, wenn das Austrittsdatum leer ist und der Monat schon abgerechnet wurde',
    customer: 'acme',
    status: 'open',
    level: 1,
    priority: 'high',
    assignee: 'mk',
    tags: ['lohn'],
    mine: true,
    awaiting: true,
    need: 'overdue',
    sla: { reaction: { deadline: null, remainingMinutes: null, overdueMinutes: 383 } },
    ...over,
  });
  it('draws a row in the width given, the overdue marked, and filters', () => {
    const line = rowLine(row({}), 78);
    expect([...line]).toHaveLength(78);
    expect(line).toMatch(/^! T-4K7M2 +overdue 6h23 +open +L1 acme/);
    expect(line.endsWith('…')).toBe(true);
    const rows = [row({}), row({ id: 'b', mine: false, level: 2, customer: 'bergmann', tags: [] })];
    expect(keep(rows, { mine: true })).toHaveLength(1);
    expect(keep(rows, { mine: false, level: 2 })[0]!.customer).toBe('bergmann');
    expect(keep(rows, { mine: false, tag: 'lohn' })).toHaveLength(1);
  });

  it('counts the deadline down in service time from the deadline the queue gave, in whole minutes', () => {
    const calendar = buildCalendar(defaultCalendarConfig);
    // Thursday 26 November 2026, due at 11:20 in Berlin
    const due = row({
      need: 'unanswered',
      sla: { reaction: { deadline: '2026-11-26T11:20:00+01:00', remainingMinutes: 80, overdueMinutes: null } },
    });
    const at = (iso: string) => dueText(due, { calendar, now: new Date(iso) });
    expect(at('2026-11-26T10:00:00+01:00')).toBe('due in 1h20');
    expect(at('2026-11-26T10:00:59+01:00')).toBe('due in 1h20'); // 79 minutes and a second left
    expect(at('2026-11-26T10:01:00+01:00')).toBe('due in 1h19');
    expect(at('2026-11-26T11:19:59+01:00')).toBe('due in 1m');
    expect(at('2026-11-26T11:20:00+01:00')).toBe('overdue 0m');
    expect(at('2026-11-26T12:43:00+01:00')).toBe('overdue 1h23');
    // the clock stands still outside service hours: the evening and the night count nothing
    expect(at('2026-11-26T17:00:00+01:00')).toBe(at('2026-11-27T08:00:00+01:00'));
    // without a clock, the queue's own figure
    expect(dueText(due)).toBe('due in 1h20');
  });

  it('folds the ticket pane at spaces', () => {
    expect(wrap('eins zwei drei vier', 9)).toEqual(['eins zwei', 'drei vier']);
    expect(wrap('Donaudampfschifffahrt', 8)).toEqual(['Donaudam', 'pfschiff', 'fahrt']);
  });
});
