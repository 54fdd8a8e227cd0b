import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import { serialiseStaffMail, staffMailPath, type StaffMailRecord } from '../core/notify/staff-mail-record.js';
import { oneLine } from '../core/safe-text/index.js';
import type { StaffMember } from '../core/schema/config.js';
import { localDay } from '../core/time.js';
import type { OutgoingMail } from '../mail/compose.js';
import { queueDetachedMail, sendQueued, type SendReport } from '../mail/outbox.js';
import type { FileChange, Helpdesk } from '../store/helpdesk.js';

export interface StaffMail {
  id: string;
  kind: StaffMailRecord['kind'];
  /** One text per person: each reads it in their language. */
  letters: { member: StaffMember; subject: string; text: string }[];
}

/**
 * Records the mail and queues one per person in one commit, then the outbox sends them. A record
 * with the same id (the same week's digest, the same day's report) means it went out already:
 * nothing is queued and `already` says so.
 */
export async function sendStaffMail(
  hd: Helpdesk,
  actor: StaffMember,
  mail: StaffMail,
): Promise<{ already: boolean; path: string; sent: SendReport[] }> {
  const config = hd.config.mail;
  if (!config?.smtp)
    throw usage('desk.yaml has no mail.smtp: desk cannot mail reports', 'see docs/email.md, or use --dry-run');
  const date = localDay(hd.now(), hd.timeZone);
  const path = staffMailPath(mail.id, date);
  const domain = config.address.split('@')[1] ?? 'desk.invalid';
  const keys: string[] = [];
  let already = false;
  await hd
    .change(actor, async () => {
      if (existsSync(join(hd.root, path))) throw new AlreadySent();
      const files: FileChange[] = [];
      const deliveries: StaffMailRecord['deliveries'] = [];
      for (const l of mail.letters) {
        const messageId = `desk.${mail.id}.${l.member.id}@${domain}`;
        const outgoing: OutgoingMail = {
          from: { name: config.name ?? hd.config.company.name, address: config.address },
          to: [`${oneLine(l.member.name).replace(/[<>"]/g, '')} <${l.member.email}>`],
          cc: [],
          subject: oneLine(l.subject),
          text: `${l.text.trim()}\n`,
          messageId,
          date: hd.now(),
          references: [],
          headers: { 'X-Desk-Report': mail.id, 'Auto-Submitted': 'auto-generated' },
          attachments: [],
        };
        const queued = await queueDetachedMail(hd, outgoing, { kind: 'staff-mail', id: mail.id, file: path }, actor.id);
        files.push(...queued.files);
        keys.push(queued.key);
        deliveries.push({ to: l.member.id, email: l.member.email, messageId, status: 'queued' });
      }
      const subject = mail.letters[0]?.subject ?? mail.id;
      files.push({
        path,
        content: serialiseStaffMail({ id: mail.id, kind: mail.kind, date, by: actor.id, subject, deliveries }),
      });
      return { files, message: `${mail.id}: mailed to ${deliveries.map((d) => d.to).join(', ')}` };
    })
    .catch((err: unknown) => {
      if (!(err instanceof AlreadySent)) throw err;
      already = true;
    });
  return { already, path, sent: already ? [] : await sendQueued(hd, actor, { keys }) };
}

class AlreadySent extends Error {}
