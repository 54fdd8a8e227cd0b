/**
 * The second evaluation corpus: the Debian Reference, a user's guide in prose (not a command
 * reference like the man pages), which Debian ships in English and German
 * (`debian-reference-en`, `debian-reference-de`) as HTML. Each section (x.y or x.y.z) is one
 * article: title = its heading without the number, body = its text up to the next heading.
 * Sections carry the same id in both languages, so one slug names the same answer in both.
 * Cached under .desk/kb-eval/ like the man pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Lang } from '../../src/kb/article.js';
import type { CorpusDoc } from './corpus.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const REFERENCE_DIR = '/usr/share/debian-reference';
export const REFERENCE_PACKAGES: Record<Lang, string> = { en: 'debian-reference-en', de: 'debian-reference-de' };
const VERSION = 1;

const isElement = (n: Node): n is Element => 'tagName' in n;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) && !('childNodes' in node)) return '';
  const children = (node as Element).childNodes ?? [];
  const inner = children.map(textOf).join('');
  if (isElement(node) && /^(p|div|li|tr|pre|h\d|dt|dd|table|br)$/.test(node.tagName)) return `\n${inner}\n`;
  if (isElement(node) && /^(td|th)$/.test(node.tagName)) return ` ${inner} |`;
  return inner;
}

/** Sections of one chapter file, in document order: the headings h2 and h3 and the text after them. */
function sectionsOf(html: string, lang: Lang): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  let current: { id: string; title: string; parts: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const body = current.parts
      .join('')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*\n\s*/g, '\n\n')
      .trim();
    if (body.length > 40) docs.push({ slug: current.id, title: current.title, lang, body });
  };
  const walk = (node: Node): void => {
    if (
      isElement(node) &&
      /^h[23]$/.test(node.tagName) &&
      node.attrs.some((a) => a.name === 'class' && a.value === 'title')
    ) {
      const anchor = node.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'a');
      const id = anchor?.attrs.find((a) => a.name === 'id')?.value;
      if (id) {
        flush();
        const title = textOf(node)
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^[\d.]+\s+/, '');
        current = { id: `ref${id.replace(/_/g, '-').replace(/-+/g, '-').replace(/-$/, '')}`, title, parts: [] };
        return;
      }
    }
    if (isElement(node) && /^h[1-4]$/.test(node.tagName)) return; // chapter titles, table captions' headings
    if (node.nodeName === '#text') {
      current?.parts.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (isElement(node) && /^(script|style|head)$/.test(node.tagName)) return;
    const block = isElement(node) && /^(p|div|li|tr|pre|dt|dd|table|br)$/.test(node.tagName);
    if (block) current?.parts.push('\n');
    for (const child of (node as Element).childNodes ?? []) walk(child);
    if (block) current?.parts.push('\n');
  };
  // the files are XHTML: an empty anchor <a id="…"/> would open an element in HTML's parser
  walk(parse(html.replace(/<(a|span|col)\b([^>]*)\/>/g, '<$1$2></$1>')) as unknown as Node);
  flush();
  return docs;
}

export async function loadReferenceCorpus(cacheDir: string, lang: Lang): Promise<CorpusDoc[]> {
  const file = join(cacheDir, `reference-${lang}.json`);
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as { version: number; docs: CorpusDoc[] };
    if (cached.version === VERSION && cached.docs.length > 0) return cached.docs;
  } catch {
    // not cached yet
  }
  if (!existsSync(REFERENCE_DIR)) return [];
  const chapters = readdirSync(REFERENCE_DIR)
    .filter((n) => new RegExp(`^ch\\d+\\.${lang}\\.html$`).test(n))
    .sort();
  const docs: CorpusDoc[] = [];
  const seen = new Set<string>();
  for (const name of chapters) {
    for (const doc of sectionsOf(await readFile(join(REFERENCE_DIR, name), 'utf8'), lang)) {
      if (seen.has(doc.slug)) continue;
      seen.add(doc.slug);
      docs.push(doc);
    }
  }
  if (docs.length === 0) return docs;
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, JSON.stringify({ version: VERSION, docs }));
  return docs;
}
