import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { io } from '../io/context.js';

/**
 * The tickets a batch command works on: those named as arguments, or — with none, or "-" — the
 * ids on standard input, as `desk list ... --ids` prints them (one a line; blanks and #-comments skipped).
 */
export async function batchIds(args: readonly string[], what: string): Promise<string[]> {
  const named = args.filter((a) => a !== '-');
  if (named.length > 0 && !args.includes('-')) return named;
  if (io().stdin.isTTY) throw usage(text('more.nameTickets', { what }), text('more.nameTicketsHint'));
  const chunks: Buffer[] = [];
  for await (const chunk of io().stdin) chunks.push(chunk as Buffer);
  const piped = Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
  const ids = [...named, ...piped];
  if (ids.length === 0) throw usage(text('more.noIdsOnStdin', { what }), text('more.noIdsOnStdinHint'));
  return ids;
}
