import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { planFeedbackRequests, sendFeedbackRequests } from '../../notify/feedback-requests.js';
import { t } from '../../i18n/index.js';
import { table } from '../../render/terminal/style.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';

/**
 * `desk feedback-requests [--dry-run]`: asks the contacts of tickets closed lately for a rating,
 * as desk.yaml `feedback` and each customer's `feedbackRequests` say (docs/communication.md). For
 * a timer; the answers come back by mail and `desk mail fetch` records them as the feedback.
 */
export async function feedbackRequests(o: GlobalOptions & { dryRun?: boolean; json?: boolean }) {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'ticket.work');
  const plan = await planFeedbackRequests(hd);
  const sent = actor ? await sendFeedbackRequests(hd, actor, plan) : [];
  if (o.json) {
    await printJson({
      dryRun: Boolean(o.dryRun),
      requests: plan.due.map((d) => ({
        ticket: d.short,
        customer: d.customer,
        contact: d.contact,
        email: d.email,
        language: d.language,
      })),
      skipped: plan.skipped,
      sent,
    });
    return;
  }
  if (!plan.due.length) {
    await print(t('communication.feedbackNone', { skipped: plan.skipped.length }));
    return;
  }
  await print(
    [
      o.dryRun
        ? t('communication.feedbackDryRun', { count: plan.due.length })
        : t('communication.feedbackSent', {
            count: sent.filter((s) => s.outcome === 'sent').length,
            queued: plan.due.length,
          }),
      table(
        plan.due.map((d) => [d.short, d.customer, line(d.contact), line(d.email), d.language]),
        [
          'TICKET',
          t('communication.colCustomer'),
          t('communication.colContact'),
          t('communication.colEmail'),
          t('communication.colLanguage'),
        ],
      ),
    ].join('\n'),
  );
}
