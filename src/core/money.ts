/**
 * Money is integer cents (EUR). Amounts in files are decimal strings ("1200.00") or integers,
 * never floats, so that what a person wrote is what is billed.
 */
export type Cents = number;

/**
 * The largest amount desk takes in a file or flag: 10,000,000.00 EUR (a fee, a rate, a list
 * price). Far above any support contract, and far enough below 2^53 cents that every product of
 * an amount and the hours of a period stays exact in the arithmetic below.
 */
export const MAX_AMOUNT: Cents = 1_000_000_000;

/**
 * Integer cents of "1200.00", "1200" or 1200; undefined for what is no amount or lies beyond
 * `limit` (MAX_AMOUNT for what people write; issued invoices may sum more).
 */
export function parseMoney(value: string | number, limit: Cents = MAX_AMOUNT): Cents | undefined {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(String(value).trim());
  if (!m) return undefined;
  const whole = m[2]!.replace(/^0+(?=\d)/, '');
  // compared as digits, before any conversion can round: 2^53 cents and more are refused, not rounded
  if (whole.length > String(Math.floor(limit / 100)).length) return undefined;
  const cents = Number(whole) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (cents > limit) return undefined;
  return m[1] ? -cents : cents;
}

/** Why `value` is no amount desk takes, for the error naming the field. */
export function moneyProblem(value: string | number): string {
  const digits = /^-?(\d+)(?:\.\d{1,2})?$/.exec(String(value).trim());
  return digits
    ? `"${value}" is more than ${formatMoney(MAX_AMOUNT)}, the largest amount desk takes`
    : `"${value}" is not an amount; write it like 110.00`;
}

/**
 * Commercial rounding (half away from zero) of a rational amount of cents. Exact for any
 * integers: where the doubled numerator would pass 2^53 it is computed with BigInt.
 */
export function roundHalfUp(numerator: number, denominator: number): Cents {
  if (!Number.isSafeInteger(2 * numerator + denominator)) return roundBig(BigInt(numerator), BigInt(denominator));
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

function roundBig(numerator: bigint, denominator: bigint): Cents {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  const result = Number(negative ? -q : q);
  if (!Number.isSafeInteger(result)) throw new RangeError(`${q} cents is beyond what desk computes exactly`);
  return result;
}

/** Price of `minutes` at `centsPerHour`, rounded half up to the cent; exact however large the product. */
export function priceOfMinutes(minutes: number, centsPerHour: Cents): Cents {
  const product = minutes * centsPerHour;
  return Number.isSafeInteger(product)
    ? roundHalfUp(product, 60)
    : roundBig(BigInt(minutes) * BigInt(centsPerHour), 60n);
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
