// eslint-disable-next-line no-restricted-imports -- loads a library, reads no data: see yamlLibrary
import { createRequire } from 'node:module';
import { parseFastYaml } from './fast-yaml.js';
import { MAX_ALIAS_EXPANSIONS, unreadable } from './yaml-limits.js';
import type { Text } from '../../i18n/keys.js';

/**
 * The full YAML library costs tens of milliseconds to load, and reading the files desk writes
 * never needs it (the fast reader takes them): it is loaded on first use.
 */
let library: typeof import('yaml') | undefined;
function yamlLibrary(): typeof import('yaml') {
  return (library ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

export interface Problem {
  file: string;
  field: string;
  /** What is wrong, in English (as --json and logs keep it). */
  message: string;
  /** The same as a text of the catalog, for the reader's language (absent: said in English only). */
  said?: Text;
  line?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses YAML text; a syntax error becomes a problem naming the file and line. The files desk
 * writes take the fast reader (./fast-yaml.ts), which returns what the full parser would or
 * declines; a hundred thousand ticket files and five hundred customers are read in a fraction.
 */
export function parseYamlText(file: string, text: string): Parsed<unknown> {
  const fast = parseFastYaml(text);
  if (fast !== undefined) return { ok: true, value: fast };
  const doc = yamlLibrary().parseDocument(text);
  const first = doc.errors[0];
  if (first) {
    // the first syntax error is the one to fix; the rest usually follow from it
    const line = first.linePos?.[0]?.line;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, problems: [{ file, field: '(yaml)', line, message: `line ${line ?? '?'}: ${message}` }] };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
  } catch (e) {
    return { ok: false, problems: [{ file, field: '(yaml)', message: unreadable(e) }] };
  }
}

/** A schema's verdict as zod gives it; typed by shape, so this module loads no schema library. */
interface RecordSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** A YAML record file read and checked against its schema: the value, or every problem at once. */
export function parseYamlRecord<T>(file: string, text: string, schema: RecordSchema<T>): Parsed<T> {
  const yaml = parseYamlText(file, text);
  if (!yaml.ok) return yaml;
  const parsed = schema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues) };
  return { ok: true, value: parsed.data };
}

/** Zod issues as problems: `contracts[0].fee` style paths, one per issue, all at once. */
export function issuesToProblems(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Problem[] {
  return issues.map((i) => ({ file, field: formatPath(i.path) || '(file)', message: i.message }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

const QUOTED_KEYS = new Set(['id', 'entry', 'replaces', 'at', 'receivedAt', 'date']);

/**
 * Stable YAML for files people read and git merges: key order as given, ids and instants quoted,
 * multi-line text as literal blocks, no line folding.
 */
export function stringifyYaml(value: unknown, header?: string): string {
  const { Document, isScalar, visit } = yamlLibrary();
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        if (pair.value.value.includes('\n')) pair.value.type = 'BLOCK_LITERAL';
        else if (QUOTED_KEYS.has(key)) pair.value.type = 'QUOTE_DOUBLE';
      }
    },
  });
  if (header) doc.commentBefore = header;
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
