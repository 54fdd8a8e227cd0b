import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fallbackFont, styleFont, woffToSfnt, type FontStyle } from '../../src/render/pdf/fonts.js';

/**
 * desk hands pdfkit its fonts without the glyph names (src/render/pdf/fonts.ts). What a PDF
 * shows of a font must not change by it: the font descriptor's values, the glyphs and positions
 * of shaped text in every script, and the subset embedded.
 */
interface Glyph {
  id: number;
}
interface Font {
  postscriptName: string;
  italicAngle: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  bbox: object;
  post: { version: number; isFixedPitch: number };
  layout(text: string): { glyphs: Glyph[]; positions: object[] };
  createSubset(): { includeGlyph(glyph: Glyph): number; encode(): Uint8Array };
}

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(bytes: Uint8Array): Font };
const dejavu = (file: string) =>
  readFileSync(require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, `ttf/${file}`));

const FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};
const TEXT = 'AVATAR Te Yo Übertrag 1.234,50 € — Ελληνικά Кириллица שלום עולם علي حسن ﬁ';
const FALLBACK_TEXT = '李明 😀 日本語 한국어';

function whatAPdfShows(font: Font, text: string) {
  const { glyphs, positions } = font.layout(text);
  const subset = font.createSubset();
  for (const g of glyphs) subset.includeGlyph(g);
  return {
    descriptor: [font.postscriptName, font.italicAngle, font.post.isFixedPitch, font.bbox],
    metrics: [font.ascent, font.descent, font.capHeight, font.xHeight],
    glyphs: glyphs.map((g) => g.id),
    positions,
    subset: Buffer.from(subset.encode()).toString('base64'),
  };
}

describe('the fonts desk embeds', () => {
  it.each(Object.keys(FILES) as FontStyle[])(
    '%s: lays out, describes and embeds text as the font file does',
    (style) => {
      const lean = fontkit.create(styleFont(style));
      expect(lean.post.version).toBe(3);
      expect(whatAPdfShows(lean, TEXT)).toEqual(whatAPdfShows(fontkit.create(dejavu(FILES[style])), TEXT));
    },
  );

  it('the Unifont fallback too', () => {
    const woff = readFileSync(require.resolve('@fontsource/unifontex/files/unifontex-latin-400-normal.woff'));
    expect(whatAPdfShows(fontkit.create(fallbackFont()), FALLBACK_TEXT)).toEqual(
      whatAPdfShows(fontkit.create(woffToSfnt(woff)), FALLBACK_TEXT),
    );
  });
});
