import { isBidiControl, isControl, isHiding, isLineSeparator, mapCodePoints, SUSPICIOUS } from './characters.js';

/**
 * Outside text for a PDF: the PDF lays text out left to right as given, so bidi controls, which
 * would only reorder what a reader's copy-and-paste or search sees, are dropped, as are controls
 * and hiding characters; line breaks stay, lone surrogates become U+FFFD.
 */
export function forPdf(text: string): string {
  return mapCodePoints(text.replace(/\r\n/g, '\n'), SUSPICIOUS, (cp) => {
    if (cp === 0x09) return ' ';
    if (isLineSeparator(cp) || cp === 0x0d) return '\n';
    if (isControl(cp) || isBidiControl(cp) || isHiding(cp)) return '';
    return undefined;
  });
}

/** Every string in a value (a record to be drawn), made safe for a PDF; other values as they are. */
export function forPdfDeep<T>(value: T): T {
  if (typeof value === 'string') return forPdf(value) as T;
  if (Array.isArray(value)) return value.map(forPdfDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forPdfDeep(v)])) as T;
  return value;
}
