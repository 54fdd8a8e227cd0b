import { describe, expect, it } from 'vitest';
import { yesOrNo } from '../../src/i18n/yes-no.js';

describe('answers to a yes/no question', () => {
  it('German takes j, ja, n, nein, and y, yes, no as well, in any case', () => {
    for (const yes of ['j', 'ja', 'J', 'Ja', ' ja ', 'y', 'yes', 'YES']) expect(yesOrNo(yes, 'de', false)).toBe(true);
    for (const no of ['n', 'nein', 'N', 'Nein', 'no']) expect(yesOrNo(no, 'de', true)).toBe(false);
  });

  it('English takes y, yes, n, no, but not j or ja', () => {
    expect(yesOrNo('y', 'en', false)).toBe(true);
    expect(yesOrNo('No', 'en', true)).toBe(false);
    expect(yesOrNo('j', 'en', false)).toBeUndefined();
    expect(yesOrNo('ja', 'en', false)).toBeUndefined();
  });

  it('Enter alone keeps the default; anything else is asked again', () => {
    expect(yesOrNo('', 'de', false)).toBe(false);
    expect(yesOrNo('  ', 'en', true)).toBe(true);
    expect(yesOrNo('vielleicht', 'de', false)).toBeUndefined();
    expect(yesOrNo('jein', 'de', false)).toBeUndefined();
  });
});
