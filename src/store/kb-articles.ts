import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Problem } from '../core/files/yaml-text.js';
import { parseArticle, slugProblem, type Article } from '../kb/article.js';
import { readHelpdeskText, readHelpdeskTextOr } from './helpdesk-files.js';

export const articleFile = (slug: string) => `kb/${slug}.md`;

/** Every article in kb/ that parses; the others are reported with file and line. */
export async function loadArticles(root: string): Promise<{ articles: Article[]; problems: Problem[] }> {
  const names = (await readdir(join(root, 'kb')).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const file = `kb/${name}`;
    const text = await readHelpdeskTextOr(root, file, problems);
    if (text === undefined) continue;
    const parsed = parseArticle(name.slice(0, -3), text, file);
    if (parsed.ok) articles.push(parsed.article);
    else problems.push(...parsed.problems);
  }
  return { articles, problems };
}

/** One article by slug; unknown or path-like slugs are refused. */
export async function readArticle(root: string, slug: string): Promise<Article> {
  const bad = slugProblem(slug);
  if (bad) throw usage(text('store.badSlug', { slug, problem: bad }));
  const file = articleFile(slug);
  if (!existsSync(join(root, file))) throw usage(text('store.noArticle', { slug }), text('store.noArticleHint'));
  const parsed = parseArticle(slug, await readHelpdeskText(root, file), file);
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw usage(
      text('store.badArticle', { file: p.file, field: p.field, message: p.message }),
      text('store.badArticleHint'),
    );
  }
  return parsed.article;
}

/** Problems between articles and tickets, for `desk check`: articles that name unknown tickets. */
export function articleReferenceProblems(articles: readonly Article[], ticketIds: ReadonlySet<string>): Problem[] {
  return articles.flatMap((a) =>
    (a.meta.related ?? []).flatMap((id, i) =>
      ticketIds.has(id) ? [] : [{ file: a.file, field: `related[${i}]`, message: `unknown ticket ${id}` }],
    ),
  );
}
