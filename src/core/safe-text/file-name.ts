import { isBidiControl, isControl, isHiding, isLineSeparator, mapCodePoints, SUSPICIOUS } from './characters.js';

/** Characters Windows refuses in a name, and the folder separators of every system. */
const RESERVED = /[<>:"|?*/\\]/g;
/** At most this many characters… */
export const FILE_NAME_CHARS = 100;
/**
 * …and this many bytes in UTF-8: file systems count bytes (255 on ext4, APFS, NTFS's UTF-16 aside),
 * and desk puts an event id before the name. A hundred Chinese characters are 300 bytes.
 */
export const FILE_NAME_BYTES = 200;

// made on first use: building it loads ICU's break rules, which every command importing the
// safe-text module (a Tab among them) would pay for at start
let graphemes: Intl.Segmenter | undefined;

/**
 * A name a stranger chose (an attachment's) as a file name that is safe on every system: no
 * folders, no control, bidi or hiding characters (a `\u202e` would make `rechnung‮fdp.exe` read
 * as a PDF), no reserved characters, no leading dot or dash, no Windows device name; cut to
 * FILE_NAME_CHARS characters and FILE_NAME_BYTES bytes between whole characters (an emoji is
 * never halved), its extension kept.
 */
export function safeFileName(name: string, fallback = 'attachment'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = mapCodePoints(base.normalize('NFC'), SUSPICIOUS, (cp) =>
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    isLineSeparator(cp) ||
    isControl(cp) ||
    isBidiControl(cp) ||
    isHiding(cp)
      ? '_'
      : undefined,
  )
    .replace(/\ufffd/g, '_')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(clean)) clean = `_${clean}`;
  if (!clean) return fallback;
  if (clean.length <= FILE_NAME_CHARS && bytes(clean) <= FILE_NAME_BYTES) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return (
    cut(clean.slice(0, clean.length - ext.length), FILE_NAME_CHARS - ext.length, FILE_NAME_BYTES - bytes(ext)) + ext
  );
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The longest start of `text` of whole characters (graphemes) within both limits. */
function cut(text: string, chars: number, maxBytes: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of (graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)) {
    const size = bytes(segment);
    if (out.length + segment.length > chars || used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}
