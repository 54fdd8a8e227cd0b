import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { runNotify, type NotifyResult } from '../../notify/run.js';
import { withShortIds } from '../../notify/due-source.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson, warn } from '../output.js';
import { table } from '../../render/terminal/style.js';
import { io } from '../../io/context.js';
import { t } from '../../i18n/index.js';

/**
 * `desk notify [--dry-run] [--no-sync] [--json]`: tells staff what is due (docs/communication.md).
 * Meant for a timer (cron, systemd, CI) every few minutes; each notification goes out once,
 * whoever runs it where.
 */
export async function notify(o: GlobalOptions & { dryRun?: boolean; sync?: boolean; json?: boolean }) {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'notify.send');
  if (!o.dryRun && o.sync !== false && !(io().stdin.isTTY && io().stderr.isTTY)) io().env.GIT_TERMINAL_PROMPT ??= '0';
  const r = await runNotify(hd, actor, { dryRun: o.dryRun, sync: o.sync });
  for (const p of r.problems) warn(`skipped ${p.file}: ${p.field}: ${p.message}\n`);
  if (o.json) {
    await withShortIds(hd, r.due); // the ones recorded before are listed too
    await printJson(view(r, Boolean(o.dryRun)));
    if (r.syncFailed) io().exitCode = 1;
    return;
  }
  await print(render(r, Boolean(o.dryRun)));
  if (r.syncFailed) io().exitCode = 1;
}

function view(r: NotifyResult, dryRun: boolean) {
  const short = (id: string) => r.due.find((n) => n.id === id);
  return {
    dryRun,
    due: r.due.map((n) => ({
      id: n.id,
      kind: n.kind,
      ticket: n.ticketShort ?? null,
      customer: n.customer,
      to: n.to,
      detail: n.detail,
      recorded: !r.fresh.includes(n),
    })),
    planned: r.planned,
    sent: r.sent.map((s) => ({ ...s, kind: short(s.id)?.kind ?? null })),
    othersClaimed: r.othersClaimed,
    syncFailed: r.syncFailed ?? null,
  };
}

function render(r: NotifyResult, dryRun: boolean): string {
  if (dryRun) {
    if (!r.fresh.length) return t('communication.notifyNothingNew', { count: r.due.length });
    return [
      t('communication.notifyDryRun', { count: r.fresh.length }),
      table(
        r.fresh.map((n) => [
          n.kind,
          n.ticketShort ?? n.customer,
          line(n.detail),
          r.planned
            .filter((p) => p.id === n.id)
            .map((p) => `${channel(p.channel)} ${p.to}`)
            .join(', ') || t('communication.notifyNobody'),
        ]),
        [
          t('communication.colKind'),
          t('communication.colAbout'),
          t('communication.colDetail'),
          t('communication.colTo'),
        ],
      ),
    ].join('\n');
  }
  const lines: string[] = [];
  if (r.syncFailed)
    lines.push(t('communication.notifySyncFailed', { reason: line(r.syncFailed) }), t('communication.notifySyncLater'));
  if (r.sent.length)
    lines.push(
      table(
        r.sent.map((s) => [s.id, channel(s.channel), line(s.to), s.status, line(s.error ?? '')]),
        [
          t('communication.colNotification'),
          t('communication.colChannel'),
          t('communication.colTo'),
          t('communication.colResult'),
          '',
        ],
      ),
    );
  if (r.othersClaimed.length) lines.push(t('communication.notifyOthers', { count: r.othersClaimed.length }));
  if (!lines.length)
    lines.push(r.fresh.length ? t('communication.notifyNothingSent') : t('communication.notifyNothingDue'));
  return lines.join('\n');
}

const channel = (c: 'email' | 'webhook') =>
  t(c === 'email' ? 'communication.channelMail' : 'communication.channelWebhook');
