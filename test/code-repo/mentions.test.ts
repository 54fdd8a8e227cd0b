import { describe, expect, it } from 'vitest';
import { mentionsIn, messageAsCommitted, resolveMentions } from '../../src/core/code/mentions.js';
import { commitWebLink, withoutCredentials } from '../../src/core/code/web-link.js';

const IDS = ['T-4K7M2XQ9B0C1', 'T-9QW3EHHHHHHH', 'T-9QW3FAAAAAAA', 'T-ABCDEFGHJKMN'];

describe('ticket ids in commit messages', () => {
  it('finds short and full ids in any case, and Ticket: trailers with or without T-', () => {
    const m = mentionsIn('Fix export (t-4k7m2)\n\nSee T-4K7M2XQ9B0C1.\nTicket: 9qw3e, T-ABCDE');
    expect(m.map((x) => x.prefix)).toEqual(['T-9QW3E', 'T-ABCDE', 'T-4K7M2', 'T-4K7M2XQ9B0C1']);
    expect(resolveMentions(m, IDS)).toEqual({
      tickets: ['T-9QW3EHHHHHHH', 'T-ABCDEFGHJKMN', 'T-4K7M2XQ9B0C1'],
      unknown: [],
      ambiguous: [],
    });
  });

  it('reads words without a digit as ids only when a ticket starts with them', () => {
    expect(resolveMentions(mentionsIn('Schnittstelle zu T-Systems, T-Mobile und T-ABCDE'), IDS)).toEqual({
      tickets: ['T-ABCDEFGHJKMN'],
      unknown: [],
      ambiguous: [],
    });
    expect(resolveMentions(mentionsIn('Fix (T-9ZZZZ9) and ABT-12345'), IDS).unknown).toEqual(['T-9ZZZZ9']);
    expect(resolveMentions(mentionsIn('Ticket: none'), IDS).unknown).toEqual(['none']);
  });

  it('reports a short id that matches several tickets', () => {
    expect(resolveMentions(mentionsIn('Fix T-9QW3'), IDS).ambiguous).toEqual([]); // too short to be an id
    const ids = ['T-9QW3EHHHHHHH', 'T-9QW3EAAAAAAA'];
    expect(resolveMentions(mentionsIn('Fix T-9QW3E'), ids).ambiguous).toEqual([
      { text: 'T-9QW3E', matches: ['T-9QW3EAAAAAAA', 'T-9QW3EHHHHHHH'] },
    ]);
  });

  it('ignores comments and the verbose diff a commit-msg hook sees', () => {
    const raw =
      'Fix export\n# Please enter the commit message (T-9ZZZZ9)\n# ------------------------ >8 ------------------------\n+ T-8ZZZZ8\n';
    expect(mentionsIn(messageAsCommitted(raw))).toEqual([]);
  });
});

describe('web links of commits', () => {
  const hash = 'a'.repeat(40);
  it.each([
    ['git@github.com:nordlicht/lohn.git', `https://github.com/nordlicht/lohn/commit/${hash}`],
    ['https://github.com/nordlicht/lohn', `https://github.com/nordlicht/lohn/commit/${hash}`],
    ['ssh://git@gitlab.com/group/sub/lohn.git', `https://gitlab.com/group/sub/lohn/-/commit/${hash}`],
    [
      'https://gitea.nordlicht.example:3000/team/lohn.git',
      `https://gitea.nordlicht.example:3000/team/lohn/commit/${hash}`,
    ],
    ['git@bitbucket.org:team/lohn.git', `https://bitbucket.org/team/lohn/commits/${hash}`],
    ['/srv/git/lohn.git', undefined],
    ['file:///srv/git/lohn.git', undefined],
    ['../lohn', undefined],
  ])('%s', (remote, web) => expect(commitWebLink(remote, hash)).toBe(web));

  it('drops credentials from https remotes, keeps ssh users', () => {
    expect(withoutCredentials('https://ci:token@github.com/a/b.git')).toBe('https://github.com/a/b.git');
    expect(withoutCredentials('ssh://git@host/a/b.git')).toBe('ssh://git@host/a/b.git');
  });
});
