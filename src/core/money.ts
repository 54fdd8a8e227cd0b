/**
 * Money is integer cents (EUR). Amounts in files are decimal strings ("1200.00") or integers,
 * never floats, so that what a person wrote is what is billed.
 */
export type Cents = number;

export function parseMoney(value: string | number): Cents | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? value * 100 : parseMoney(String(value));
  }
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** Commercial rounding (half away from zero) of a rational amount of cents. */
export function roundHalfUp(numerator: number, denominator: number): Cents {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

/** Price of `minutes` at `centsPerHour`, rounded half up to the cent. */
export function priceOfMinutes(minutes: number, centsPerHour: Cents): Cents {
  return roundHalfUp(minutes * centsPerHour, 60);
}

/** `1200.00` — the machine form used in files and JSON. */
export function formatMoney(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `1.234,50 €` (de) or `€1,234.50` (en) for people. */
export function displayMoney(cents: Cents, lang: 'de' | 'en' = 'en'): string {
  const value = formatMoney(cents);
  const [whole = '0', frac = '00'] = value.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');
  const sign = cents < 0 ? '-' : '';
  return lang === 'de' ? `${sign}${grouped},${frac} €` : `${sign}€${grouped}.${frac}`;
}
