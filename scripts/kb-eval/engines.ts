/**
 * The engines compared, each behind the same two calls. Peers get title and body as two
 * fields, their own language support where they ship one, and otherwise their defaults.
 */
import MiniSearch from 'minisearch';
import lunr from 'lunr';
import lunrStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrDe from 'lunr-languages/lunr.de.js';
import FlexSearch from 'flexsearch';
import flexEn from 'flexsearch/lang/en';
import flexDe from 'flexsearch/lang/de';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { deu, eng } from 'stopword';
import snowball from 'snowball-stemmers';
import type { Lang } from '../../src/kb/article.js';
import { buildIndex, search, type KbIndex } from '../../src/kb/search-index.js';
import type { SearchTuning } from '../../src/kb/tuning.js';
import type { CorpusDoc } from './corpus.js';

export interface Engine {
  name: string;
  build(docs: CorpusDoc[], lang: Lang): Promise<void> | void;
  /** Slugs of the top 10, best first. */
  query(q: string): Promise<string[]> | string[];
}

export function toArticles(docs: CorpusDoc[]) {
  return docs.map((d) => ({
    slug: d.slug,
    file: `${d.slug}.md`,
    meta: { title: d.title, lang: d.lang },
    body: d.body,
  }));
}

export function deskEngine(tuning?: SearchTuning, name = 'desk'): Engine & { index?: KbIndex } {
  const engine: Engine & { index?: KbIndex } = {
    name,
    build(docs) {
      engine.index = buildIndex(toArticles(docs));
    },
    query(q) {
      const outcome = search(engine.index!, q, { limit: 10, ...(tuning ? { tuning } : {}) });
      return outcome.kind === 'results' ? outcome.hits.map((h) => h.slug) : [];
    },
  };
  return engine;
}

export function minisearchDefault(): Engine {
  let mini: MiniSearch<CorpusDoc>;
  return {
    name: 'minisearch (defaults)',
    build(docs) {
      mini = new MiniSearch<CorpusDoc>({ fields: ['title', 'body'], idField: 'slug' });
      mini.addAll(docs);
    },
    query: (q) =>
      mini
        .search(q)
        .slice(0, 10)
        .map((r) => r.id as string),
  };
}

/** minisearch with the stemming and stop words desk starts from: Snowball for the language, the stopword lists. */
export function minisearchStemmed(): Engine {
  let mini: MiniSearch<CorpusDoc>;
  return {
    name: 'minisearch (stemming, stop words)',
    build(docs, lang) {
      const stemmer = snowball.newStemmer(lang === 'de' ? 'german' : 'english');
      const stop = new Set(lang === 'de' ? deu : eng);
      mini = new MiniSearch<CorpusDoc>({
        fields: ['title', 'body'],
        idField: 'slug',
        processTerm: (term) => (stop.has(term.toLowerCase()) ? null : stemmer.stem(term.toLowerCase())),
      });
      mini.addAll(docs);
    },
    query: (q) =>
      mini
        .search(q)
        .slice(0, 10)
        .map((r) => r.id as string),
  };
}

let lunrLanguagesLoaded = false;
export function lunrEngine(): Engine {
  let idx: lunr.Index;
  return {
    name: 'lunr (+ lunr-languages de)',
    build(docs, lang) {
      if (!lunrLanguagesLoaded) {
        lunrStemmerSupport(lunr);
        lunrDe(lunr);
        lunrLanguagesLoaded = true;
      }
      idx = lunr(function () {
        if (lang === 'de') this.use((lunr as unknown as { de: lunr.Builder.Plugin }).de);
        this.ref('slug');
        this.field('title');
        this.field('body');
        for (const d of docs) this.add(d);
      });
    },
    // lunr.Index#search parses query syntax (+, -, ~, :); plain words are passed as terms instead
    query: (q) =>
      idx
        .query((query) => {
          for (const token of lunr.tokenizer(q)) query.term(token.toString(), {});
        })
        .slice(0, 10)
        .map((r) => r.ref),
  };
}

export function flexsearchEngine(): Engine {
  let doc: InstanceType<typeof FlexSearch.Document>;
  return {
    name: 'flexsearch (+ lang preset)',
    build(docs, lang) {
      const encoder = new FlexSearch.Encoder(lang === 'de' ? flexDe : flexEn);
      doc = new FlexSearch.Document({ document: { id: 'slug', index: ['title', 'body'] }, encoder } as never);
      for (const d of docs) doc.add(d as never);
    },
    // suggest: without it every query word must occur, which natural questions rarely satisfy
    query: (q) =>
      (doc.search(q, { limit: 10, suggest: true, merge: true } as never) as unknown as { id: string }[])
        .slice(0, 10)
        .map((r) => r.id),
  };
}

export function oramaEngine(): Engine {
  let db: ReturnType<typeof create>;
  return {
    name: 'orama',
    async build(docs, lang) {
      // orama ships a stemmer for English only, and no stop words: without them its prefix
      // matching lets "I" or "a" match half the corpus, so it gets the lists desk starts from
      const stopWords = lang === 'en' ? eng : deu;
      db = create({
        schema: { slug: 'string', title: 'string', body: 'string' } as const,
        components: {
          tokenizer:
            lang === 'en' ? { language: 'english', stemming: true, stopWords } : { language: 'german', stopWords },
        },
      });
      await insertMultiple(
        db,
        docs.map((d) => ({ id: d.slug, ...d })),
        500,
      );
    },
    async query(q) {
      const res = await oramaSearch(db, { term: q, properties: ['title', 'body'], limit: 10 });
      return res.hits.map((h) => h.id);
    },
  };
}
