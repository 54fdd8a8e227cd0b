/**
 * The new part of a reply: what the writer typed, without the quoted history and the signature
 * their mail program added. German and English mail programs mark the history differently:
 * "Am … schrieb …:" and "On … wrote:" lines (Thunderbird, Apple Mail, Gmail), "-----Ursprüngliche
 * Nachricht-----" (older Outlook), and Outlook's header block ("Von: / Gesendet: / An: / Betreff:").
 * The full message always stays in the stored original; this only decides what the ticket shows.
 */

export interface Trimmed {
  text: string;
  /** Something was cut. */
  trimmed: boolean;
}

const SEPARATORS = [
  /^-{2,}\s*(Ursprüngliche Nachricht|Original Message|Originalnachricht|Message d'origine)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/, // Outlook draws a line above its header block
];

const ATTRIBUTION_START = [
  /^Am\s.{4,}/, // Am 20.11.2026 um 15:30 schrieb Sabine Vogt <…>:
  /^On\s.{4,}/, // On Fri, Nov 20, 2026 at 3:30 PM Sabine Vogt <…> wrote:
  /^\S.{0,120}\s(schrieb|wrote)\s*:?\s*$/i, // "Sabine Vogt <…> schrieb:" (mobile mailers)
];
const ATTRIBUTION_END = /(schrieb|wrote|a écrit)\s*:\s*$/i;

/** Outlook's header block: a From line followed closely by date and subject lines. */
const HEADER_FROM = /^\*?(Von|From|De)\s*:\*?\s+\S/i;
const HEADER_OTHERS = /^\*?(Gesendet|Sent|Datum|Date|An|To|Cc|Betreff|Subject|Envoyé|Objet)\s*:\*?/i;

/** Lines that end a mobile mail or start a signature. */
const SIGNATURE_MARKS = [
  /^-- ?$/, // the signature delimiter "-- "
  /^(Von meinem|Gesendet von meinem|Gesendet vom|Sent from my|Sent from)\s.{2,60}$/i,
  /^(Get|Holen Sie sich|Von) Outlook für (iOS|Android)/i,
  /^(Get|Download) Outlook for (iOS|Android)/i,
  /^Gesendet (von|mit) (Outlook|Mail) für/i,
];

/** Closing phrases after which only a name and a company signature follow. */
const CLOSINGS =
  /^(Mit freundlichen Grüßen|Mit freundlichem Gruß|Freundliche Grüße|Viele Grüße|Beste Grüße|Herzliche Grüße|Liebe Grüße|Schöne Grüße|Gruß|Grüße|MfG|VG|LG|Best regards|Kind regards|Regards|Best wishes|Many thanks|Thanks|Cheers|Sincerely|Yours sincerely)\b[\s,.!]*$/i;

export function trimReply(input: string): Trimmed {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  let end = historyStart(lines);
  const cutHistory = end < lines.length;
  const sig = signatureStart(lines, end);
  const cutSignature = sig < end;
  end = sig;
  const kept = lines.slice(0, end);
  while (kept.length && kept[kept.length - 1]!.trim() === '') kept.pop();
  while (kept.length && kept[0]!.trim() === '') kept.shift();
  const text = kept.join('\n');
  // a message that is nothing but a quote (a forward without a word): keep it whole
  if (text.trim() === '') return { text: input.trim(), trimmed: false };
  return { text, trimmed: cutHistory || cutSignature };
}

/** The first line of the quoted history, or lines.length. */
function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (SEPARATORS.some((r) => r.test(line))) {
      // a line of underscores alone is a separator only above a header block
      if (/^_+$/.test(line) && !isHeaderBlock(lines, nextNonEmpty(lines, i + 1))) continue;
      return i;
    }
    if (isHeaderBlock(lines, i)) return i;
    const attribution = attributionAt(lines, i);
    if (attribution !== undefined) return i;
    // a block of "> " lines at the end (a quote without an attribution line)
    if (line.startsWith('>') && restIsQuoted(lines, i)) return i;
  }
  return lines.length;
}

/** An attribution line ("Am … schrieb …:"), possibly wrapped over up to three lines, followed by quoted text or the end. */
function attributionAt(lines: readonly string[], i: number): number | undefined {
  const first = lines[i]!.trim();
  if (!ATTRIBUTION_START.some((r) => r.test(first))) return undefined;
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const joined = lines
      .slice(i, j + 1)
      .map((l) => l.trim())
      .join(' ');
    if (ATTRIBUTION_END.test(joined)) {
      const next = nextNonEmpty(lines, j + 1);
      if (next >= lines.length || lines[next]!.trim().startsWith('>') || j + 1 < lines.length) return j;
    }
  }
  return undefined;
}

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (i >= lines.length || !HEADER_FROM.test(lines[i]!.trim())) return false;
  let others = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    const l = lines[j]!.trim();
    if (l === '') continue;
    if (HEADER_OTHERS.test(l)) others++;
  }
  return others >= 2;
}

function restIsQuoted(lines: readonly string[], i: number): boolean {
  for (let j = i; j < lines.length; j++) {
    const l = lines[j]!.trim();
    if (l !== '' && !l.startsWith('>')) return false;
  }
  return true;
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j]!.trim() === '') j++;
  return j;
}

/** Where the signature starts within lines[0, end), or end. */
function signatureStart(lines: readonly string[], end: number): number {
  for (let i = 0; i < end; i++) {
    const line = lines[i]!.trimEnd();
    if (SIGNATURE_MARKS.some((r) => r.test(line.trim())) && i > 0) return i;
  }
  // a closing phrase near the end: keep it and the name under it, cut the company block below
  for (let i = end - 1; i >= Math.max(0, end - 25); i--) {
    if (!CLOSINGS.test(lines[i]!.trim())) continue;
    const name = nextNonEmpty(lines, i + 1);
    if (name >= end) return end;
    const after = name + 1;
    const rest = lines.slice(after, end).filter((l) => l.trim() !== '');
    // a signature block is short and reads like contact details, not like more message
    if (rest.length > 0 && rest.length <= 15 && rest.every(looksLikeSignatureLine)) return after;
    return end;
  }
  return end;
}

function looksLikeSignatureLine(line: string): boolean {
  const l = line.trim();
  if (l.length > 90) return false;
  if (/[?]$/.test(l)) return false;
  return true;
}
