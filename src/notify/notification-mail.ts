import { usage } from '../core/errors.js';
import { renderTemplate } from '../core/mail/template.js';
import type { Notification } from '../core/notify/due.js';
import { NOTIFY_PLACEHOLDERS, notifyMailValues } from '../core/notify/mail-text.js';
import { notificationPath } from '../core/notify/record.js';
import { oneLine } from '../core/safe-text/index.js';
import type { StaffMember } from '../core/schema/config.js';
import type { OutgoingMail } from '../mail/compose.js';
import { queueDetachedMail } from '../mail/outbox.js';
import { readTemplate } from '../mail/templates.js';
import type { FileChange, Helpdesk } from '../store/helpdesk.js';

/**
 * A notification's mail to one staff member, queued in the outbox: text from the templates
 * `notification` and `notification-subject` in the person's language. Its Message-ID follows
 * from the notification and the person, so a mail program never shows one twice.
 */
export async function queueNotificationMail(
  hd: Helpdesk,
  n: Notification,
  member: StaffMember,
  by: string,
): Promise<{ messageId: string; files: FileChange[] }> {
  const config = hd.config.mail;
  if (!config) throw usage('desk.yaml has no mail section: desk cannot mail notifications', 'see docs/email.md');
  const language = member.language ?? hd.config.language ?? 'de';
  const values = notifyMailValues(n, member, hd.config.company.name, language);
  const fill = async (name: 'notification' | 'notification-subject') =>
    renderTemplate(name, await readTemplate(hd.root, name, language), values, NOTIFY_PLACEHOLDERS);
  const domain = config.address.split('@')[1] ?? 'desk.invalid';
  const messageId = `desk.notify.${n.id}.${member.id}@${domain}`;
  const mail: OutgoingMail = {
    from: { name: config.name ?? hd.config.company.name, address: config.address },
    to: [`${oneLine(member.name).replace(/[<>"]/g, '')} <${member.email}>`],
    cc: [],
    subject: oneLine(await fill('notification-subject')),
    text: `${(await fill('notification')).trim()}\n`,
    messageId,
    date: hd.now(),
    references: [],
    // a machine's message: out-of-office replies are not sent back to it (RFC 3834)
    headers: { 'X-Desk-Notification': n.id, 'Auto-Submitted': 'auto-generated' },
    attachments: [],
  };
  const queued = await queueDetachedMail(
    hd,
    mail,
    { kind: 'notification', id: n.id, file: notificationPath(n.id) },
    by,
  );
  return { messageId, files: queued.files };
}
