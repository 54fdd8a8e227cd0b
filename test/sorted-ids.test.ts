import { describe, expect, it } from 'vitest';
import { SortedIds } from '../src/core/sorted-ids.js';

const ids = ['T-4K7M2AAAAAAA', 'T-09KEYK80WNDQ', 'T-4K7M3BBBBBBB', 'T-4K7M2CCCCCCC', 'T-ZZZZZZZZZZZZ'];

describe('ticket ids kept sorted for lookups by prefix', () => {
  const sorted = SortedIds.of([...ids].sort());

  it('finds every id starting with what a person typed, in order', () => {
    expect(sorted.startingWith('T-4K7M2')).toEqual(['T-4K7M2AAAAAAA', 'T-4K7M2CCCCCCC']);
    expect(sorted.startingWith('T-4K7M')).toHaveLength(3);
    expect(sorted.startingWith('T-ZZZZZZZZZZZZ')).toEqual(['T-ZZZZZZZZZZZZ']);
    expect(sorted.startingWith('T-5')).toEqual([]);
  });

  it('places an id that is not there between its neighbours', () => {
    const at = sorted.lowerBound('T-4K7M2BBBBBBB');
    expect([sorted.at(at - 1), sorted.at(at)]).toEqual(['T-4K7M2AAAAAAA', 'T-4K7M2CCCCCCC']);
    expect(sorted.at(sorted.lowerBound('T-ZZZZZZZZZZZZZ'))).toBeUndefined();
    expect(SortedIds.of([]).startingWith('T-')).toEqual([]);
  });

  it('takes a stored list only when it is ids of one length, one per line', () => {
    expect(SortedIds.fromText(ids.slice(0, 2).sort().join('\n'))?.length).toBe(2);
    expect(SortedIds.fromText('')?.length).toBe(0);
    expect(SortedIds.fromText('T-4K7M2\nT-4K7M3')).toBeUndefined();
    expect(SortedIds.fromText('T-4K7M2AAAAAAA T-4K7M2CCCCCCC')).toBeUndefined();
  });
});

describe('lowerBound agrees with sorting', () => {
  it('for ids, prefixes and keys longer than an id', () => {
    const sorted = SortedIds.of([...ids].sort());
    for (const key of [
      '',
      'T',
      'T-',
      'T-4K7M2',
      'T-4K7M2AAAAAAA',
      'T-4K7M2AAAAAAAX',
      'T-4K7M2B',
      'U',
      'T-09KEYK80WNDQ0',
    ]) {
      const expected = [...ids].sort().filter((id) => id < key).length;
      expect(sorted.lowerBound(key), key).toBe(expected);
    }
  });
});
