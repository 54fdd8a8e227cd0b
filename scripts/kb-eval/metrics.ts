/** Ranking quality over queries with known answers. */
export interface Judged {
  q: string;
  a: string[];
}

export interface Quality {
  mrr: number;
  /** Standard error of the MRR: the spread of the per-query reciprocal ranks over √n. */
  mrrSe: number;
  /** Per query: 1/rank of its first right page, or 0. */
  reciprocalRanks: number[];
  recall: number;
  hit: number;
  misses: string[];
}

/**
 * MRR@10: 1/rank of the first right page, 0 if none in the top 10.
 * Recall@10: share of a query's right pages that are in the top 10.
 * Hit@10: share of queries with at least one right page in the top 10.
 */
export function quality(queries: Judged[], ranked: string[][]): Quality {
  let mrr = 0;
  let recall = 0;
  let hit = 0;
  const misses: string[] = [];
  const reciprocalRanks: number[] = [];
  queries.forEach((query, i) => {
    const top = (ranked[i] ?? []).slice(0, 10);
    const right = new Set(query.a);
    const rank = top.findIndex((slug) => right.has(slug));
    reciprocalRanks.push(rank >= 0 ? 1 / (rank + 1) : 0);
    if (rank >= 0) {
      mrr += 1 / (rank + 1);
      hit += 1;
    } else {
      misses.push(`${query.q} → ${query.a[0]} (got ${top.slice(0, 3).join(', ') || 'nothing'})`);
    }
    recall += top.filter((slug) => right.has(slug)).length / right.size;
  });
  const n = queries.length || 1;
  return {
    mrr: mrr / n,
    mrrSe: standardError(reciprocalRanks),
    reciprocalRanks,
    recall: recall / n,
    hit: hit / n,
    misses,
  };
}

/** Standard error of the mean of `xs`. */
export function standardError(xs: number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  return Math.sqrt(variance / n);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * The same questions with one typo each: two neighbouring letters swapped in the middle of the
 * longest word ("memory" → "meomry"), the slip a fast typist makes. Deterministic.
 */
export function withTypo(q: string): string {
  const words = q.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i;
  });
  const w = words[longest]!;
  if (w.length < 5) return q;
  const i = Math.floor(w.length / 2) - 1;
  words[longest] = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  return words.join(' ');
}
