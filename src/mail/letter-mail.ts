import { createHash } from 'node:crypto';
import {
  DUNNING_PLACEHOLDERS,
  letterMailValues,
  letterPath,
  serialiseLetter,
  type DunningLetter,
  type LetterMail,
} from '../core/dunning/index.js';
import { usage } from '../core/errors.js';
import { renderTemplate } from '../core/mail/template.js';
import { oneLine } from '../core/safe-text/index.js';
import type { Helpdesk } from '../store/helpdesk.js';
import type { FileChange } from '../store/transaction.js';
import type { OutgoingMail } from './compose.js';
import { queueDetachedMail } from './outbox.js';
import { readTemplate } from './templates.js';

/**
 * A dunning letter's mail, queued in the outbox with the letter: subject and text from the
 * templates `dunning-subject` and `dunning` in the letter's language, the PDF attached.
 */
export async function queueLetterMail(
  hd: Helpdesk,
  letter: DunningLetter,
  pdf: Uint8Array,
  to: { address: string; name: string },
  by: string,
): Promise<{ key: string; files: FileChange[]; mail: LetterMail }> {
  const config = hd.config.mail;
  if (!config) throw usage('desk.yaml has no mail section: desk cannot mail letters', 'see docs/email.md');
  const values = letterMailValues(letter, { customer: to.name, company: hd.config.company.name });
  const fill = async (name: 'dunning' | 'dunning-subject') =>
    renderTemplate(name, await readTemplate(hd.root, name, letter.language), values, DUNNING_PLACEHOLDERS);
  const mail: OutgoingMail = {
    from: { name: config.name ?? hd.config.company.name, address: config.address },
    to: [`${oneLine(to.name).replace(/[<>"]/g, '')} <${to.address}>`],
    cc: [],
    subject: oneLine(await fill('dunning-subject')),
    text: `${(await fill('dunning')).trim()}\n`,
    messageId: letterMessageId(letter, config.address),
    date: hd.now(),
    references: [],
    headers: { 'X-Desk-Letter': letter.id },
    attachments: [{ name: `${letter.id}.pdf`, content: Buffer.from(pdf), contentType: 'application/pdf' }],
  };
  const queued = await queueDetachedMail(
    hd,
    mail,
    { kind: 'dunning-letter', id: letter.id, file: letterPath(letter) },
    by,
  );
  return {
    key: queued.key,
    files: queued.files,
    mail: { messageId: mail.messageId, to: to.address, status: 'queued' },
  };
}

/**
 * One letter, one Message-ID, derived from what the letter says: a mail program that is handed
 * the same letter twice (two clones that wrote it apart, before they synced) shows it once.
 */
function letterMessageId(letter: DunningLetter, address: string): string {
  const domain = address.split('@')[1] ?? 'desk.invalid';
  const { mail: _, ...what } = letter;
  const hash = createHash('sha256').update(serialiseLetter(what)).digest('hex').slice(0, 16);
  return `desk.${letter.id}.${hash}@${domain}`;
}
