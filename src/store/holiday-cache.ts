import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HolidayMemory } from '../core/calendar/index.js';
import { cachesOff } from './cache/caches-off.js';
import { readSealed, writeSealed } from './cache/sealed-file.js';
import { atRunEnd } from '../io/context.js';

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

/** The holidays kept in a file; `written` settles once what was remembered is in the file. */
export interface HolidayCache extends HolidayMemory {
  written(): Promise<void>;
}

export function holidayCache(deskDir: string): HolidayCache {
  const path = join(deskDir, 'holidays.json');
  const key = cacheKey();
  const off = cachesOff();
  const regions = off ? {} : readRegions(path, key);
  let saving = false;
  let writing: Promise<void> = Promise.resolve();
  return {
    written: () => writing,
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
      writing = new Promise((resolve) =>
        setImmediate(() => {
          saving = false;
          void writeSealed(path, key, regions).then(resolve);
        }),
      );
      atRunEnd(() => writing); // a run ends with the file written, as a process exits only then
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
