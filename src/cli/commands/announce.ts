import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { usage } from '../../core/errors.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';
import { CONTRACT_KINDS } from '../../core/announce/recipients.js';
import { planAnnouncement, sendAnnouncement, type AnnouncementPlan } from '../../notify/announce.js';
import { io } from '../../io/context.js';
import { table } from '../../render/terminal/style.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';

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
  const path = resolve(io().cwd, o.file);
  const content = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw usage(
      `--file ${o.file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`,
      'give the path of the announcement text',
    );
  });
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
      `${plan.id}: ${plan.messages.length} mail${plan.messages.length === 1 ? '' : 's'} queued (${plan.path}).`,
      o.send === false
        ? 'Not sent yet: desk mail send sends them (the mail timer).'
        : `Sent ${count('sent')}${count('failed') ? `, ${count('failed')} refused (addresses marked bounced)` : ''}${count('queued') ? `, ${count('queued')} wait for the server: desk mail send tries again` : ''}.`,
      skippedText(plan),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

function dryView(plan: AnnouncementPlan) {
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

function dryText(plan: AnnouncementPlan): string {
  const by = (l: string) => plan.messages.filter((m) => m.language === l).length;
  const out = [
    `Dry run: ${plan.id} would go to ${plan.messages.length} contact${plan.messages.length === 1 ? '' : 's'} at ${new Set(plan.messages.map((m) => m.customer)).size} customer(s) (German ${by('de')}, English ${by('en')}). Nothing is sent or written.`,
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
            m.language + (m.fallback ? ' (no text: other language)' : ''),
          ]),
        ['CUSTOMER', 'CONTACT', 'E-MAIL', 'LANGUAGE'],
      ),
      plan.messages.length > 30 ? `… and ${plan.messages.length - 30} more (--json lists all)` : '',
    );
  for (const l of ['de', 'en'] as const) {
    const m = plan.messages.find((x) => x.language === l);
    if (m)
      out.push(
        '',
        `── ${l === 'de' ? 'German' : 'English'}, as ${line(m.contact)} reads it ──`,
        `Subject: ${line(m.subject)}`,
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

function skippedText(plan: AnnouncementPlan): string {
  if (!plan.skipped.length) return '';
  return `Left out: ${plan.skipped.map((s) => `${line(s.contact)} (${s.customer}): ${s.why}`).join('; ')}`;
}
