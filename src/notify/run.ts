import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError, usage } from '../core/errors.js';
import { channelProblems, plannedDeliveries } from '../core/notify/deliveries.js';
import type { Notification } from '../core/notify/due.js';
import { notificationPath, serialiseNotification, type NotificationDelivery } from '../core/notify/record.js';
import type { Problem } from '../core/files/yaml-text.js';
import type { StaffMember } from '../core/schema/config.js';
import { DEFAULT_NOTIFY } from '../core/schema/notify.js';
import { toZonedIso } from '../core/time.js';
import { outboxEntries, sendQueued } from '../mail/outbox.js';
import { faultPoint } from '../store/fault.js';
import type { FileChange, Helpdesk } from '../store/helpdesk.js';
import {
  claimLine,
  dropClaim,
  ownedClaims,
  readClaims,
  readNotification,
  webhookMarkers,
  writeClaims,
  type Claim,
  type WebhookDone,
} from '../store/notification-state.js';
import { loadDue, withShortIds } from './due-source.js';
import { queueNotificationMail } from './notification-mail.js';
import { webhookBody } from '../core/notify/webhook-body.js';
import { postWebhook } from './webhook.js';

export interface SentReport {
  id: string;
  channel: 'email' | 'webhook';
  to: string;
  status: NotificationDelivery['status'] | 'queued';
  error?: string;
}

export interface NotifyResult {
  /** Everything due now, sent before or not. */
  due: Notification[];
  /** Due and not recorded yet: what this run claimed (or, in a dry run, would claim). */
  fresh: Notification[];
  /** Who would get what (dry run). */
  planned: { id: string; channel: 'email' | 'webhook'; to: string }[];
  sent: SentReport[];
  /** Claims another clone's commit had made first: that clone sends them. */
  othersClaimed: string[];
  /** The sync that settles who sends failed: nothing was sent; the next run tries again. */
  syncFailed?: string;
  problems: Problem[];
}

class NothingToCommit extends Error {}

/**
 * `desk notify`: computes what is due, claims what is not recorded yet (one commit, the
 * notification's record at a path that follows from its id), settles with the team's
 * repository who claimed first (desk sync, when the clone has a remote), then sends its own
 * claims: mail through the outbox, webhooks with a marker taken before the request and the
 * answer kept until it is committed. A claim cut off at any point is finished by the next run,
 * never sent twice.
 */
export async function runNotify(
  hd: Helpdesk,
  actor: StaffMember | undefined,
  o: { dryRun?: boolean; sync?: boolean },
): Promise<NotifyResult> {
  const settings = hd.config.notify ?? DEFAULT_NOTIFY;
  const wrong = channelProblems(hd.config.staff, settings.webhooks);
  if (wrong.length)
    throw usage(wrong[0]!, 'add the webhook under notify.webhooks or fix the channel name (docs/communication.md)');
  const { due, problems } = await loadDue(hd);
  const recorded = (n: Notification) => existsSync(join(hd.root, notificationPath(n.id)));
  const fresh = due.filter((n) => !recorded(n));
  await withShortIds(hd, fresh);
  const result: NotifyResult = { due, fresh, planned: [], sent: [], othersClaimed: [], problems };
  if (o.dryRun || !actor) {
    result.planned = fresh.flatMap((n) =>
      plannedDeliveries(n, hd.config.staff).map((d) => ({ id: n.id, channel: d.channel, to: d.to })),
    );
    return result;
  }
  if (fresh.length) {
    const nonce = randomBytes(8).toString('hex');
    await hd
      .change(actor, async () => {
        const still = fresh.filter((n) => !recorded(n)); // another run of this clone may have claimed them meanwhile
        if (!still.length) throw new NothingToCommit();
        await writeClaims(
          hd.root,
          still.map((notification) => ({ nonce, notification })),
        );
        return {
          files: still.map((n) => ({
            path: notificationPath(n.id),
            content: serialiseNotification({ id: n.id, kind: n.kind }),
          })),
          message: `Notifications due: ${still.length} claimed`,
          body: [claimLine(nonce), ...still.map((n) => n.id)],
        };
      })
      .catch((e: unknown) => {
        if (!(e instanceof NothingToCommit)) throw e;
      });
    faultPoint('notify-after-claim');
  }
  const claims = await readClaims(hd.root);
  if (claims.length === 0) return result;
  if (o.sync !== false && (await hd.git.remotes()).length > 0) {
    try {
      await hd.sync({
        author: { name: actor.name, email: actor.email },
        committer: hd.committer,
        sign: hd.config.signing.required,
      });
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      result.syncFailed = e.message;
      return result;
    }
  }
  const { owned, others } = await ownedClaims(hd.root, hd.git, claims);
  for (const c of others) {
    await dropClaim(hd.root, c.notification.id);
    result.othersClaimed.push(c.notification.id);
  }
  result.sent = await deliver(hd, actor, owned);
  return result;
}

async function deliver(hd: Helpdesk, actor: StaffMember, owned: readonly Claim[]): Promise<SentReport[]> {
  const reports: SentReport[] = [];
  const settings = hd.config.notify ?? DEFAULT_NOTIFY;
  const byId = new Map(owned.map((c) => [c.notification.id, c.notification]));
  // 1. the deliveries of claims not planned yet: mail queued in the outbox, webhook posts as intentions
  const unplanned: Claim[] = [];
  for (const c of owned) if (!(await readNotification(hd.root, c.notification.id)).deliveries) unplanned.push(c);
  if (unplanned.length) {
    await hd
      .change(actor, async () => {
        const files: FileChange[] = [];
        const lines: string[] = [];
        for (const { notification: n } of unplanned) {
          const record = await readNotification(hd.root, n.id);
          if (record.deliveries) continue;
          const deliveries: NotificationDelivery[] = [];
          for (const d of plannedDeliveries(n, hd.config.staff)) {
            if (d.channel === 'webhook') {
              deliveries.push({ channel: 'webhook', to: d.to, staff: d.staff.map((s) => s.id), status: 'queued' });
            } else if (!hd.config.mail?.smtp) {
              deliveries.push({ channel: 'email', to: d.to, status: 'skipped', error: 'desk.yaml has no mail.smtp' });
            } else {
              const queued = await queueNotificationMail(hd, n, d.member, actor.id);
              files.push(...queued.files);
              deliveries.push({ channel: 'email', to: d.to, messageId: queued.messageId, status: 'queued' });
            }
          }
          files.push({ path: notificationPath(n.id), content: serialiseNotification({ ...record, deliveries }) });
          lines.push(`${n.id}: ${deliveries.map((d) => `${d.channel} ${d.to}`).join(', ') || 'nobody wants it'}`);
        }
        if (!files.length) throw new NothingToCommit();
        return { files, message: `Notifications: ${lines.length} to send`, body: lines };
      })
      .catch((e: unknown) => {
        if (!(e instanceof NothingToCommit)) throw e;
      });
  }
  // 2. mail: the outbox sends what this clone queued, and records it on the notification
  const ids = new Set(byId.keys());
  const keys = (await outboxEntries(hd.root)).filter((e) => e.about?.kind === 'notification' && ids.has(e.about.id));
  if (keys.length) {
    const sent = await sendQueued(hd, actor, { keys: keys.map((k) => k.key) });
    for (const s of sent) {
      const entry = keys.find((k) => k.messageId === s.messageId)!;
      reports.push({
        id: entry.about!.id,
        channel: 'email',
        to: entry.envelope.to.join(', '),
        status: s.outcome === 'sent' ? 'sent' : s.outcome === 'failed' ? 'failed' : 'queued',
        ...(s.detail && { error: s.detail }),
      });
    }
  }
  // 3. webhooks: a marker before the request, the answer kept until committed
  const done: { id: string; hook: string; result: WebhookDone | { status: 'uncertain'; at: string; error: string } }[] =
    [];
  for (const c of owned) {
    const record = await readNotification(hd.root, c.notification.id);
    for (const d of record.deliveries ?? []) {
      if (d.channel !== 'webhook' || d.status !== 'queued') continue;
      const markers = webhookMarkers(hd.root, record.id, d.to);
      const before = await markers.readDone();
      if (before) {
        done.push({ id: record.id, hook: d.to, result: before });
        continue;
      }
      const taken = await markers.take();
      const at = toZonedIso(hd.now(), hd.timeZone);
      if (taken === 'busy') continue;
      if (taken === 'cut-off') {
        done.push({
          id: record.id,
          hook: d.to,
          result: { status: 'uncertain', at, error: 'a post was cut off: it may have arrived; not posted again' },
        });
        continue;
      }
      const hook = settings.webhooks.find((w) => w.name === d.to);
      const staff = hd.config.staff.filter((s) => d.staff?.includes(s.id));
      const posted = hook
        ? await postWebhook(
            hook,
            webhookBody(c.notification, hook.format, staff, hook.language),
            `desk.yaml notify.webhooks ${d.to}`,
          )
        : { ok: false as const, error: `no webhook named ${d.to} in desk.yaml notify.webhooks`, again: false };
      if (!posted.ok && posted.again) {
        await markers.release();
        reports.push({ id: record.id, channel: 'webhook', to: d.to, status: 'queued', error: posted.error });
        continue;
      }
      const result: WebhookDone = posted.ok ? { status: 'sent', at } : { status: 'failed', at, error: posted.error };
      await markers.done(result);
      faultPoint('notify-after-send');
      done.push({ id: record.id, hook: d.to, result });
    }
  }
  if (done.length) {
    await hd
      .change(actor, async () => {
        const files: FileChange[] = [];
        for (const id of new Set(done.map((d) => d.id))) {
          const record = await readNotification(hd.root, id);
          const deliveries = (record.deliveries ?? []).map((d) => {
            const r = done.find((x) => x.id === id && x.hook === d.to && d.channel === 'webhook');
            return r && d.status === 'queued' ? { ...d, ...r.result } : d;
          });
          files.push({ path: notificationPath(id), content: serialiseNotification({ ...record, deliveries }) });
        }
        const failedCount = done.filter((d) => d.result.status !== 'sent').length;
        return {
          files,
          message: `Notifications by webhook: ${done.length - failedCount} posted${failedCount ? `, ${failedCount} NOT posted` : ''}`,
          body: done.map(
            (d) =>
              `${d.id} → ${d.hook}: ${d.result.status}${'error' in d.result && d.result.error ? ` (${d.result.error})` : ''}`,
          ),
        };
      })
      .catch((e: unknown) => {
        if (!(e instanceof NothingToCommit)) throw e;
      });
    for (const d of done)
      reports.push({
        id: d.id,
        channel: 'webhook',
        to: d.hook,
        status: d.result.status,
        ...('error' in d.result && d.result.error && { error: d.result.error }),
      });
  }
  // 4. a claim whose deliveries are all settled is done
  for (const c of owned) {
    const record = await readNotification(hd.root, c.notification.id);
    if (!(record.deliveries ?? []).some((d) => d.status === 'queued')) await dropClaim(hd.root, record.id);
  }
  return reports;
}
