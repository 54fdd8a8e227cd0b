/**
 * A customer's answer to "how did we do, 1 to 5?", in German or English, as people write it:
 * "5", "4/5", "5 Sterne", "★★★★", "sehr gut", "excellent", "mangelhaft", "poor". An answer that
 * names two different scores, or none desk can read with certainty, is left for a person.
 */
export type Rating = { score: number; comment?: string } | { score?: undefined; ambiguous: string };

const WORDS: [RegExp, number][] = [
  [
    /\b(sehr\s+gut|hervorragend|ausgezeichnet|exzellent|super|perfekt|excellent|outstanding|perfect|very\s+good|great)\b/i,
    5,
  ],
  [/\b(gut|good)\b/i, 4],
  [/\b(befriedigend|ok(ay)?|in\s+ordnung|average|fair|satisfactory)\b/i, 3],
  [/\b(ausreichend|schlecht|mäßig|poor|bad)\b/i, 2],
  [/\b(mangelhaft|ungenügend|sehr\s+schlecht|katastrophal|very\s+(poor|bad)|terrible|awful)\b/i, 1],
];

const DIGIT_WORDS: Record<string, number> = {
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

export function parseRating(answer: string): Rating {
  const text = answer.replace(/\r\n?/g, '\n').trim();
  const first =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const scores = new Set<number>();
  // stars written out
  const stars = /★+/.exec(first);
  if (stars) scores.add(Math.min(stars[0].length, 5));
  // "5", "4/5", "4 von 5", "5 Sterne", "5 stars", "Note 2" is a school grade, not a score
  if (!/\bnote\s*[1-6]\b/i.test(first))
    for (const m of first.matchAll(/(?<![\d.,])([1-5])(?:\s*(?:\/|von|of|out of)\s*5)?(?![\d.,])/gi))
      scores.add(Number(m[1]));
  for (const m of first
    .toLowerCase()
    .matchAll(/\b(eins|zwei|drei|vier|fünf|fuenf|one|two|three|four|five)\s+(sterne?|stars?|punkte?|points?)\b/g))
    scores.add(DIGIT_WORDS[m[1]!]!);
  // words: the most specific first ("sehr schlecht" before "schlecht", "sehr gut" before "gut")
  const lower = first.toLowerCase();
  if (/\bnicht\s+(gut|zufrieden)|\bnot\s+(good|happy|satisfied)/i.test(lower)) return { ambiguous: text };
  const worded = new Set<number>();
  if (WORDS[4]![0].test(lower)) worded.add(1);
  else if (WORDS[0]![0].test(lower)) worded.add(5);
  else for (const [re, score] of WORDS.slice(1, 4)) if (re.test(lower)) worded.add(score);
  // a score and words that say otherwise ("gut, aber 2 Tage Wartezeit") need a person
  if (scores.size && worded.size && [...worded].some((w) => !scores.has(w))) return { ambiguous: text };
  for (const w of worded) scores.add(w);
  if (scores.size !== 1) return { ambiguous: text };
  const comment = text.slice(text.indexOf(first) + first.length).trim();
  const rest = first
    .replace(/★+/, '')
    .replace(/^\W*[1-5](\s*(\/|von|of|out of)\s*5)?\s*(sterne?|stars?|punkte?|points?)?\W*/i, '')
    .trim();
  const said = [rest, comment].filter(Boolean).join('\n');
  return { score: [...scores][0]!, ...(said && { comment: said }) };
}
