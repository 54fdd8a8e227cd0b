import { resolveTicketRef } from '../ids.js';

/**
 * Ticket ids named in a commit message. Two ways to name one:
 * - in the text, `T-` and 5 to 12 characters of the id alphabet, in any case (`T-4K7M2`,
 *   `t-4k7m2`, the full `T-4K7M2XQ9B0C1`), standing as a word of its own;
 * - in a trailer line `Ticket: T-4K7M2` (or `Tickets: 4K7M2, 9QW3E`), where `T-` may be left out.
 *
 * A word in the text without a digit (`T-Systems`) counts only when a ticket starts with it:
 * words like that are common in prose, and refusing a commit over them would teach developers
 * to skip the hook. Trailers are always meant, so they always count.
 */
export interface Mention {
  /** As written in the message. */
  text: string;
  /** The canonical prefix (`T-4K7M2`), or undefined when a trailer names something that cannot be an id. */
  prefix?: string;
  /** Meant as a ticket id for certain: a trailer, or a word with a digit in it. */
  certain: boolean;
}

// Crockford's base 32 without I, L, O, U: prose words with those letters are never read as ids
const ID_CHAR = '[0-9A-HJKMNP-TV-Z]';
const IN_TEXT = new RegExp(`(?<![0-9A-Z_-])T-(${ID_CHAR}{5,12})(?![0-9A-Z_])`, 'gi');
const TRAILER = /^[ \t]*tickets?[ \t]*:[ \t]*(.*)$/gim;
const TRAILER_ID = new RegExp(`^(?:T-)?(${ID_CHAR}{5,12})$`, 'i');

export function mentionsIn(message: string): Mention[] {
  const found = new Map<string, Mention>();
  const add = (m: Mention) => {
    const key = m.prefix ?? m.text;
    const seen = found.get(key);
    if (!seen || (m.certain && !seen.certain)) found.set(key, m);
  };
  for (const line of message.matchAll(TRAILER)) {
    for (const word of (line[1] ?? '').split(/[\s,;]+/).filter(Boolean)) {
      const id = TRAILER_ID.exec(word)?.[1];
      add({ text: word, prefix: id ? `T-${id.toUpperCase()}` : undefined, certain: true });
    }
  }
  for (const m of message.matchAll(IN_TEXT)) {
    const id = m[1]!.toUpperCase();
    add({ text: m[0], prefix: `T-${id}`, certain: /\d/.test(id) });
  }
  return [...found.values()];
}

/**
 * The message as git will record it: without comment lines and without everything below the
 * scissors line of `git commit --verbose`. A commit-msg hook sees the message before git cleans it.
 */
export function messageAsCommitted(raw: string, commentChar = '#'): string {
  const lines = raw.split('\n');
  const scissors = lines.findIndex((l) => l.startsWith(`${commentChar} `) && l.includes('>8'));
  return (scissors >= 0 ? lines.slice(0, scissors) : lines).filter((l) => !l.startsWith(commentChar)).join('\n');
}

export interface MentionCheck {
  /** The tickets the message names, each once. */
  tickets: string[];
  /** Names that look meant but match no ticket. */
  unknown: string[];
  /** Names that match several tickets, with the candidates. */
  ambiguous: { text: string; matches: string[] }[];
}

/** What the mentions of a message name among the helpdesk's ticket ids. */
export function resolveMentions(mentions: readonly Mention[], ids: readonly string[]): MentionCheck {
  const check: MentionCheck = { tickets: [], unknown: [], ambiguous: [] };
  for (const m of mentions) {
    const found = m.prefix === undefined ? ({ kind: 'none' } as const) : resolveTicketRef(m.prefix, ids);
    if (found.kind === 'found') {
      if (!check.tickets.includes(found.id)) check.tickets.push(found.id);
    } else if (found.kind === 'ambiguous') check.ambiguous.push({ text: m.text, matches: found.matches });
    else if (m.certain) check.unknown.push(m.text);
  }
  return check;
}
