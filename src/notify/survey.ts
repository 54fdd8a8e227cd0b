import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Skipped } from '../core/announce/recipients.js';
import { refused, usage } from '../core/errors.js';
import type { StaffMember } from '../core/schema/config.js';
import { surveyDue, surveyId, surveyPath, serialiseSurvey, type SurveyRecord } from '../core/survey/record.js';
import { sendQueued, type SendReport } from '../mail/outbox.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { planMailing, queueMailing, type AnnouncementPlan } from './announce.js';

export interface SurveyInput {
  subject: string;
  /** The question file's name (for messages) and content: `--- de` / `--- en` blocks like an announcement's. */
  file: string;
  content: string;
  /** Customer ids; empty for every customer. */
  customers: string[];
}

/** An announcement's plan; `skipped` also names those a survey reached within the interval. */
export type SurveyPlan = AnnouncementPlan;

/**
 * Whom a survey goes to: every contact with an address of the customers named, in their
 * language, as an announcement picks them — except those who opted out of surveys and those
 * a survey reached within desk.yaml `survey.intervalDays`.
 */
export async function planSurvey(hd: Helpdesk, input: SurveyInput): Promise<SurveyPlan> {
  const planned = await planMailing(
    hd,
    {
      subject: input.subject,
      file: input.file,
      content: input.content,
      filter: { products: [], customers: input.customers },
    },
    'surveys',
  );
  for (const [lang, text] of Object.entries(planned.texts))
    if (!text.subject)
      throw usage(
        `${input.file}: the "--- ${lang}" block has no subject`,
        'start it with "Betreff: …" / "Subject: …", or give --subject',
      );
  const { records, problems } = await hd.surveys.all();
  if (problems.length) {
    const p = problems[0]!;
    throw usage(`${p.file}: ${p.field}: ${p.message}`, 'restore it from git (surveys sent are never edited)');
  }
  const { due, recently } = surveyDue(planned.messages, records, planned.date, hd.config.survey.intervalDays);
  const asked = new Set(due.map((d) => d.email));
  const id = surveyId(planned.date, input.subject || planned.texts.de?.subject || planned.texts.en?.subject || '');
  return {
    ...planned,
    id,
    path: surveyPath(id),
    messages: planned.messages.filter((m) => asked.has(m.email)),
    skipped: [
      ...planned.skipped,
      ...recently.map((r): Skipped => ({ customer: r.customer, contact: r.contact, why: 'asked recently' })),
    ],
  };
}

/** Records the survey with every recipient `queued` and queues their mails in one commit; then the outbox sends them. */
export async function sendSurvey(
  hd: Helpdesk,
  actor: StaffMember,
  input: SurveyInput,
  plan: SurveyPlan,
): Promise<{ record: SurveyRecord; sent: SendReport[] }> {
  if (!hd.config.mail?.smtp)
    throw usage(
      'desk.yaml has no mail.smtp: desk cannot mail surveys',
      'set up mail (docs/email.md), or use --dry-run',
    );
  if (plan.messages.length === 0)
    throw refused('nobody to ask: no picked contact with an address who was not asked lately', 'see --dry-run');
  let record: SurveyRecord | undefined;
  const keys: string[] = [];
  await hd.change(actor, async () => {
    if (existsSync(join(hd.root, plan.path)))
      throw refused(`${plan.path} exists: a survey with this subject went out today`, 'give it another --subject');
    const queued = await queueMailing(hd, actor, { kind: 'survey', id: plan.id, file: plan.path }, plan.messages);
    keys.push(...queued.keys);
    record = {
      id: plan.id,
      date: plan.date,
      by: actor.id,
      subject: input.subject || plan.messages[0]!.subject,
      customers: input.customers,
      texts: plan.texts,
      recipients: queued.recipients,
    };
    return {
      files: [...queued.files, { path: plan.path, content: serialiseSurvey(record) }],
      message: `${plan.id}: survey to ${queued.recipients.length} contact${queued.recipients.length === 1 ? '' : 's'} queued`,
    };
  });
  return { record: record!, sent: await sendQueued(hd, actor, { keys }) };
}
