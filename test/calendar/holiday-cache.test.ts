// Public holidays kept in .desk/holidays.json between commands: the same answers as computing
// them, and a file from another version or a damaged one is never believed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCalendar,
  calendarConfigSchema,
  defaultCalendarConfig,
  isHoliday,
} from '../../src/core/calendar/index.js';
import { holidayCache, type HolidayCache } from '../../src/store/holiday-cache.js';
import { writeSealed } from '../../src/store/cache/sealed-file.js';

let deskDir: string;
const file = () => join(deskDir, 'holidays.json');
beforeEach(() => {
  deskDir = mkdtempSync(join(tmpdir(), 'desk-holidays-'));
});
afterEach(() => rmSync(deskDir, { recursive: true, force: true }));

/** The file, once the cache has written what it was told (after the calculation that filled it). */
async function saved(cache: HolidayCache): Promise<{ key: string; regions: Record<string, Record<string, string[]>> }> {
  await cache.written();
  const [key, , value] = readFileSync(file(), 'utf8').split('\n');
  return { key: key!, regions: JSON.parse(value!) };
}

const days = [
  '2026-01-01',
  '2026-03-08',
  '2026-06-04',
  '2026-11-01',
  '2026-11-02',
  '2026-12-24',
  '2026-12-25',
  '2027-01-01',
  '2026-08-15',
];
const holidaysOf = (code: string, memory = holidayCache(deskDir)) => {
  const cal = buildCalendar(calendarConfigSchema.parse({ holidays: code }), memory);
  return days.filter((d) => isHoliday(cal, d));
};

describe('the holiday cache', () => {
  it('gives the dates date-holidays gives, from the library the first time and from the file afterwards', async () => {
    const computed = days.filter((d) => isHoliday(buildCalendar(defaultCalendarConfig), d));
    expect(computed).toEqual(['2026-01-01', '2026-06-04', '2026-11-01', '2026-12-25', '2027-01-01']);
    const first = holidayCache(deskDir);
    expect(holidaysOf('DE-NW', first)).toEqual(computed);
    const stored = await saved(first);
    expect(Object.keys(stored.regions['DE-NW']!)).toEqual(['2025', '2026', '2027']);
    expect(holidaysOf('DE-NW')).toEqual(computed);
  });

  it('keeps each region apart', async () => {
    const memory = holidayCache(deskDir);
    expect(holidaysOf('DE-NW', memory)).toEqual(['2026-01-01', '2026-06-04', '2026-11-01', '2026-12-25', '2027-01-01']);
    expect(holidaysOf('DE-BE', memory)).toEqual(['2026-01-01', '2026-03-08', '2026-12-25', '2027-01-01']);
    expect(Object.keys((await saved(memory)).regions)).toEqual(['DE-NW', 'DE-BE']);
    expect(holidaysOf('DE-BE')).toEqual(['2026-01-01', '2026-03-08', '2026-12-25', '2027-01-01']);
  });

  it('believes its file only under the versions that wrote it, and only as written', async () => {
    const expected = ['2026-01-01', '2026-06-04', '2026-11-01', '2026-12-25', '2027-01-01'];
    const first = holidayCache(deskDir);
    holidaysOf('DE-NW', first);
    const stored = await saved(first);
    const forged = { 'DE-NW': { ...stored.regions['DE-NW'], 2026: ['2026-11-02'] } };
    await writeSealed(file(), stored.key, forged);
    expect(holidaysOf('DE-NW')).toEqual(['2026-11-02', '2027-01-01']); // the file is what is read
    await writeSealed(file(), `${stored.key} (another)`, forged);
    expect(holidaysOf('DE-NW')).toEqual(expected);
    // one byte changed in a file this build sealed: not believed
    await writeSealed(file(), stored.key, stored.regions);
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('2026-06-04', '2026-06-05'));
    expect(holidaysOf('DE-NW')).toEqual(expected);
  });

  it('computes afresh over a damaged file', async () => {
    const expected = ['2026-01-01', '2026-06-04', '2026-11-01', '2026-12-25', '2027-01-01'];
    const first = holidayCache(deskDir);
    holidaysOf('DE-NW', first);
    const { key } = await saved(first);
    writeFileSync(file(), '{"key": "desk');
    expect(holidaysOf('DE-NW')).toEqual(expected);
    await writeSealed(file(), key, { 'DE-NW': { 2026: [1, 2], 2025: 'x' } });
    expect(holidaysOf('DE-NW')).toEqual(expected);
  });
});
