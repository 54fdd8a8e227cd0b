import type { RawMail } from '../intake.js';

/**
 * A mailbox hands over new mail in batches; `done` marks a batch processed in the mailbox
 * (IMAP flag or move, Maildir seen), called only after the batch is committed — so a crash in
 * between leaves the mail unmarked, and the next fetch finds it stored already (a duplicate).
 */
export interface MailBatch {
  mails: RawMail[];
  done(): Promise<void>;
}

export interface MailReader {
  /** How many messages are new (for progress). */
  count: number;
  batches(size: number): AsyncIterable<MailBatch>;
  close(): Promise<void>;
}
