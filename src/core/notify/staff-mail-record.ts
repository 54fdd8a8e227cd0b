import { z } from 'zod';
import { isoDate } from '../schema/common.js';
import { parseYamlRecord, stringifyYaml, type Parsed } from '../files/yaml-text.js';

/**
 * A report mailed to staff (staff-mail/<year>/<id>.yaml): `desk report customer --send-to` and the
 * weekly digest. Its id follows from what and for whom (`digest.tb.2026-W49`,
 * `customer-report.acme.2026-12-07`), so a second run in the same week (or day) finds the record
 * and sends nothing, in any clone whose history has it.
 */
const delivery = z.object({
  to: z.string().min(1),
  email: z.string().min(3),
  messageId: z.string().min(1),
  /** bounced: sent, then reported undeliverable by a later delivery report (the mail intake). */
  status: z.enum(['queued', 'sent', 'failed', 'bounced']),
  at: z.string().optional(),
  error: z.string().optional(),
});

const schema = z.object({
  id: z.string().regex(/^(digest|customer-report)\.[a-z0-9-]+\.[0-9W-]+$/),
  kind: z.enum(['digest', 'customer-report']),
  date: isoDate,
  by: z.string().min(1),
  subject: z.string().min(1),
  deliveries: z.array(delivery),
});
export type StaffMailRecord = z.infer<typeof schema>;

export const staffMailPath = (id: string, date: string) => `staff-mail/${date.slice(0, 4)}/${id}.yaml`;

/** `2026-W49`: the ISO 8601 week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function serialiseStaffMail(r: StaffMailRecord): string {
  return stringifyYaml(
    JSON.parse(JSON.stringify(r)),
    "A report mailed to staff (docs/communication.md): never edit it. deliveries[].status is each mail's.",
  );
}

export function parseStaffMail(file: string, text: string): Parsed<StaffMailRecord> {
  return parseYamlRecord(file, text, schema);
}
