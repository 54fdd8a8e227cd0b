import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Parsed } from '../core/files/yaml-text.js';
import { parseFeedbackRequest, serialiseFeedbackRequest } from '../core/feedback/requests.js';
import type { RecipientStatus } from '../core/mail/delivery-status.js';
import { withLateBounce } from '../core/mail/late-bounce.js';
import { parseStaffMail, serialiseStaffMail } from '../core/notify/staff-mail-record.js';
import { parseUsageStatement, serialiseUsageStatement } from '../core/usage-mail/record.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';

/**
 * Late bounces of the mailings whose record holds one mail or a few (a feedback request, a usage
 * statement, a report or digest to staff): the record of the returned mail is found by its kind's
 * folder and the Message-ID, and its mail marked `bounced` with when and why, as an
 * announcement's. The records of one batch are read once and written once.
 */
export type SingleMailKind = 'feedback-request' | 'usage-statement' | 'staff-mail';

interface Codec<R> {
  folder: string;
  /** Whether a file of the folder can be the record of the mailing `id` names (its file name). */
  names: (file: string, id: string) => boolean;
  parse: (file: string, text: string) => Parsed<R>;
  serialise: (record: R) => string;
  /** The record with the returned mail marked; undefined when it is not that mail's record (or marked already). */
  bounce: (record: R, returned: string, failures: readonly RecipientStatus[], at: string, note: Note) => R | undefined;
}

type Note = (f: RecipientStatus) => string;

/** A record of one mail: its status and address become an item for withLateBounce, and back. */
function single<R extends { messageId: string; status: string; at?: string; error?: string }>(
  record: R,
  email: string,
  returned: string,
  failures: readonly RecipientStatus[],
  at: string,
  note: Note,
): R | undefined {
  const [marked] = withLateBounce([{ ...record, email }], returned, failures, at, note) ?? [];
  return marked && { ...record, status: marked.status, at: marked.at, error: marked.error };
}

/** One codec among others of other record types. */
const erased = <R>(c: Codec<R>): Codec<unknown> => c as unknown as Codec<unknown>;

const CODECS: Record<SingleMailKind, Codec<unknown>> = {
  // the mail names the ticket by its short id; the file, by the whole id, starts with it
  'feedback-request': erased({
    folder: 'feedback-requests',
    names: (file, id) => file.startsWith(id) && file.endsWith('.yaml'),
    parse: parseFeedbackRequest,
    serialise: serialiseFeedbackRequest,
    bounce: (r, returned, failures, at, note) => single(r, r.email, returned, failures, at, note),
  }),
  // "acme 2026-11" → usage-statements/<year>/acme-2026-11-<day>.yaml
  'usage-statement': erased({
    folder: 'usage-statements',
    names: (file, id) => file.startsWith(`${id.replace(' ', '-')}-`) && file.endsWith('.yaml'),
    parse: parseUsageStatement,
    serialise: serialiseUsageStatement,
    bounce: (r, returned, failures, at, note) => single(r, r.to, returned, failures, at, note),
  }),
  'staff-mail': erased({
    folder: 'staff-mail',
    names: (file, id) => file === `${id}.yaml`,
    parse: parseStaffMail,
    serialise: serialiseStaffMail,
    bounce: (r, returned, failures, at, note) => {
      const deliveries = withLateBounce(r.deliveries, returned, failures, at, note);
      return deliveries && { ...r, deliveries };
    },
  }),
};

export class SingleMailBounces {
  /** Records this batch marked, by path, with how to write each. */
  private readonly marked = new Map<string, { record: unknown; serialise: (r: unknown) => string }>();

  constructor(private readonly root: string) {}

  /** Marks the returned mail bounced on its record; false when no record of the mailing holds it unmarked. */
  async mark(
    kind: SingleMailKind,
    id: string,
    returned: string,
    failures: readonly RecipientStatus[],
    at: string,
    note: Note,
  ): Promise<boolean> {
    const codec = CODECS[kind];
    for (const path of this.candidates(codec, id)) {
      const before = this.marked.get(path)?.record ?? (await this.read(path, codec));
      const after = before === undefined ? undefined : codec.bounce(before, returned, failures, at, note);
      if (after === undefined) continue;
      this.marked.set(path, { record: after, serialise: codec.serialise });
      return true;
    }
    return false;
  }

  /** The files the batch changed. */
  files(): { path: string; content: string }[] {
    return [...this.marked].map(([path, m]) => ({ path, content: m.serialise(m.record) }));
  }

  /** The paths in the kind's year folders that can be the mailing's record, newest year first. */
  private candidates(codec: Codec<unknown>, id: string): string[] {
    const dir = join(this.root, codec.folder);
    if (!existsSync(dir)) return [];
    const years = readdirSync(dir)
      .filter((y) => /^\d{4}$/.test(y))
      .sort()
      .reverse();
    return years.flatMap((y) =>
      readdirSync(join(dir, y))
        .filter((f) => codec.names(f, id))
        .map((f) => `${codec.folder}/${y}/${f}`),
    );
  }

  private async read(path: string, codec: Codec<unknown>): Promise<unknown> {
    const parsed = codec.parse(path, await readHelpdeskText(this.root, path));
    return parsed.ok ? parsed.value : undefined; // a record broken by hand is left for desk check
  }
}
