import { createRequire } from 'node:module';
import { z } from 'zod';
import { splitFrontMatter } from './front-matter.js';
import { LANGS } from './langs.js';
import { MAX_ALIAS_EXPANSIONS, unreadable } from '../core/files/yaml-limits.js';
import { decodeUtf8 } from '../core/files/utf8.js';
import { isoDate } from '../core/schema/common.js';

/**
 * The YAML library takes longer to load than a search on an unchanged index: it is loaded
 * when front matter is first read or written, which a search whose articles did not change
 * never does.
 */
let yamlLibrary: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlLibrary ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** Knowledge-base article: `kb/<slug>.md`, YAML front matter + Markdown body. */

export const AUDIENCES = ['internal', 'customer'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MAX_SLUG_LENGTH = 120;
/** Front matter is metadata; anything bigger than this is a mistake, not an article. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const productId = z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'expected a product id like "lohn" or "lohn/export"');
const ticketId = z.string().regex(/^T-[0-9A-Z]+$/, 'expected a ticket id like "T-4K7M2QXZ9ABC"');

export const articleMetaSchema = z.strictObject({
  title: z.string().trim().min(1, 'title must not be empty'),
  tags: z.array(z.string().trim().min(1)).optional(),
  products: z.array(productId).optional(),
  lang: z.enum(LANGS).optional(),
  audience: z.enum(AUDIENCES).optional(),
  related: z.array(ticketId).optional(),
  author: z.string().trim().min(1).optional(),
  created: isoDate.optional(),
  updated: isoDate.optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** The order `renderArticle` writes keys in, so diffs stay small. */
const KEY_ORDER: readonly (keyof ArticleMeta)[] = ['title', 'tags', 'products', 'lang', 'audience', 'related', 'author', 'created', 'updated'];

export interface Article {
  slug: string;
  file: string;
  meta: ArticleMeta;
  /** The Markdown body, complete; the index caps what it reads of it. */
  body: string;
}

export interface ArticleProblem {
  file: string;
  field: string;
  message: string;
  line?: number;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ArticleProblem[] };

export function slugProblem(slug: string): string | undefined {
  if (slug.length > MAX_SLUG_LENGTH) return `slug is longer than ${MAX_SLUG_LENGTH} characters`;
  if (!SLUG_PATTERN.test(slug)) return `slug "${slug}" must be lowercase letters, digits and hyphens, starting with a letter or digit (no path characters)`;
  return undefined;
}

/** Decodes bytes strictly: a file that is not UTF-8 text is reported, not indexed as mojibake. */
export function parseArticle(slug: string, input: string | Uint8Array, file: string): ParseResult {
  const fail = (field: string, message: string, line?: number): ParseResult => ({
    ok: false,
    problems: [{ file, field, message, ...(line === undefined ? {} : { line }) }],
  });
  const badSlug = slugProblem(slug);
  if (badSlug) return fail('slug', badSlug);
  const decoded = typeof input === 'string' ? { ok: true as const, text: input } : decodeUtf8(input);
  if (!decoded.ok) return fail('file', `not valid UTF-8 text from byte ${decoded.offset} on (binary file?)`);
  const text = decoded.text;
  if (text.includes('\u0000')) return fail('file', 'contains NUL bytes (binary file?)');

  const split = splitFrontMatter(text);
  if (!split) return fail('front matter', 'missing front matter: the file must start with a line "---", YAML, and a closing "---"', 1);
  if (split.yaml.length > MAX_FRONT_MATTER_CHARS) return fail('front matter', `front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1024} KB`, 1);

  const { LineCounter, parseDocument, isMap } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // +1 for the opening "---" line: YAML line 1 is file line 2.
  const fileLine = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        field: 'front matter',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        line: fileLine(e.pos[0]) ?? 1,
      })),
    };
  }
  if (!isMap(doc.contents)) return fail('front matter', 'front matter must be a YAML mapping of fields', 2);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (e) {
    return fail('front matter', unreadable(e), 1); // an alias bomb, named instead of crashing
  }
  const parsed = articleMetaSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : issue.path.map(String);
        const node = path.length > 0 ? doc.getIn(path, true) : undefined;
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        const line = fileLine(range?.[0]) ?? fileLine(findKeyOffset(split.yaml, path[0])) ?? 2;
        const field = path.join('.') || 'front matter';
        const message = issue.code === 'invalid_type' && issue.input === undefined ? `${field} is required` : issue.message;
        return { file, field, message, line };
      }),
    };
  }
  return { ok: true, article: { slug, file, meta: parsed.data, body: split.body } };
}

function findKeyOffset(yaml: string, key: string | undefined): number | undefined {
  if (!key) return undefined;
  const m = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm').exec(yaml);
  return m?.index;
}

/** Serialises an article back to its file text with a fixed key order. */
export function renderArticle(article: Pick<Article, 'meta' | 'body'>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = article.meta[key];
    if (value !== undefined) ordered[key] = value;
  }
  const frontMatter = yaml().stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${frontMatter}---\n${article.body}`;
}
