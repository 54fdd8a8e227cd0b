/**
 * The one place that talks to date-holidays. Its data ships inside the package, so looking a
 * holiday up is pure computation and fine for core.
 */
// eslint-disable-next-line no-restricted-imports -- loads a library, reads no data: see holidaysLibrary
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';

/**
 * date-holidays with its data is a tenth of a second to load: it is loaded on first use, so
 * commands that build no calendar (and desk.yaml read from its cache) never pay for it.
 */
let library: typeof HolidaysClass | undefined;
function holidaysLibrary(): typeof HolidaysClass {
  return (library ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass);
}

/** "none" switches public holidays off, e.g. for a 24/7 service. */
export const NO_HOLIDAYS = 'none';

let catalogue: HolidaysClass | undefined;
const queries = (): HolidaysClass => (catalogue ??= new (holidaysLibrary())());

interface Region {
  country: string;
  state?: string;
  region?: string;
}

function splitRegion(code: string): Region {
  const [country = '', state, region] = code.split('-');
  return { country, state, region };
}

/** Why date-holidays would not know `code` (e.g. "DE-NW"), or undefined when it does. */
export function holidayRegionProblem(code: string): string | undefined {
  if (code === NO_HOLIDAYS) return undefined;
  const { country, state, region } = splitRegion(code);
  const parts = code.split('-').length;
  const hint = 'use a code such as DE-NW, DE-BY or DE-BE, or "none"';
  if (parts > 3 || !(country in queries().getCountries())) {
    return `unknown holiday region "${code}": ${hint}`;
  }
  if (state !== undefined && !(state in (queries().getStates(country) ?? {}))) {
    return `unknown holiday region "${code}": ${country} has no state "${state}"; ${hint}`;
  }
  if (state !== undefined && region !== undefined && !(region in (queries().getRegions(country, state) ?? {}))) {
    return `unknown holiday region "${code}": ${country}-${state} has no region "${region}"; ${hint}`;
  }
  return undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Public holidays already computed, by region code and year. Computing them needs date-holidays,
 * which costs more than a small command, so a store may keep them between runs: what it recalls
 * must be what date-holidays gave for that code and year.
 */
export interface HolidayMemory {
  recall(code: string, year: number): readonly string[] | undefined;
  remember(code: string, year: number, dates: readonly string[]): void;
}

/**
 * A predicate "is this ISO date a public holiday in `code`?", computing each year once.
 * Only type "public" counts: bank holidays and observances (24 Dec in Germany) are normal
 * working days unless the company lists them as closing days.
 */
export function publicHolidayLookup(code: string, memory?: HolidayMemory): (isoDate: string) => boolean {
  if (code === NO_HOLIDAYS) return () => false;
  let source: HolidaysClass | undefined;
  const compute = (year: number): string[] => {
    source ??= new (holidaysLibrary())(splitRegion(code), { types: ['public'] });
    return source
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .flatMap(daysCovered);
  };
  const years = new Map<number, ReadonlySet<string>>();
  const yearOf = (year: number): ReadonlySet<string> => {
    let dates = years.get(year);
    if (!dates) {
      let list = memory?.recall(code, year);
      if (!list) {
        list = compute(year);
        memory?.remember(code, year, list);
      }
      dates = new Set(list);
      years.set(year, dates);
    }
    return dates;
  };
  // A multi-day holiday may begin in the previous year.
  return (isoDate) => {
    const year = Number(isoDate.slice(0, 4));
    return yearOf(year).has(isoDate) || yearOf(year - 1).has(isoDate);
  };
}

/** Some countries' public holidays last several days; each of them is closed. */
function daysCovered(holiday: { date: string; start: Date; end: Date }): string[] {
  const first = holiday.date.slice(0, 10);
  const count = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
  const firstMs = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(firstMs + i * DAY_MS).toISOString().slice(0, 10));
}
