import { isBidiControl, isControl, isHiding, isLineSeparator, mapCodePoints, shown, SUSPICIOUS } from './characters.js';

const visibleControls = (text: string, keep: (cp: number) => boolean) =>
  mapCodePoints(text, SUSPICIOUS, (cp) =>
    !keep(cp) && (isControl(cp) || isBidiControl(cp) || isHiding(cp) || cp === 0x0d) ? shown(cp) : undefined,
  );

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Outside text inside HTML, as element content or a quoted attribute value: markup characters
 * as entities, so `<script>` is text; controls and bidi controls shown, so nothing reorders or
 * hides what the page says.
 */
export function htmlText(text: string): string {
  return visibleControls(text, (cp) => cp === 0x09 || cp === 0x0a).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Outside text inside Markdown, as a table cell or a line of a paragraph: the characters that
 * make inline markup (emphasis, code, links and images, HTML, strike-through, cell borders) are
 * escaped, and so is a start that would make a block (heading, list, quote, rule), so the text
 * renders as written and no `<script>`, link or heading comes out of it. Line breaks become
 * spaces: one value stays on its line.
 */
export function markdownText(text: string): string {
  return visibleControls(text, (cp) => cp === 0x09)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/^(\s*)(#{1,6}(?:\s|$)|[+-](?:\s|$)|[=-]+\s*$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)](?:\s|$))/, '$1\\$2');
}

/**
 * Markdown an author wrote, before desk renders it as HTML itself (the help center): the markup
 * is the renderer's to treat, but a renderer escapes only markup characters, so controls and bidi
 * controls — in a code block too — are shown here, line breaks kept (the Unicode separators
 * become line feeds), a carriage return alone shown.
 */
export function markdownSource(text: string): string {
  return mapCodePoints(text.replace(/\r\n/g, '\n'), SUSPICIOUS, (cp) => {
    if (isLineSeparator(cp)) return '\n';
    return cp !== 0x09 && cp !== 0x0a && (isControl(cp) || isBidiControl(cp) || isHiding(cp) || cp === 0x0d)
      ? shown(cp)
      : undefined;
  });
}
