/**
 * A fast reader for the YAML that `stringifyYaml` writes: block mappings, block sequences of
 * mappings or scalars, plain, quoted and literal-block scalars. It returns exactly what the full YAML
 * parser returns for such text, or `undefined` for anything else — flow collections, anchors,
 * tags, folded or indented blocks, numbers other than plain integers, comments after values,
 * duplicate keys, tabs, CRLF — which the caller then gives to the full parser. Reading a
 * hundred thousand ticket files at once (a fresh clone's first command) is the reason: the
 * full parser builds a document tree first and takes several times as long.
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const KEY = /^( *)(- )?([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
/** A sequence item that is not a mapping: `- value`. */
const ITEM = /^( *)- (.*)$/;
const INT = /^[-+]?[0-9]+$/;
/** What the YAML 1.2 core schema would read as a number other than a plain integer. */
const OTHER_NUMBER =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+)$/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Keys the core schema reads as null or a boolean, which the full parser then turns into other strings. */
const RESOLVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

export function parseFastYaml(text: string): Value | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  try {
    const reader = new Reader(lines);
    reader.skipBlank();
    const value = reader.atEnd() ? null : reader.map(0, false);
    reader.skipBlank();
    return reader.atEnd() ? value : undefined;
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  atEnd(): boolean {
    return this.i >= this.lines.length;
  }

  /** Skips empty lines and whole-line comments (outside block scalars). */
  skipBlank(): void {
    while (this.i < this.lines.length) {
      const trimmed = this.lines[this.i]!.slice(indentOf(this.lines[this.i]!));
      if (trimmed !== '' && !trimmed.startsWith('#')) return;
      this.i++;
    }
  }

  /**
   * A block mapping whose keys start at column `indent`. `item` is set for the mapping of a
   * sequence item, whose first key follows its "- " on the item's line.
   */
  map(indent: number, item: boolean): { [key: string]: Value } {
    const out: { [key: string]: Value } = {};
    let first = true;
    for (;;) {
      this.skipBlank();
      if (this.atEnd()) break;
      const line = this.lines[this.i]!;
      const m = KEY.exec(line);
      if (!m) {
        if (indentOf(line) >= indent) bail();
        break;
      }
      const [, spaces, dash, key, rest] = m as unknown as [
        string,
        string,
        string | undefined,
        string,
        string | undefined,
      ];
      const column = spaces.length + (dash ? 2 : 0);
      if (first && item) {
        if (!dash || spaces.length !== indent - 2) bail();
      } else {
        if (dash) {
          if (spaces.length + 2 > indent) bail();
          break; // the next item of the enclosing sequence
        }
        if (column < indent) break;
        if (column > indent) bail();
      }
      first = false;
      // a key is a scalar too: `null:` is the key "" and `True:` the key "true" to the full parser
      if (key === '__proto__' || RESOLVED_KEY.test(key) || Object.prototype.hasOwnProperty.call(out, key)) bail();
      this.i++;
      out[key] = this.value(indent, rest);
    }
    return out;
  }

  /** The value after "key:" of a key at column `indent`. */
  private value(indent: number, rest: string | undefined): Value {
    const text = trimSpaces(rest ?? '');
    if (text === '') return this.nested(indent);
    if (text === '|' || text === '|-' || text === '|+') return this.block(indent, text);
    return scalar(text);
  }

  /** A mapping or sequence on the following lines, or null when none follows. */
  private nested(indent: number): Value {
    this.skipBlank();
    if (this.atEnd()) return null;
    const line = this.lines[this.i]!;
    const deeper = indentOf(line);
    const m = KEY.exec(line);
    if (m?.[2] || (!m && ITEM.test(line))) {
      if (deeper !== indent + 2 && deeper !== indent) bail();
      return this.sequence(deeper);
    }
    if (deeper <= indent) return null;
    if (!m) bail();
    return this.map(deeper, false);
  }

  /** A block sequence of mappings or scalars, its dashes at column `indent`. */
  private sequence(indent: number): Value[] {
    const out: Value[] = [];
    for (;;) {
      this.skipBlank();
      if (this.atEnd()) break;
      const line = this.lines[this.i]!;
      const m = KEY.exec(line);
      const item = m ? undefined : ITEM.exec(line);
      if (!(m?.[2] || item) || indentOf(line) !== indent) {
        if (indentOf(line) > indent) bail();
        break;
      }
      if (m) {
        out.push(this.map(indent + 2, true));
        continue;
      }
      // one line, one scalar: an empty item, a block or a nested sequence is left to the parser
      const text = trimSpaces(item![2]!);
      if (text === '' || text[0] === '|' || text[0] === '>') bail();
      this.i++;
      out.push(scalar(text));
    }
    return out;
  }

  /** A literal block scalar (`|`, `|-`, `|+`) under a key at column `indent`. */
  private block(indent: number, header: string): string {
    const content: string[] = [];
    let contentIndent = -1;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      const spaces = indentOf(line);
      const blank = spaces === line.length;
      if (!blank) {
        if (contentIndent < 0) {
          if (spaces <= indent) break;
          contentIndent = spaces;
          // leading blank lines with more spaces than the content would belong to it
          if (content.some((l) => l.length > contentIndent)) bail();
        } else if (spaces < contentIndent) {
          if (spaces > indent) bail();
          break;
        }
      }
      content.push(line);
      this.i++;
    }
    if (contentIndent < 0) bail();
    let end = content.length;
    while (end > 0 && indentOf(content[end - 1]!) === content[end - 1]!.length) end--;
    const trailing = content.slice(end);
    if (trailing.some((l) => l.length > contentIndent)) bail();
    const body = content
      .slice(0, end)
      .map((l) => (l.length <= contentIndent && indentOf(l) === l.length ? '' : l.slice(contentIndent)))
      .join('\n');
    // the lines after the block that are blank belong to whatever follows: give them back
    this.i -= trailing.length;
    if (header === '|-') return body;
    if (header === '|') return `${body}\n`;
    if (this.i + trailing.length < this.lines.length) bail(); // kept trailing lines followed by more: rare, leave to the parser
    this.i += trailing.length;
    return `${body}\n${'\n'.repeat(trailing.length)}`;
  }
}

/** YAML's white space is the space (tabs are declined): String#trim would also take U+00A0 and the like. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

function scalar(text: string): Value {
  const c = text[0]!;
  if (c === '"') return doubleQuoted(text);
  if (c === "'") return singleQuoted(text);
  if (INDICATOR.test(text) && !(c === '-' && text.length > 1 && text[1] !== ' ')) bail();
  if (text.includes(' #') || text.includes(': ') || text.endsWith(':')) bail();
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (INT.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) bail();
  return detached(text);
}

function doubleQuoted(text: string): string {
  let end = 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  if (end >= text.length || trimSpaces(text.slice(end + 1)) !== '') bail();
  try {
    // JSON's escapes are a subset of YAML's; any other escape makes JSON.parse throw
    return JSON.parse(text.slice(0, end + 1)) as string;
  } catch {
    return bail();
  }
}

function singleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    const q = text.indexOf("'", i);
    if (q < 0) bail();
    out += text.slice(i, q);
    if (text[q + 1] === "'") {
      out += "'";
      i = q + 2;
      continue;
    }
    if (trimSpaces(text.slice(q + 1)) !== '') bail();
    return detached(out);
  }
}

/**
 * `s` as a string of its own. V8 keeps a slice of 13 or more characters as a view of the string
 * it was cut from, so every instant and title read from a file kept the whole file's text alive:
 * a report holding 20,000 tickets held their 20,000 texts too, most of its memory.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
