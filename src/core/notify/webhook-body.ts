import { markdownText, safeJson } from '../safe-text/index.js';
import type { StaffMember } from '../schema/config.js';
import type { WebhookFormat } from '../schema/notify.js';
import type { Notification } from './due.js';
import { nextStep, whatHappened, type Language } from './texts.js';

/**
 * The JSON a webhook receives. `mattermost` and `slack` are their incoming webhooks' `text`
 * (Markdown); `teams` is a message with an Adaptive Card, which Microsoft Teams' incoming
 * webhooks (and Workflows) take; `json` is desk's own shape for a script. Ticket titles and
 * customer names are outside text: escaped as Markdown wherever a chat renders it.
 */
export function webhookBody(
  n: Notification,
  format: WebhookFormat,
  staff: readonly StaffMember[],
  language: Language,
): string {
  const what = whatHappened(n, language);
  const about = [n.title, n.customerName].filter(Boolean) as string[];
  const forWhom = staff.map((s) => s.name).join(', ');
  if (format === 'json')
    return safeJson({
      id: n.id,
      kind: n.kind,
      text: what,
      ticket: n.ticket ?? null,
      ticketShort: n.ticketShort ?? null,
      title: n.title ?? null,
      customer: n.customer,
      customerName: n.customerName,
      detail: n.detail,
      period: n.period ?? null,
      staff: staff.map((s) => ({ id: s.id, name: s.name, email: s.email })),
    });
  const lines = [
    `**${markdownText(what)}**`,
    ...about.map(markdownText),
    `${language === 'de' ? 'Für' : 'For'}: ${markdownText(forWhom)}`,
    markdownText(nextStep(n, language)),
  ];
  if (format === 'mattermost' || format === 'slack')
    return safeJson({ text: lines.join('\n'), ...(format === 'mattermost' && { username: 'desk' }) });
  return safeJson({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: lines.map((text, i) => ({ type: 'TextBlock', text, wrap: true, ...(i === 0 && { weight: 'Bolder' }) })),
        },
      },
    ],
  });
}
