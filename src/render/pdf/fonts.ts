import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/**
 * The fonts every PDF desk writes embeds (PDF/A forbids relying on the reader's fonts):
 * DejaVu Sans for the text — Latin, Greek, Cyrillic, Hebrew and Arabic — and GNU Unifont (as
 * UnifontEX) for whatever DejaVu lacks: Chinese, Japanese, Korean, emoji and the rest of Unicode.
 * Both come from npm packages, so every machine embeds the very same glyphs and the same record
 * gives the same PDF byte for byte. Only the glyphs used are embedded (subsets).
 */
export type FontStyle = 'regular' | 'bold' | 'italic';

const require = createRequire(import.meta.url);
const dejavu = (file: string) =>
  require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, `ttf/${file}`);

const FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

const cache = new Map<string, Buffer>();

export function styleFont(style: FontStyle): Buffer {
  const key = `dejavu-${style}`;
  let font = cache.get(key);
  if (!font) cache.set(key, (font = withoutGlyphNames(readFileSync(dejavu(FILES[style])))));
  return font;
}

/** The fallback for everything else; its WOFF file is unpacked to a plain font once per process. */
export function fallbackFont(): Buffer {
  let font = cache.get('fallback');
  if (!font) {
    const woff = readFileSync(require.resolve('@fontsource/unifontex/files/unifontex-latin-400-normal.woff'));
    cache.set('fallback', (font = withoutGlyphNames(woffToSfnt(woff))));
  }
  return font;
}

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

const POST = 0x706f7374; // 'post'

/**
 * The font without the glyph names of its `post` table (version 3.0, the same header). pdfkit
 * hands the font's bytes to fontkit for every document, and fontkit decodes all the names of
 * a font's glyphs to read the italic angle: a fifth of the time a document took. Nothing desk
 * writes uses the names — the embedded subsets carry no `post` table — so the PDFs stay the
 * same byte for byte. Only fontkit reads this font; the whole file is never embedded, so the
 * font's checksum adjustment in `head` may stay stale.
 */
export function withoutGlyphNames(font: Buffer): Buffer {
  const { flavor, tables } = tablesOf(font);
  return sfnt(
    flavor,
    tables.map((t) => {
      if (t.tag !== POST || t.data.readUInt32BE(0) === 0x00030000) return t;
      const data = Buffer.from(t.data.subarray(0, 32));
      data.writeUInt32BE(0x00030000, 0);
      return { tag: t.tag, checksum: checksumOf(data), data };
    }),
  );
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType font it wraps: each table inflated, the table
 * directory rebuilt. (The WOFF2 edition of the same font takes seconds to decode in JavaScript;
 * WOFF 1.0 tables are zlib streams Node inflates natively.)
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const b = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (b.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF font');
  const count = b.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const o = 44 + i * 20;
    const offset = b.readUInt32BE(o + 4);
    const compressed = b.readUInt32BE(o + 8);
    const original = b.readUInt32BE(o + 12);
    const raw = b.subarray(offset, offset + compressed);
    return {
      tag: b.readUInt32BE(o),
      checksum: b.readUInt32BE(o + 16),
      data: compressed < original ? inflateSync(raw) : raw,
    };
  });
  return sfnt(b.readUInt32BE(4), tables);
}

/** The tables of a TrueType/OpenType font, in the order of its directory. */
function tablesOf(font: Buffer): { flavor: number; tables: Table[] } {
  const count = font.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const o = 12 + i * 16;
    const offset = font.readUInt32BE(o + 8);
    return {
      tag: font.readUInt32BE(o),
      checksum: font.readUInt32BE(o + 4),
      data: font.subarray(offset, offset + font.readUInt32BE(o + 12)),
    };
  });
  return { flavor: font.readUInt32BE(0), tables };
}

/** A TrueType/OpenType font file of these tables: the directory, then each table padded to four bytes. */
function sfnt(flavor: number, tables: Table[]): Buffer {
  const count = tables.length;
  const selector = Math.floor(Math.log2(count));
  const range = 2 ** selector * 16;
  const head = Buffer.alloc(12 + count * 16);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(range, 6);
  head.writeUInt16BE(selector, 8);
  head.writeUInt16BE(count * 16 - range, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    head.writeUInt32BE(t.tag, o);
    head.writeUInt32BE(t.checksum, o + 4);
    head.writeUInt32BE(offset, o + 8);
    head.writeUInt32BE(t.data.length, o + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat(parts);
}

/** The sum of a table's big-endian 32-bit words, the table padded with zeros. */
function checksumOf(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word = Buffer.alloc(4);
    data.copy(word, 0, i, Math.min(i + 4, data.length));
    sum = (sum + word.readUInt32BE(0)) >>> 0;
  }
  return sum;
}
