import * as bidiModule from 'bidi-js';
import { fallbackFont, styleFont, type FontStyle } from './fonts.js';

/**
 * Text on a PDF page in any script: each character in a font that has it (DejaVu Sans, else
 * the Unifont fallback, registered only when a text needs it), right-to-left runs (Hebrew,
 * Arabic) in visual order by the Unicode bidirectional algorithm, words wrapped to a width.
 * pdfkit places one run of one font at a time; this is the one place that knows about runs.
 * A PDF/A file may not show the .notdef glyph, so a character no font has becomes U+FFFD.
 */
export interface TextStyle {
  size: number;
  style?: FontStyle;
  color?: string;
}

export interface Box {
  width: number;
  align?: 'left' | 'right' | 'center';
}

type FontName = FontStyle | 'fallback';

interface Piece {
  text: string;
  font: FontName;
}

interface PdfFont {
  ascender: number;
  font: { hasGlyphForCodePoint(cp: number): boolean };
}

type BidiFactory = () => { getEmbeddingLevels(text: string, direction: 'ltr' | 'rtl'): { levels: Uint8Array } };
// bidi-js is CommonJS with a default export: Node hands its exports object over as the default
const bidiFactory = ((m: unknown): BidiFactory => {
  const d = (m as { default?: unknown }).default;
  return (typeof d === 'function' ? d : (d as { default: BidiFactory }).default) as BidiFactory;
})(bidiModule);
const bidi = bidiFactory();

/** Invisible characters no font needs to draw: joiners, variation selectors, bidi controls, soft hyphen. */
const IGNORABLE: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xe0000, 0xe0fff],
];
const ignorable = (cp: number) => IGNORABLE.some(([a, b]) => cp >= a && cp <= b);

export class Typesetter {
  private fallbackReady = false;
  private readonly coverage = new Map<string, boolean>();
  /** Shaping a text is the expensive part of measuring it: each text is measured once per font and size. */
  private readonly widths = new Map<string, number>();

  constructor(readonly doc: PDFKit.PDFDocument) {
    for (const style of ['regular', 'bold', 'italic'] as const) doc.registerFont(style, styleFont(style));
  }

  /** Height of one line of text in this size. */
  lineHeight(size: number): number {
    return size * 1.2;
  }

  width(text: string, t: TextStyle): number {
    const key = `${t.style ?? 'regular'}|${t.size}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.pieces(clean(text), t.style ?? 'regular').reduce((sum, p) => sum + this.pieceWidth(p, t.size), 0);
      this.widths.set(key, w);
    }
    return w;
  }

  /** The lines `text` wraps to within `width` (explicit line breaks kept). */
  wrap(text: string, t: TextStyle, width: number): string[] {
    const out: string[] = [];
    const space = this.width(' ', t);
    for (const paragraph of clean(text).split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        // words measured one by one: a line's width is theirs and its spaces'
        const candidateWidth = line ? lineWidth + space + this.width(word, t) : this.width(word, t);
        if (!line || candidateWidth <= width) {
          lineWidth = candidateWidth;
          line = candidate;
          if (lineWidth > width) {
            // one word wider than the box: break it between characters
            const chars = [...line];
            let part = '';
            for (const c of chars) {
              if (part && this.width(part + c, t) > width) {
                out.push(part);
                part = '';
              }
              part += c;
            }
            line = part;
            lineWidth = this.width(part, t);
          }
          continue;
        }
        out.push(line);
        line = word;
        lineWidth = this.width(word, t);
      }
      out.push(line);
    }
    return out;
  }

  height(text: string, t: TextStyle, width: number): number {
    return this.wrap(text, t, width).length * this.lineHeight(t.size);
  }

  /** Draws `text` wrapped into the box at (x, y), top of the first line; returns the y below it. */
  draw(text: string, x: number, y: number, t: TextStyle, box: Box): number {
    const lines = this.wrap(text, t, box.width);
    const style = t.style ?? 'regular';
    this.doc.fillColor(t.color ?? 'black');
    const ascent = this.ascender(style) * t.size;
    for (const [i, line] of lines.entries()) {
      const pieces = this.pieces(line, style);
      const widths = pieces.map((p) => this.pieceWidth(p, t.size));
      const total = widths.reduce((a, b) => a + b, 0);
      let at = box.align === 'right' ? x + box.width - total : box.align === 'center' ? x + (box.width - total) / 2 : x;
      const top = y + i * this.lineHeight(t.size);
      for (const [j, p] of pieces.entries()) {
        // pdfkit places text by the top of its font's ascender: align the baselines instead
        const shift = ascent - this.ascender(p.font) * t.size;
        if (p.text.trim() !== '')
          this.doc
            .font(p.font)
            .fontSize(t.size)
            .text(p.text, at, top + shift, { lineBreak: false });
        at += widths[j]!;
      }
    }
    return y + lines.length * this.lineHeight(t.size);
  }

  private pieceWidth(p: Piece, size: number): number {
    const key = `${p.font}#${size}#${p.text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.doc.font(p.font).fontSize(size).widthOfString(p.text);
      this.widths.set(key, w);
    }
    return w;
  }

  private ascender(font: FontName): number {
    this.doc.font(font);
    return (this.doc as unknown as { _font: PdfFont })._font.ascender / 1000;
  }

  private has(font: FontName, cp: number): boolean {
    const key = `${font}:${cp}`;
    let yes = this.coverage.get(key);
    if (yes === undefined) {
      if (font === 'fallback') this.useFallback();
      this.doc.font(font);
      yes = (this.doc as unknown as { _font: PdfFont })._font.font.hasGlyphForCodePoint(cp);
      this.coverage.set(key, yes);
    }
    return yes;
  }

  private useFallback(): void {
    if (this.fallbackReady) return;
    this.doc.registerFont('fallback', fallbackFont());
    this.fallbackReady = true;
  }

  /** One line as runs of one font each, in the order they are drawn from left to right. */
  private pieces(line: string, style: FontStyle): Piece[] {
    if (line === '') return [];
    const { levels } = bidi.getEmbeddingLevels(line, 'ltr');
    const chars = [...line];
    // levels are per UTF-16 unit; a character takes the level of its first unit
    const charLevels: number[] = [];
    let unit = 0;
    for (const c of chars) {
      charLevels.push(levels[unit]!);
      unit += c.length;
    }
    const runs: { level: number; pieces: Piece[] }[] = [];
    chars.forEach((c, i) => {
      const font = this.fontFor(c, style);
      const text = font === undefined ? '\uFFFD' : c;
      const chosen: FontName = font ?? (this.has('fallback', 0xfffd) ? 'fallback' : style);
      const level = charLevels[i]!;
      let run = runs[runs.length - 1];
      if (!run || run.level !== level) runs.push((run = { level, pieces: [] }));
      const last = run.pieces[run.pieces.length - 1];
      // a space stays with the font before it, so words are not split around it
      if (last && (last.font === chosen || c === ' ')) last.text += text;
      else run.pieces.push({ text, font: chosen });
    });
    // rule L2: from the highest level down to the lowest odd one, reverse each sequence at or above it
    const order = runs.map((_, i) => i);
    const max = Math.max(...runs.map((r) => r.level));
    const minOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), Infinity);
    for (let level = max; level >= minOdd; level--) {
      let i = 0;
      while (i < order.length) {
        if (runs[order[i]!]!.level < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < order.length && runs[order[j]!]!.level >= level) j++;
        order.splice(i, j - i, ...order.slice(i, j).reverse());
        i = j;
      }
    }
    const out: Piece[] = [];
    for (const index of order) {
      const run = runs[index]!;
      if (run.level % 2 === 0) {
        out.push(...run.pieces);
        continue;
      }
      // right to left: the font draws one word's glyphs in visual order; the words and pieces go in reverse
      for (const p of [...run.pieces].reverse()) {
        const words = p.text.split(/( +)/).filter((w) => w !== '');
        for (const w of words.reverse()) out.push({ text: w, font: p.font });
      }
    }
    return out;
  }

  private fontFor(c: string, style: FontStyle): FontName | undefined {
    const cp = c.codePointAt(0)!;
    if (c === ' ' || this.has(style, cp)) return style;
    if (this.has('fallback', cp)) return 'fallback';
    return undefined;
  }
}

/** Tabs and carriage returns as spaces, invisible formatting characters dropped. */
function clean(text: string): string {
  const plain = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return [...plain].filter((c) => !ignorable(c.codePointAt(0)!)).join('');
}
