import { usage } from '../../core/errors.js';
import { planSurvey, sendSurvey } from '../../notify/survey.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { readGivenText } from '../input-file.js';
import { t } from '../../i18n/index.js';
import { dryText, dryView, skippedText } from './announce.js';

export interface SurveyFlags extends GlobalOptions {
  customers?: string;
  questionFile?: string;
  subject?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `desk survey send --customers acme,seeland --question-file F [--dry-run]`: the question to
 * every contact of the customers, in their language, through the outbox, recorded in surveys/;
 * the answers come back by mail (docs/communication.md).
 */
export async function surveySend(o: SurveyFlags): Promise<void> {
  if (!o.customers?.trim())
    throw usage('--customers is missing', 'name the customers, e.g. --customers acme,seeland, or --customers all');
  if (!o.questionFile)
    throw usage(
      '--question-file is missing',
      'give the question: a "--- de" and a "--- en" block (docs/communication.md)',
    );
  const customers =
    o.customers.trim() === 'all'
      ? []
      : o.customers
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean);
  const file = o.questionFile;
  const content = await readGivenText(file, '--question-file', (e) =>
    usage(
      `--question-file ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`,
      'give the path of the survey question',
    ),
  );
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'survey.send');
  const input = { subject: o.subject?.trim() ?? '', file: o.questionFile, content, customers };
  const plan = await planSurvey(hd, input);
  if (o.dryRun || !actor) {
    if (o.json) await printJson(dryView(plan));
    else await print(dryText(plan));
    return;
  }
  const result = await sendSurvey(hd, actor, input, plan);
  if (o.json) {
    await printJson({
      id: plan.id,
      path: plan.path,
      recipients: result.record.recipients.length,
      sent: result.sent,
      skipped: plan.skipped,
    });
    return;
  }
  const count = (outcome: string) => result.sent.filter((s) => s.outcome === outcome).length;
  await print(
    [
      t('communication.announceQueued', { id: plan.id, count: plan.messages.length, path: plan.path }),
      t('communication.announceSent', { sent: count('sent'), failed: count('failed'), waiting: count('queued') }),
      skippedText(plan),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
