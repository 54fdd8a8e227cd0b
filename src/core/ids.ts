/**
 * Ticket ids are 12 Crockford base-32 characters of randomness (60 bits), minted by each clone on
 * its own: two clones opening tickets while apart collide with odds of about n²/2⁶¹ — for a
 * hundred thousand tickets, one in two hundred million. People use the short form, the first
 * five characters (`T-4K7M2`), lengthened like a git hash only where two ids share them.
 * Crockford's alphabet leaves out I, L, O and U, so an id read out on the phone is unambiguous.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TICKET_ID_LENGTH = 12;
export const SHORT_ID_LENGTH = 5;
const FULL_ID = new RegExp(`^T-[${ALPHABET}]{${TICKET_ID_LENGTH}}$`);

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (out.length < length) throw new Error(`need more random bytes for an id of ${length} characters`);
  return out;
}

/** `random` must hold at least 8 bytes of cryptographic randomness. */
export function newTicketId(random: Uint8Array): string {
  return `T-${encode(random, TICKET_ID_LENGTH)}`;
}

/** Event ids only need to be unique, not spoken: lower-case for readability in files. */
export function newEventId(random: Uint8Array): string {
  return `e-${encode(random, 12).toLowerCase()}`;
}

export const isTicketId = (s: string) => FULL_ID.test(s);

/**
 * What a person typed (`t-4k7m2`, `4K7M2`, `T-4K7-M2`, with O for 0 or I/L for 1) as the
 * canonical prefix of a ticket id; undefined for anything that cannot be one (path characters
 * included). Pure of errors: the caller says what is wrong, in its words (a command refuses the
 * argument, mail threading skips the word), and a Tab, which imports this module, loads no texts.
 */
export function normaliseTicketRef(input: string): string | undefined {
  const raw = input.trim().toUpperCase().replace(/^T-?/, '').replace(/-/g, '');
  const fixed = raw.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (fixed.length === 0 || fixed.length > TICKET_ID_LENGTH || [...fixed].some((c) => !ALPHABET.includes(c)))
    return undefined;
  return `T-${fixed}`;
}

export type Resolution = { kind: 'found'; id: string } | { kind: 'none' } | { kind: 'ambiguous'; matches: string[] };

/** Finds the ticket a prefix means among all ids (sorted or not). */
export function resolveTicketRef(prefix: string, ids: Iterable<string>): Resolution {
  const matches: string[] = [];
  for (const id of ids) if (id.startsWith(prefix)) matches.push(id);
  if (matches.length === 1) return { kind: 'found', id: matches[0]! };
  if (matches.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', matches: matches.sort() };
}

/**
 * The shortest unambiguous form of every id, at least SHORT_ID_LENGTH characters:
 * neighbours in sorted order are the only ones that can share a prefix.
 */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const sorted = [...ids].sort();
  const short = new Map<string, string>();
  const common = (a = '', b = '') => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  sorted.forEach((id, i) => {
    const shared = Math.max(common(id, sorted[i - 1]), common(id, sorted[i + 1]));
    const length = Math.min(id.length, Math.max(2 + SHORT_ID_LENGTH, shared + 1));
    short.set(id, id.slice(0, length));
  });
  return short;
}
