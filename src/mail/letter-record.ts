import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { letterTitle, parseLetter, serialiseLetter, type LetterMail } from '../core/dunning/index.js';
import { failed } from '../core/errors.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import type { FileChange } from '../store/transaction.js';

/**
 * What became of a dunning letter's mail, written on the letter's record: `sent` or `failed`
 * replaces `queued`. Only the `mail:` block changes; what the letter asks for never does.
 */
export async function recordOnLetter(
  root: string,
  about: { id: string; file: string },
  sent: { messageId: string; to: string },
  result: Pick<LetterMail, 'status' | 'at' | 'error'>,
): Promise<{ files: FileChange[]; message: string }> {
  if (!existsSync(join(root, about.file)))
    throw failed(`${about.file}: the letter whose mail this is is missing`, 'restore it from git, then desk mail send');
  const text = await readHelpdeskText(root, about.file);
  const parsed = parseLetter(about.file, text);
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw failed(`${p.file}: ${p.field}: ${p.message}`, 'letters sent are never edited: restore it from git');
  }
  const letter = parsed.value;
  const mail: LetterMail = {
    messageId: sent.messageId,
    to: letter.mail?.to ?? sent.to,
    status: result.status,
    ...(result.at && { at: result.at }),
    ...(result.error && { error: result.error.slice(0, 300) }),
  };
  const title = letterTitle({ stage: letter.stage, language: 'en' }).toLowerCase();
  return {
    files: [{ path: about.file, content: serialiseLetter({ ...letter, mail }) }],
    message:
      result.status === 'sent'
        ? `${letter.id}: ${title} mailed to ${mail.to}`
        : `${letter.id}: ${title} NOT mailed to ${mail.to} (given up)`,
  };
}
