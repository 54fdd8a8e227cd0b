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
  if (!font) cache.set(key, (font = readFileSync(dejavu(FILES[style]))));
  return font;
}

/** The fallback for everything else; its WOFF file is unpacked to a plain font once per process. */
export function fallbackFont(): Buffer {
  let font = cache.get('fallback');
  if (!font) {
    const woff = readFileSync(require.resolve('@fontsource/unifontex/files/unifontex-latin-400-normal.woff'));
    cache.set('fallback', (font = woffToSfnt(woff)));
  }
  return font;
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType font it wraps: each table inflated, the table
 * directory rebuilt. (The WOFF2 edition of the same font takes seconds to decode in JavaScript;
 * WOFF 1.0 tables are zlib streams Node inflates natively.)
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const b = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (b.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF font');
  const flavor = b.readUInt32BE(4);
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
