import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { parseArticle, type Article } from '../../src/kb/article.js';

/** An article from front-matter fields and a body, as a file would hold it. */
export function md(meta: Record<string, unknown>, body: string): string {
  const lines = Object.entries(meta).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

export function article(slug: string, meta: Record<string, unknown>, body: string): Article {
  const parsed = parseArticle(slug, md(meta, body), `kb/${slug}.md`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
}

/**
 * Writes a file dated a minute ago, a second later than the file put before it: the index trusts
 * a file's signature only once it is a few seconds old (racily clean files), as articles
 * written before a search usually are. Each put moves the date on, as a later save would.
 */
export async function put(path: string, content: string | Uint8Array): Promise<void> {
  await writeFile(path, content);
  const at = new Date(settledBase + ++settled * 1000);
  await utimes(path, at, at);
}
const settledBase = Date.now() - 600_000;
let settled = 0;

/** A temporary helpdesk repository holding only kb/ with the given files. */
export async function tempRepo(files: Record<string, string | Uint8Array>): Promise<{ root: string; kb: string }> {
  const root = await mkdtemp(join(tmpdir(), 'desk-kb-test-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  const kb = join(root, 'kb');
  await mkdir(kb);
  for (const [name, content] of Object.entries(files)) await put(join(kb, name), content);
  return { root, kb };
}
