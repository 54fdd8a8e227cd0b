import { isBidiControl, isControl, isHiding, isLineSeparator, mapCodePoints, SUSPICIOUS } from './characters.js';

/**
 * A one-line field (a title, a contact, a name) made from outside text that may have line breaks,
 * e.g. a mail subject folded over lines: every run of line breaks and other white space becomes
 * one space, controls and bidi controls are dropped, and the ends are trimmed.
 */
export function oneLine(text: string): string {
  return mapCodePoints(text, SUSPICIOUS, (cp) => {
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || isLineSeparator(cp)) return ' ';
    if (isControl(cp) || isBidiControl(cp) || isHiding(cp)) return '';
    return undefined;
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why `text` cannot be a one-line field as it is, or undefined when it can. */
export function oneLineProblem(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const at = text.search(/[\n\r\u2028\u2029\u000b\u000c\u0085]/);
  if (at !== -1) return `has a line break (at character ${at + 1}); it must be one line`;
  return undefined;
}
