import { usage } from '../../core/errors.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';
import { CONTRACT_KINDS } from '../../core/announce/recipients.js';
import { planAnnouncement, sendAnnouncement, type AnnouncementPlan } from '../../notify/announce.js';
import { table } from '../../render/terminal/style.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { readGivenText } from '../input-file.js';
import { t } from '../../i18n/index.js';

export interface AnnounceFlags extends GlobalOptions {
  subject?: string;
  file?: string;
  product?: string[];
  customer?: string[];
  contractKind?: string;
  role?: string;
  dryRun?: boolean;
  send?: boolean;
  json?: boolean;
}

/**
 * `desk announce --subject … --file TEXT [filters] [--dry-run]`: one mail per contact of the
 * customers the filters pick, in their language, through the outbox, recorded in
 * announcements/ (docs/communication.md).
 */
export async function announce(o: AnnounceFlags): Promise<void> {
  if (!o.subject?.trim())
    throw usage('--subject is missing', 'name the announcement, e.g. --subject "Wartung Lohn & Gehalt am 12.12."');
  if (!o.file)
    throw usage('--file is missing', 'give the text file: a "--- de" and a "--- en" block (docs/communication.md)');
  if (o.contractKind && !CONTRACT_KINDS.includes(o.contractKind as (typeof CONTRACT_KINDS)[number]))
    throw usage(`--contract-kind: "${o.contractKind}" is not a contract kind`, `one of ${CONTRACT_KINDS.join(', ')}`);
  const file = o.file;
  const content = await readGivenText(file, '--file', (e) =>
    usage(
      `--file ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`,
      'give the path of the announcement text',
    ),
  );
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'announce.send');
  const input = {
    subject: o.subject.trim(),
    file: o.file,
    content,
    filter: {
      products: o.product ?? [],
      customers: o.customer ?? [],
      ...(o.contractKind && { contractKind: o.contractKind as (typeof CONTRACT_KINDS)[number] }),
      ...(o.role && { role: o.role }),
    },
  };
  const plan = await planAnnouncement(hd, input);
  if (o.dryRun || !actor) {
    if (o.json) await printJson(dryView(plan));
    else await print(dryText(plan));
    return;
  }
  const result = await sendAnnouncement(hd, actor, input, plan, o.send !== false);
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
      o.send === false
        ? t('communication.announceNotSent')
        : t('communication.announceSent', { sent: count('sent'), failed: count('failed'), waiting: count('queued') }),
      skippedText(plan),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

export function dryView(plan: AnnouncementPlan) {
  return {
    dryRun: true,
    id: plan.id,
    path: plan.path,
    recipients: plan.messages.map((m) => ({
      customer: m.customer,
      contact: m.contact,
      email: m.email,
      language: m.language,
      subject: m.subject,
      fallback: m.fallback,
    })),
    skipped: plan.skipped,
    preview: Object.fromEntries(
      (['de', 'en'] as const).flatMap((l) => {
        const m = plan.messages.find((x) => x.language === l);
        return m ? [[l, { subject: m.subject, text: m.text }]] : [];
      }),
    ),
  };
}

export function dryText(plan: AnnouncementPlan): string {
  const by = (l: string) => plan.messages.filter((m) => m.language === l).length;
  const out = [
    t('communication.announceDryRun', {
      id: plan.id,
      count: plan.messages.length,
      customers: new Set(plan.messages.map((m) => m.customer)).size,
      de: by('de'),
      en: by('en'),
    }),
  ];
  if (plan.messages.length)
    out.push(
      table(
        plan.messages
          .slice(0, 30)
          .map((m) => [
            m.customer,
            line(m.contact),
            line(m.email),
            m.language + (m.fallback ? ` ${t('communication.announceFallback')}` : ''),
          ]),
        [
          t('communication.colCustomer'),
          t('communication.colContact'),
          t('communication.colEmail'),
          t('communication.colLanguage'),
        ],
      ),
      plan.messages.length > 30 ? t('communication.announceMore', { count: plan.messages.length - 30 }) : '',
    );
  for (const l of ['de', 'en'] as const) {
    const m = plan.messages.find((x) => x.language === l);
    if (m)
      out.push(
        '',
        t('communication.announcePreview', { language: l, contact: line(m.contact) }),
        t('communication.announceSubject', { subject: line(m.subject) }),
        '',
        forTerminal(m.text).trimEnd(),
      );
  }
  const skipped = skippedText(plan);
  if (skipped) out.push('', skipped);
  return out
    .filter((l) => l !== '')
    .join('\n')
    .replace(/\n── /g, '\n\n── ');
}

export function skippedText(plan: AnnouncementPlan): string {
  if (!plan.skipped.length) return '';
  return t('communication.announceLeftOut', {
    list: plan.skipped.map((s) => `${line(s.contact)} (${s.customer}): ${t(WHY[s.why])}`).join('; '),
  });
}

const WHY = {
  'no e-mail': 'communication.whyNoEmail',
  bounced: 'communication.whyBounced',
  'opted out': 'communication.whyOptedOut',
  'asked recently': 'communication.whyAskedRecently',
} as const;
