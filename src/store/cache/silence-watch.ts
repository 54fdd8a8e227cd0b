import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ticketIdOfPath } from '../../core/ticket/paths.js';
import { cachesOff } from './caches-off.js';
import { ticketFilesChangedBetween } from './git-changes.js';
import { readSealed, writeSealed } from './sealed-file.js';

/**
 * What the last look at every resolved ticket found, so that a command changing one ticket need
 * not read a hundred thousand to learn that none is due to close by silence
 * (cli/housekeeping.ts): the commit HEAD named just before the look, and the earliest day on
 * which one of those tickets closes (none: no resolved ticket will).
 *
 * Every ticket that may have changed since is among the ticket files git names between that
 * commit and HEAD: desk's own commits, a sync, a `git pull` or a commit made by hand all move
 * HEAD. Those few are read again and their days taken into account; their old days stay, so the
 * day kept can only be too early (a look sooner than needed), never too late. What is closed is
 * always decided again on the files, under the lock. A ticket edited by hand and not committed
 * is seen by the next whole look (`desk housekeeping` always makes one).
 *
 * Sealed for the build and for the rules that set the days (desk.yaml's calendar and
 * workflow.autoCloseDays): another build or a changed calendar looks at everything again.
 */
export interface SilenceWatch {
  /** HEAD when the tickets were read. */
  head: string;
  /** The earliest day (ISO, the company's calendar) a ticket then resolved closes by silence. */
  nextDay: string | null;
}

/** More ticket files changed than this since the last look: reading them all again is as quick. */
const FEW = 200;

/** The seal's key: the rules that set the days, as desk.yaml states them. */
export function silenceRulesKey(rules: object): string {
  return `silence ${createHash('sha256').update(JSON.stringify(rules)).digest('base64url').slice(0, 22)}`;
}

const file = (deskDir: string) => join(deskDir, 'silence-watch');

/** The watch as kept for these rules; undefined when there is none to trust. */
export function readSilenceWatch(deskDir: string, rulesKey: string): SilenceWatch | undefined {
  if (cachesOff()) return undefined;
  const watch = readSealed<SilenceWatch>(file(deskDir), rulesKey);
  return typeof watch?.head === 'string' && (watch.nextDay === null || typeof watch.nextDay === 'string')
    ? watch
    : undefined;
}

export async function keepSilenceWatch(deskDir: string, rulesKey: string, watch: SilenceWatch): Promise<void> {
  if (!cachesOff()) await writeSealed(file(deskDir), rulesKey, watch);
}

/** The ids of the tickets whose files differ between `from` and `to`; undefined when git cannot say or they are many. */
export async function ticketsChangedBetween(root: string, from: string, to: string): Promise<string[] | undefined> {
  if (from === to) return [];
  const paths = await ticketFilesChangedBetween(root, from, to);
  if (!paths || paths.size > FEW) return undefined;
  return [...new Set([...paths].map(ticketIdOfPath).filter((id): id is string => id !== undefined))];
}
