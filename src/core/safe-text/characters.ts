/**
 * Which characters of outside text can act on whoever reads it, rather than be read: control
 * characters a terminal interprets (ESC starts OSC and CSI sequences: window titles, the
 * clipboard, clearing the screen), and the bidirectional formatting characters that reorder what
 * is shown so that text reads differently from what it is ("Trojan Source").
 */

/** C0 controls other than tab and line feed, DEL, and the C1 controls (U+0080–U+009F). */
export const isControl = (cp: number) => (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f);

/** Marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm. */
export const isBidiControl = (cp: number) =>
  cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

/**
 * Invisible characters that only hide or smuggle: the byte-order mark, interlinear annotations.
 * Joiners (U+200C, U+200D) stay: scripts and emoji need them.
 */
export const isHiding = (cp: number) => cp === 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb);

/** Line and paragraph separators besides line feed: they break lines in some viewers. */
export const isLineSeparator = (cp: number) => cp === 0x2028 || cp === 0x2029;

/** What stands in for a character that must not act: `\x1b`, `\u202e` — visible, never interpreted. */
export function shown(cp: number): string {
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

export const REPLACEMENT = '\ufffd';

/**
 * Maps every code point of `text` through `map` (undefined keeps it). Lone surrogates, which no
 * encoding can carry, become U+FFFD. Text without anything to map is returned as it is, cheaply.
 */
export function mapCodePoints(text: string, suspicious: RegExp, map: (cp: number) => string | undefined): string {
  if (!suspicious.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += REPLACEMENT;
      continue;
    }
    const mapped = map(cp);
    out += mapped === undefined ? ch : mapped;
  }
  return out;
}

/**
 * Everything any destination may have to change: controls, bidi controls, hiding characters,
 * separators, carriage returns and tabs, lone surrogates. A quick test before the slow path.
 */
export const SUSPICIOUS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufff9-\ufffb\ud800-\udfff\t\n\r]/u;
