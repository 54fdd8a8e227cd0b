/**
 * The evaluation sets: two corpora (Debian's man pages; the Debian Reference), each in English
 * and German, with their questions split into a tuning half (settings are chosen on it) and a
 * held-out half (only reported). The split is by position: even lines tune, odd lines are held
 * out, so both halves cover every topic of a file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Lang } from '../../src/kb/article.js';
import { loadCorpus, type CorpusDoc } from './corpus.js';
import type { Judged } from './metrics.js';
import { loadReferenceCorpus } from './reference-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
export const cacheDir = join(here, '..', '..', '.desk', 'kb-eval');

export type CorpusName = 'man pages' | 'Debian Reference';
export const CORPORA: readonly CorpusName[] = ['man pages', 'Debian Reference'];
export type Half = 'tuning' | 'held-out' | 'all';

export interface EvalSet {
  corpus: CorpusName;
  lang: Lang;
  docs: CorpusDoc[];
  queries: Judged[];
}

const QUERY_FILES: Record<CorpusName, string> = { 'man pages': 'queries', 'Debian Reference': 'reference' };

export async function loadQueries(corpus: CorpusName, lang: Lang, half: Half): Promise<Judged[]> {
  const all = parse(await readFile(join(here, `${QUERY_FILES[corpus]}.${lang}.yaml`), 'utf8')) as Judged[];
  return half === 'all' ? all : all.filter((_, i) => (i % 2 === 0) === (half === 'tuning'));
}

export async function loadSet(corpus: CorpusName, lang: Lang, half: Half): Promise<EvalSet> {
  const docs = corpus === 'man pages' ? await loadCorpus(cacheDir, lang) : await loadReferenceCorpus(cacheDir, lang);
  return { corpus, lang, docs, queries: await loadQueries(corpus, lang, half) };
}
