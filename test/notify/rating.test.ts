import { describe, expect, it } from 'vitest';
import { parseRating } from '../../src/core/feedback/rating.js';

describe('a reply to a feedback request, read as a score', () => {
  it.each([
    ['5', 5],
    ['4/5', 4],
    ['3 von 5', 3],
    ['5 Sterne', 5],
    ['4 stars', 4],
    ['fünf Sterne', 5],
    ['★★★★', 4],
    ['sehr gut', 5],
    ['Sehr gut, danke!', 5],
    ['gut', 4],
    ['Excellent service', 5],
    ['good', 4],
    ['ok', 3],
    ['schlecht', 2],
    ['sehr schlecht', 1],
    ['mangelhaft', 1],
    ['terrible', 1],
  ])('%j → %i', (answer, score) => {
    expect(parseRating(answer).score).toBe(score);
  });

  it('keeps the rest of the answer as the comment', () => {
    expect(parseRating('4\n\nDer Export läuft wieder, nur die Rückmeldung kam spät.')).toEqual({
      score: 4,
      comment: 'Der Export läuft wieder, nur die Rückmeldung kam spät.',
    });
    expect(parseRating('5 Sterne – schnell und freundlich')).toEqual({ score: 5, comment: 'schnell und freundlich' });
  });

  it.each([
    ['zwischen 3 und 4'],
    ['Note 2'],
    ['nicht gut'],
    ['Bitte rufen Sie mich an'],
    ['Thanks, we will see'],
    ['gut, aber 2 Tage Wartezeit waren schlecht'],
  ])('%j is left for a person', (answer) => {
    const r = parseRating(answer);
    expect(r.score).toBeUndefined();
    expect(r).toEqual({ ambiguous: answer });
  });
});
