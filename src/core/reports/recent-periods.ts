/**
 * The periods a person most likely means, newest first, for completing `--period` on Tab: this
 * month and the eleven before it, this quarter and the three before, this year and last year.
 * The month is the company's (its time zone), as every period a report counts.
 */
export function recentPeriods(now: Date, timeZone: string): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value); // 1–12
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = year * 12 + (month - 1) - i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  const quarters = Array.from({ length: 4 }, (_, i) => {
    const q = year * 4 + Math.floor((month - 1) / 3) - i;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  });
  return [...months, ...quarters, String(year), String(year - 1)];
}
