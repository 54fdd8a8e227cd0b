import { z } from 'zod';
import { parseYamlRecord, stringifyYaml, type Parsed } from '../files/yaml-text.js';
import { NOTIFICATION_KINDS } from '../schema/notify.js';

/**
 * The record of one staff notification (notifications/<2 chars>/<id>.yaml). Its path and its
 * first content (the claim: id and kind) follow from the id alone, so two clones that claim the
 * same notification write the same file and their commits merge. Only the clone whose claim
 * reached the shared history first sends it, and writes the deliveries.
 */
const delivery = z.object({
  channel: z.enum(['email', 'webhook']),
  /** Staff id (email) or webhook name. */
  to: z.string().min(1),
  /** For a webhook: the people the post is for. */
  staff: z.array(z.string()).optional(),
  messageId: z.string().optional(),
  status: z.enum(['queued', 'sent', 'failed', 'uncertain', 'skipped', 'bounced']),
  at: z.string().optional(),
  error: z.string().optional(),
});
export type NotificationDelivery = z.infer<typeof delivery>;

const schema = z.object({
  id: z.string().min(1),
  kind: z.enum(NOTIFICATION_KINDS),
  deliveries: z.array(delivery).optional(),
});
export type NotificationRecord = z.infer<typeof schema>;

/** Ticket ids, event ids, customer ids and digits: what a notification id is made of. */
const ID = /^[a-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function notificationPath(id: string): string {
  if (!ID.test(id)) throw new Error(`not a notification id: ${id}`);
  return `notifications/${shardOf(id)}/${id}.yaml`;
}

/** Two hex digits from the id (FNV-1a): a few hundred folders, so a commit rewrites small trees. */
function shardOf(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 0xff).toString(16).padStart(2, '0');
}

const HEADER =
  'A staff notification desk notify sent (docs/communication.md). The claim (id, kind) is the same in every clone; deliveries are written by the clone that sent it.';

export function serialiseNotification(r: NotificationRecord): string {
  return stringifyYaml(JSON.parse(JSON.stringify(r)), HEADER);
}

export function parseNotification(file: string, text: string): Parsed<NotificationRecord> {
  return parseYamlRecord(file, text, schema);
}
