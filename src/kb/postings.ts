import { KINDS } from './fields.js';

/**
 * The index's own format of a term's postings: per article that holds the term, its short id
 * and how often the term occurs in each field kind (title, tags, lead, body), as one flat
 * Int32Array sorted by short id. The stored index keeps it as bytes, the help center's search
 * file as a list of numbers: both are read by the same ranking code, and neither depends on a
 * library's private format.
 */
export const STRIDE = 1 + KINDS.length;

/** Read-only: an Int32Array from the stored index, a plain list in memory and in the help center. */
export type Postings = ArrayLike<number>;

/** Appends an article's counts; ids must come in ascending order. */
export function appendPosting(target: number[], shortId: number, counts: ArrayLike<number>): void {
  target.push(shortId);
  for (let k = 0; k < KINDS.length; k++) target.push(counts[k] ?? 0);
}

export function documentFrequency(postings: Postings | undefined): number {
  return postings ? postings.length / STRIDE : 0;
}

/** The postings without the articles of `leaving`. */
export function withoutArticles(postings: Postings, leaving: ReadonlySet<number>): number[] {
  const kept: number[] = [];
  for (let i = 0; i < postings.length; i += STRIDE) {
    if (!leaving.has(postings[i]!)) for (let k = 0; k < STRIDE; k++) kept.push(postings[i + k]!);
  }
  return kept;
}
