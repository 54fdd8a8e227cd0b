import { isBidiControl, isControl, isHiding, mapCodePoints, shown, SUSPICIOUS } from './characters.js';

/**
 * Characters a spreadsheet reads as the start of a formula when a cell begins with them (OWASP,
 * "CSV Injection"): `= + - @`, tab and carriage return, and the full-width forms some
 * spreadsheets fold to them.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell of a CSV file from outside text: a cell that would start a formula gets a leading
 * `'` (OWASP's advice; the spreadsheet shows the text as it was), controls and bidi controls are
 * shown as in the terminal. Quoting and the separator are the CSV writer's part; numbers are
 * not text and never pass through here, so `-5.00` stays a number.
 */
export function csvText(text: string): string {
  const visible = mapCodePoints(text, SUSPICIOUS, (cp) =>
    cp !== 0x09 && cp !== 0x0d && cp !== 0x0a && (isControl(cp) || isBidiControl(cp) || isHiding(cp))
      ? shown(cp)
      : undefined,
  );
  return FORMULA_START.test(visible) ? `'${visible}` : visible;
}

/** One field of a CSV line, quoted when it has to be (RFC 4180), or when white space at its ends would be lost. */
export function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}
