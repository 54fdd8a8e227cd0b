import type { AnalysedArticle, ArticleInfo } from './analysed-article.js';
import { KINDS } from './fields.js';
import { LANGS, type Lang } from './langs.js';
import { STRIDE, appendPosting, withoutArticles, type Postings } from './postings.js';
import type { IndexReader, LangFigures } from './ranking.js';

/**
 * The whole index in memory: for the evaluation, for a clone where `.desk/` cannot be written,
 * and in the help center's page, which loads it from the search file publish writes. Short ids
 * are given in the order articles are added; an edited article gets a new one, so every
 * term's postings stay sorted by appending.
 */

export interface IndexedArticle extends ArticleInfo {
  /** The plain text its snippet is cut from. */
  text: string;
}

/** The index as JSON: what the help center ships to the browser. */
export interface SerialisedIndex {
  articles: (IndexedArticle | null)[];
  /** Term counts per field kind, KINDS.length per short id. */
  lengths: number[];
  terms: Record<Lang, Record<string, number[]>>;
}

export class MemoryIndex implements IndexReader {
  private readonly articles: (IndexedArticle | undefined)[] = [];
  private readonly lengths: number[] = [];
  private readonly terms: Record<Lang, Map<string, number[]>> = { de: new Map(), en: new Map() };
  private readonly shortIds = new Map<string, number>();
  private sorted: Partial<Record<Lang, string[]>> = {};
  private byLength: Partial<Record<Lang, Map<string, string[]>>> = {};
  private figuresOf: Partial<Record<Lang, LangFigures>> = {};

  static from(serialised: SerialisedIndex): MemoryIndex {
    const index = new MemoryIndex();
    serialised.articles.forEach((a, shortId) => {
      index.articles.push(a ?? undefined);
      if (a) index.shortIds.set(a.slug, shortId);
    });
    index.lengths.push(...serialised.lengths);
    for (const lang of LANGS) for (const [term, p] of Object.entries(serialised.terms[lang])) index.terms[lang].set(term, p);
    return index;
  }

  toJSON(): SerialisedIndex {
    const terms = { de: {}, en: {} } as SerialisedIndex['terms'];
    for (const lang of LANGS) for (const [term, p] of this.terms[lang]) terms[lang][term] = p;
    return { articles: this.articles.map((a) => a ?? null), lengths: this.lengths, terms };
  }

  get size(): number {
    return this.shortIds.size;
  }

  has(slug: string): boolean {
    return this.shortIds.has(slug);
  }

  slugs(): string[] {
    return [...this.shortIds.keys()];
  }

  /** Adds articles (replacing those of the same slug) and removes others. */
  update(added: Iterable<AnalysedArticle>, removedSlugs: Iterable<string>): void {
    const leaving = new Set<number>();
    const withdraw = (slug: string): void => {
      const shortId = this.shortIds.get(slug);
      if (shortId === undefined) return;
      leaving.add(shortId);
      this.articles[shortId] = undefined;
      this.shortIds.delete(slug);
      for (let k = 0; k < KINDS.length; k++) this.lengths[shortId * KINDS.length + k] = 0;
    };
    for (const slug of removedSlugs) withdraw(slug);
    const list = [...added];
    for (const a of list) withdraw(a.info.slug);
    if (leaving.size > 0) {
      for (const lang of LANGS) {
        for (const [term, p] of this.terms[lang]) {
          // most terms hold none of the leaving articles: look before copying
          let holds = false;
          for (let i = 0; i < p.length && !holds; i += STRIDE) holds = leaving.has(p[i]!);
          if (!holds) continue;
          const kept = withoutArticles(p, leaving);
          if (kept.length === 0) this.terms[lang].delete(term);
          else this.terms[lang].set(term, kept);
        }
      }
    }
    for (const a of list) {
      const shortId = this.articles.length;
      this.articles.push({ ...a.info, text: a.text });
      this.shortIds.set(a.info.slug, shortId);
      this.lengths.push(...a.lengths);
      const terms = this.terms[a.info.lang];
      for (const [term, counts] of a.counts) {
        let p = terms.get(term);
        if (!p) terms.set(term, (p = []));
        appendPosting(p, shortId, counts);
      }
    }
    this.sorted = {};
    this.byLength = {};
    this.figuresOf = {};
  }

  figures(lang: Lang): LangFigures {
    return (this.figuresOf[lang] ??= this.count(lang));
  }

  private count(lang: Lang): LangFigures {
    const sums = KINDS.map(() => 0);
    let documentCount = 0;
    this.articles.forEach((a, shortId) => {
      if (a?.lang !== lang) return;
      documentCount += 1;
      for (let k = 0; k < KINDS.length; k++) sums[k]! += this.lengths[shortId * KINDS.length + k]!;
    });
    return { documentCount, averageLength: sums.map((s) => (documentCount ? s / documentCount : 0)) };
  }

  postings(lang: Lang, term: string): Postings | undefined {
    return this.terms[lang].get(term);
  }

  documentFrequency(lang: Lang, term: string): number {
    return (this.terms[lang].get(term)?.length ?? 0) / STRIDE;
  }

  termsWithPrefix(lang: Lang, prefix: string): string[] {
    const sorted = (this.sorted[lang] ??= [...this.terms[lang].keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
    return found;
  }

  *termsOfLength(lang: Lang, first: string, min: number, max: number): Iterable<string> {
    let groups = this.byLength[lang];
    if (!groups) {
      groups = new Map();
      for (const term of this.terms[lang].keys()) {
        const key = `${term[0]}${term.length}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        g.push(term);
      }
      this.byLength[lang] = groups;
    }
    for (let n = min; n <= max; n++) yield* groups.get(`${first}${n}`) ?? [];
  }

  fieldLengths(): ArrayLike<number> {
    return this.lengths;
  }

  article(shortId: number): ArticleInfo | undefined {
    return this.articles[shortId];
  }

  snippetText(shortId: number): string {
    return this.articles[shortId]?.text ?? '';
  }
}
