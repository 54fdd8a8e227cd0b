import { z } from 'zod';
import { secretSchema } from './mail.js';

/** What desk tells staff about (docs/communication.md): one kind per cause. */
export const NOTIFICATION_KINDS = [
  'escalated',
  'approval',
  'handed-off',
  'returned',
  'reaction-soon',
  'reaction-breached',
  'follow-up',
  'mail-failed',
  'quota-80',
  'quota-100',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const WEBHOOK_FORMATS = ['json', 'mattermost', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

const webhookName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'webhook names are lower-case letters, digits and dashes');

const webhook = z.strictObject({
  name: webhookName,
  /** The incoming webhook's address; it usually holds a token, so it may come from the environment or a command. */
  url: z.union([z.string().url('the webhook address, e.g. https://chat.example.de/hooks/…'), secretSchema]),
  format: z.enum(WEBHOOK_FORMATS).default('json'),
  /** The language of its posts. */
  language: z.enum(['de', 'en']).default('de'),
});
export type WebhookSettings = z.infer<typeof webhook>;

/** A channel a staff member is told on: their e-mail, or a webhook of desk.yaml notify.webhooks by name. */
export const channelSchema = z.union([
  z.literal('email'),
  z.string().regex(/^webhook:[a-z0-9][a-z0-9-]*$/, 'a channel is email or webhook:NAME'),
]);
export type Channel = z.infer<typeof channelSchema>;

/** A staff member's own choice (desk.yaml staff[].notify); unset parts come from their roles. */
export const staffNotifySchema = z.strictObject({
  kinds: z.array(z.enum(NOTIFICATION_KINDS)).optional(),
  channels: z.array(channelSchema).optional(),
});
export type StaffNotify = z.infer<typeof staffNotifySchema>;

/** desk.yaml `notify:`: when desk notify tells whom, and the webhooks it may post to. */
export const notifyConfigSchema = z
  .strictObject({
    /** Warn about a reaction deadline this many service minutes ahead. */
    reactionWarningMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    /** Events older than this many days cause no notification (the first run does not flood anyone). */
    lookbackDays: z.number().int().min(1).max(365).default(7),
    webhooks: z.array(webhook).default([]),
  })
  .superRefine((n, ctx) => {
    const seen = new Set<string>();
    n.webhooks.forEach((w, i) => {
      if (seen.has(w.name))
        ctx.addIssue({ code: 'custom', path: ['webhooks', i, 'name'], message: `two webhooks are named ${w.name}` });
      seen.add(w.name);
    });
  });
export type NotifyConfig = z.infer<typeof notifyConfigSchema>;

export const DEFAULT_NOTIFY: NotifyConfig = { reactionWarningMinutes: 60, lookbackDays: 7, webhooks: [] };
