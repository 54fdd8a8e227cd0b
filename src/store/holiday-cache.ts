import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HolidayMemory } from '../core/calendar/index.js';
import { cachesOff } from './cache/caches-off.js';
import { readSealed, writeSealed } from './cache/sealed-file.js';

/**
 * Public holidays computed by date-holidays, kept in .desk/holidays.json by region and year, so
 * that a command printing a deadline does not load the library (a tenth of a second) every
 * time. A region's dates for a year only change with desk's or date-holidays' code, so the
 * file is trusted only for the build and library version it was written with, and only whole
 * (cache/sealed-file.ts); another, damaged or unreadable file is ignored (the dates are computed
 * again) and replaced.
 */
type Regions = Record<string, Record<string, string[]>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function holidayCache(deskDir: string): HolidayMemory {
  const path = join(deskDir, 'holidays.json');
  const key = cacheKey();
  const off = cachesOff();
  const regions = off ? {} : readRegions(path, key);
  let saving = false;
  return {
    recall(code, year) {
      const dates = regions[code]?.[year];
      return Array.isArray(dates) && dates.every((d) => typeof d === 'string' && ISO_DATE.test(d)) ? dates : undefined;
    },
    remember(code, year, dates) {
      const known = regions[code];
      regions[code] = { ...(typeof known === 'object' && !Array.isArray(known) ? known : {}), [year]: [...dates] };
      if (saving || off) return;
      saving = true;
      // computed inside a synchronous calculation: written once it is over, a read-only clone still works
      setImmediate(() => {
        saving = false;
        void writeSealed(path, key, regions);
      });
    },
  };
}

function cacheKey(): string {
  const library = (createRequire(import.meta.url)('date-holidays/package.json') as { version: string }).version;
  return `date-holidays ${library}`;
}

function readRegions(path: string, key: string): Regions {
  const stored = readSealed<Regions>(path, key);
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
}
