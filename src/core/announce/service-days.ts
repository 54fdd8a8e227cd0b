import { isClosingDay, isHoliday, type BusinessCalendar } from '../calendar/business-calendar.js';
import { addDays } from '../billing/dates.js';
import type { Language } from './text.js';

const DAYS: Record<Language, string[]> = {
  de: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

/** "Mo–Fr 08:00–17:00" from the calendar's weekly hours (days with the same hours grouped). */
export function serviceHoursText(cal: BusinessCalendar, language: Language): string {
  const hours = cal.config.hours as Partial<Record<(typeof KEYS)[number], string[]>>;
  const groups: { from: number; to: number; spans: string }[] = [];
  for (const d of [1, 2, 3, 4, 5, 6, 0]) {
    const spans = (hours[KEYS[d]!] ?? []).map((s) => s.replace('-', '–')).join(', ');
    if (!spans) continue;
    const last = groups[groups.length - 1];
    if (last && last.spans === spans && (last.to + 1) % 7 === d) last.to = d;
    else groups.push({ from: d, to: d, spans });
  }
  const name = (d: number) => DAYS[language][d]!;
  return groups.map((g) => `${g.from === g.to ? name(g.from) : `${name(g.from)}–${name(g.to)}`} ${g.spans}`).join('; ');
}

/**
 * The weekdays from `from` for `days` days on which support is closed although the week has
 * service hours: public holidays and company closing days, one line each.
 */
export function closedDaysText(cal: BusinessCalendar, from: string, days: number, language: Language): string {
  const hours = cal.config.hours as Partial<Record<(typeof KEYS)[number], string[]>>;
  const lines: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(from, i);
    const wd = weekday(day);
    if (!(hours[KEYS[wd]!] ?? []).length) continue;
    const why = isClosingDay(cal, day)
      ? language === 'de'
        ? 'geschlossen (Betriebsruhe)'
        : 'closed (company closing day)'
      : isHoliday(cal, day)
        ? language === 'de'
          ? 'geschlossen (Feiertag)'
          : 'closed (public holiday)'
        : undefined;
    if (why) lines.push(`${DAYS[language][wd]} ${dateText(day, language)}: ${why}`);
  }
  if (!lines.length) return language === 'de' ? 'keine Schließtage' : 'no closing days';
  return lines.join('\n');
}

function dateText(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  return language === 'de' ? `${d}.${m}.${y}` : iso;
}
