/**
 * Characters XML 1.0 cannot carry at all, not even as a reference: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. An e-invoice with one of
 * them is not well-formed and is rejected by every receiver, so such text is refused where it
 * is typed, with the field named.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/u;

/** Why `text` cannot go into an XML document, or undefined when it can. */
export function xmlProblem(text: string): string | undefined {
  const found = xmlCharacter(text);
  if (!found) return undefined;
  return `has the character U+${found.cp} at position ${found.at}, which an e-invoice (XML) cannot carry; remove it`;
}

/** The first character of `text` XML cannot carry: its code point (`001B`) and position (from 1). */
export function xmlCharacter(text: string): { cp: string; at: number } | undefined {
  const m = NOT_XML.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  return { cp: cp.toString(16).toUpperCase().padStart(4, '0'), at: [...text.slice(0, m.index)].length + 1 };
}

const allowed = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/**
 * The first character in an XML document that XML 1.0 forbids, written or as a character
 * reference (`&#1;`), with its line; undefined when there is none. A structural parser says
 * whether tags match; this says what such parsers often let through.
 */
export function xmlDocumentCharacterProblem(doc: string): { line: number; message: string } | undefined {
  const lineOf = (index: number) => doc.slice(0, index).split('\n').length;
  const raw = NOT_XML.exec(doc);
  const REF = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;
  let ref: { index: number; cp: number } | undefined;
  for (let m = REF.exec(doc); m; m = REF.exec(doc)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!allowed(cp)) {
      ref = { index: m.index, cp };
      break;
    }
  }
  const first = [raw && { index: raw.index, cp: raw[0].codePointAt(0)! }, ref]
    .filter((x): x is { index: number; cp: number } => Boolean(x))
    .sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  return {
    line: lineOf(first.index),
    message: `the character U+${first.cp.toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`,
  };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or an attribute value. Refused characters must be refused before. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
