import { describe, expect, it } from 'vitest';
import { analyze, guessLanguage, planQuery } from '../../src/kb/text.js';

describe('analysis', () => {
  it('folds ß and umlauts the same way at index and query time, in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      expect(analyze('Straße', lang)).toEqual(analyze('Strasse', lang));
      expect(analyze('Müller', lang)).toEqual(analyze('Mueller', lang));
      expect(analyze('Mueller', lang)).toEqual(analyze('Muller', lang));
    }
  });

  it('stems German and English with Snowball', () => {
    expect(analyze('Drucker', 'de')).toEqual(analyze('Druckern', 'de'));
    expect(analyze('printers', 'en')).toEqual(analyze('printer', 'en'));
    expect(analyze('running processes', 'en')).toEqual(analyze('run process', 'en'));
  });

  it('drops stop words of the language', () => {
    expect(analyze('der Drucker und die Maus', 'de')).toEqual(analyze('Drucker Maus', 'de'));
    expect(analyze('the printer and the mouse', 'en')).toEqual(analyze('printer mouse', 'en'));
  });

  it('keeps words a helpdesk searches for even where generic lists call them stop words', () => {
    expect(analyze('Suche Zeit Uhr', 'de')).toHaveLength(3);
  });

  it('guesses a text’s language from its function words', () => {
    expect(guessLanguage('Wie kann ich den Drucker im Netzwerk einrichten?')).toBe('de');
    expect(guessLanguage('How can I set up the printer on the network?')).toBe('en');
  });

  it('reads a query both ways unless a language is given', () => {
    expect(planQuery('printer offline').map((p) => p.lang)).toEqual(['de', 'en']);
    expect(planQuery('printer offline', 'en').map((p) => p.lang)).toEqual(['en']);
    // a query that is clearly German is not also read as English
    expect(planQuery('wie drucke ich').map((p) => p.lang)).toEqual(['de']);
    expect(planQuery('how do I print').map((p) => p.lang)).toEqual(['en']);
  });
});
