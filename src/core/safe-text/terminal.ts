import {
  isBidiControl,
  isControl,
  isHiding,
  isLineSeparator,
  mapCodePoints,
  REPLACEMENT,
  shown,
  SUSPICIOUS,
} from './characters.js';

/**
 * Outside text for a terminal, where it may span lines (a description, a comment): controls,
 * bidi controls and hiding characters are shown as `\x1b`, `\u202e`, never interpreted. Line
 * breaks stay line breaks (CRLF and the Unicode separators become one), a carriage return alone,
 * which would let the rest of a line overwrite its start, is shown.
 */
export function forTerminal(text: string): string {
  return mapCodePoints(text.replace(/\r\n/g, '\n'), SUSPICIOUS, (cp) => {
    if (cp === 0x09) return undefined;
    if (isLineSeparator(cp)) return '\n';
    if (isControl(cp) || isBidiControl(cp) || isHiding(cp)) return shown(cp);
    return undefined;
  });
}

/**
 * Outside text for one line of a terminal (a title in a table, a name): as `forTerminal`, and a
 * line break shows as `\n` and a tab as a space, so that a row stays a row.
 */
export function forTerminalLine(text: string): string {
  return mapCodePoints(text, SUSPICIOUS, (cp) => {
    if (cp === 0x09) return ' ';
    if (cp === 0x0a) return '\\n';
    if (cp === 0x0d) return '\\r';
    if (isLineSeparator(cp)) return shown(cp);
    if (isControl(cp) || isBidiControl(cp) || isHiding(cp)) return shown(cp);
    return undefined;
  });
}

/**
 * The last guard before bytes reach a terminal, for text put together already: everything
 * `forTerminal` would change, except the colour codes desk writes itself (SGR, `ESC [ … m`).
 * Render code makes each outside value safe for its place; this catches what it missed. One
 * pass of one regular expression: it runs over every line desk prints. A byte-order mark passes:
 * a CSV for German spreadsheets starts with one, and a terminal shows nothing for it.
 */
const GUARDED =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function guardTerminal(text: string): string {
  return text.replace(GUARDED, (m) => {
    // a colour code (ESC [ … m), or a line end of CSV, whose carriage return overwrites nothing
    if (m.length > 2 || m === '\r\n') return m;
    const cp = m.charCodeAt(0);
    if (cp >= 0xd800 && cp <= 0xdfff) return REPLACEMENT;
    if (isLineSeparator(cp)) return '\n';
    return shown(cp);
  });
}
