// The ticket index keeps its entries shard folder by shard folder: a shard read from its stored
// manifest makes entries only when asked, a shard just read holds them as objects. Whichever
// way a shard is held, short ids (the neighbours of an id) and the fingerprint the ticket
// search keys its cache on must come out the same, or a list shortens an id too much, or every
// search after a write rebuilds its index.
import { expect, it } from 'vitest';
import { EntryShards } from '../../src/store/cache/entry-shards.js';
import { encodeManifest, NO_BLOB, openManifest, rowHash, type Entry } from '../../src/store/cache/manifest.js';
import type { Status } from '../../src/core/ticket/vocabulary.js';

function entry(id: string, status: Status | undefined, customer = 'acme'): Entry {
  return {
    id,
    sig: { mtime: 1, ctime: 1, size: 100, ino: 7 },
    status,
    customer,
    spanFrom: 0,
    spanTo: 0,
    ratedFrom: NaN,
    ratedTo: NaN,
    lastAt: 0,
    headHash: rowHash(`head ${id}`),
    billingHash: rowHash(`billing ${id}`),
    recordHash: rowHash(status === 'closed' ? null : `record ${id}`),
    blob: NO_BLOB,
    atBase: false,
  };
}

const first = [entry('T-2AAAAAAAAAAA', 'open'), entry('T-2BBBBBBBBBBB', 'closed', 'nordwind')];
const second = [entry('T-7CCCCCCCCCCC', undefined, ''), entry('T-7DDDDDDDDDDD', 'waiting')];
const stored = (entries: Entry[]) => openManifest(encodeManifest(entries))!;

it('finds the neighbours of an id across shards, an empty one between them, stored or just read', () => {
  for (const shards of [
    new EntryShards([first, [], second]),
    new EntryShards([stored(first), stored([]), stored(second)]),
    new EntryShards([first, stored([]), stored(second)]),
  ]) {
    expect(shards.neighboursOf('T-2BBBBBBBBBBB')).toEqual(['T-2AAAAAAAAAAA', 'T-7CCCCCCCCCCC']);
    expect(shards.neighboursOf('T-5XXXXXXXXXXX')).toEqual(['T-2BBBBBBBBBBB', 'T-7CCCCCCCCCCC']);
    expect(shards.neighboursOf('T-2AAAAAAAAAAA')).toEqual(['T-2BBBBBBBBBBB']);
    expect(shards.neighboursOf('T-9ZZZZZZZZZZZ')).toEqual(['T-7DDDDDDDDDDD']);
    expect(shards.withStatus(['open', 'waiting']).map((e) => e.id)).toEqual(['T-2AAAAAAAAAAA', 'T-7DDDDDDDDDDD']);
    expect(shards.withStatus([undefined]).map((e) => e.id)).toEqual(['T-7CCCCCCCCCCC']);
    expect(shards.withStatus(['open', 'closed', 'waiting'], new Set(['nordwind'])).map((e) => e.id)).toEqual([
      'T-2BBBBBBBBBBB',
    ]);
    expect(shards.withStatus(['open', 'closed', 'waiting'], new Set(['acme', 'Nordwind'])).map((e) => e.id)).toEqual([
      'T-2AAAAAAAAAAA',
      'T-7DDDDDDDDDDD',
    ]);
    expect(shards.customerCounts()).toEqual(
      new Map([
        ['acme', 2],
        ['nordwind', 1],
        ['', 1],
      ]),
    );
  }
});

it('gives one fingerprint for the same entries, stored or just read, and another when a row changed', () => {
  const read = new EntryShards([first, second]).fingerprint();
  expect(new EntryShards([stored(first), stored(second)]).fingerprint()).toBe(read);
  expect(new EntryShards([stored(first), second]).fingerprint()).toBe(read);
  const edited = [first[0]!, { ...first[1]!, headHash: rowHash('head edited') }];
  expect(new EntryShards([stored(edited), stored(second)]).fingerprint()).not.toBe(read);
});
