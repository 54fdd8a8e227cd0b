import { io } from '../../io/context.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DeskError, usage } from '../../core/errors.js';
import { authorize, type Permission } from '../../core/permissions/index.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import type { StaffMember } from '../../core/schema/config.js';
import type { MailSource } from '../../core/schema/mail.js';
import { MAIL_ACTOR } from '../../core/ticket/vocabulary.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { takeIn, type TakeInReport } from '../../mail/fetch.js';
import type { IntakeResult, RawMail } from '../../mail/intake.js';
import { sendQueued, type SendReport } from '../../mail/outbox.js';
import type { MailBatch, MailReader } from '../../mail/sources/types.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { kindOf } from '../input-file.js';
import { progressBar } from '../progress.js';
import { t, text, type Key } from '../../i18n/index.js';

interface MailOptions extends GlobalOptions {
  json?: boolean;
  dryRun?: boolean;
}

/** `desk mail fetch`: every configured source (or one), everything new. */
export async function mailFetch(o: MailOptions & { source?: string }): Promise<void> {
  const hd = await openHelpdesk(o);
  const sources = hd.config.mail?.sources ?? [];
  if (sources.length === 0) throw usage(text('mailTerminal.noSources'), text('mailTerminal.noSourcesHint'));
  const chosen = o.source ? sources.filter((s) => s.name === o.source) : sources;
  if (chosen.length === 0)
    throw usage(
      text('mailTerminal.noSuchSource', { source: o.source }),
      text('mailTerminal.sourcesAre', { sources: sources.map((s) => s.name).join(', ') }),
    );
  const actor = await mailActor(hd, o, 'mail.take-in');
  const reports: TakeInReport[] = [];
  for (const s of chosen) {
    const reader = await openSource(s);
    try {
      reports.push(
        await takeIn(hd, actor, { name: s.name, acknowledge: s.acknowledge, address: s.address }, reader, {
          dryRun: o.dryRun,
          onProgress: progressBar(t('mailTerminal.fetching', { source: s.name })),
        }),
      );
    } finally {
      await reader.close();
    }
  }
  await render(hd, reports, o);
}

/** `desk mail import PATH...`: .eml files, mbox archives, or folders of either. */
export async function mailImport(paths: string[], o: MailOptions): Promise<void> {
  const hd = await openHelpdesk(o);
  if (paths.length === 0) throw usage(text('mailTerminal.noFiles'));
  const actor = await mailActor(hd, o, 'mail.take-in');
  const reader = await importReader(paths);
  const report = await takeIn(hd, actor, { name: 'import', acknowledge: false }, reader, {
    dryRun: o.dryRun,
    onProgress: progressBar(t('mailTerminal.importing')),
  });
  await render(hd, [report], o);
}

/** `desk mail send`: what waits in the outbox. */
export async function mailSend(o: MailOptions & { resend?: string[]; takeOver?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const actor = await mailActor(hd, o, 'ticket.work');
  const sent = await sendQueued(hd, actor, { resend: o.resend, takeOver: o.takeOver });
  if (o.json) return printJson({ sent: await sendView(hd, sent) });
  if (sent.length === 0) return print(t('mailTerminal.outboxEmpty'));
  await print((await sendView(hd, sent)).map(describeSend).join('\n'));
}

async function openSource(s: MailSource): Promise<MailReader> {
  if (s.imap) return (await import('../../mail/sources/imap.js')).openImap(s.name, s.imap);
  return (await import('../../mail/sources/maildir.js')).openMaildir(s.maildir!);
}

/**
 * Who commits what mail brings in: the person running desk when they say who they are (--as,
 * DESK_USER, git's user.email of a staff member), else the mailbox itself — a cron job or a CI
 * runner is nobody on the staff.
 */
async function mailActor(hd: Helpdesk, o: GlobalOptions, permission: Permission): Promise<StaffMember> {
  const staff = async (as: string | undefined) => {
    const who = await hd.act(as, io().env);
    authorize(hd.config, who, permission); // a person on the staff takes in mail or sends as themselves
    return who.actor;
  };
  if (o.as || io().env.DESK_USER) return staff(o.as);
  try {
    return await staff(undefined);
  } catch (e) {
    if (e instanceof DeskError && e.code === 'refused') throw e;
    const address = hd.config.mail?.address ?? hd.config.company.email ?? 'desk@localhost';
    // the name is the commit's author: English, as commits are
    return { id: MAIL_ACTOR, name: `${hd.config.company.name} (mail)`, email: address, roles: ['first-level'] };
  }
}

async function importReader(paths: string[]): Promise<MailReader> {
  const { mboxMessages } = await import('../../mail/sources/mbox.js');
  const { readdir, readFile, open } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const files: string[] = [];
  for (const given of paths) {
    const p = resolve(io().cwd, given);
    const st = await stat(p).catch(() => undefined);
    if (!st) throw usage(text('mailTerminal.noSuchPath', { path: given }));
    if (st.isDirectory())
      files.push(
        ...(await readdir(p))
          .filter((n) => /\.(eml|mbox)$/i.test(n))
          .sort()
          .map((n) => join(p, n)),
      );
    else if (st.isFile()) files.push(p);
    // a named pipe would hang the read below until something writes to it, a device may never end
    else
      throw usage(text('input.notAFile', { flag: 'none', file: given, kind: kindOf(st) }), text('input.notAFileHint'));
  }
  const isMbox = async (file: string) => {
    const h = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await h.read(Buffer.alloc(5), 0, 5, 0);
      return bytesRead === 5 && buffer.toString('latin1') === 'From ';
    } finally {
      await h.close();
    }
  };
  const kinds = await Promise.all(files.map(async (f) => ({ file: f, mbox: await isMbox(f) })));
  // an mbox is counted as it is read; .eml files are one message each
  const count = kinds.filter((k) => !k.mbox).length;
  return {
    count,
    async *batches(size: number): AsyncGenerator<MailBatch> {
      let mails: RawMail[] = [];
      const flush = () => {
        const batch = { mails, done: async () => undefined };
        mails = [];
        return batch;
      };
      for (const k of kinds) {
        if (k.mbox) {
          for await (const m of mboxMessages(k.file)) {
            mails.push(m);
            if (mails.length >= size) yield flush();
          }
        } else {
          mails.push({ raw: await readFile(k.file) });
          if (mails.length >= size) yield flush();
        }
      }
      if (mails.length) yield flush();
    },
    close: async () => undefined,
  };
}

async function render(hd: Helpdesk, reports: TakeInReport[], o: MailOptions): Promise<void> {
  const ids = reports.flatMap((r) => r.results.map((x) => x.ticket)).filter((t): t is string => Boolean(t));
  const short = await hd.tickets.shortIds([...new Set(ids)]);
  const view = reports.map((r) => ({
    source: r.source,
    dryRun: Boolean(o.dryRun),
    results: r.results.map(({ said, saidTriage, ...x }) => ({
      ...x,
      saidTriage: () => (saidTriage ? t(saidTriage.key, saidTriage.values) : (x.triage ?? '')), // a function: --json leaves it out
      ...(x.ticket && { short: short.get(x.ticket) ?? x.ticket }),
      said: () => (said ? t(said.key, said.values) : line(x.reason ?? '')), // a function: --json leaves it out
    })),
    acknowledgements: r.sent,
  }));
  if (o.json) return printJson({ sources: view });
  const lines: string[] = [];
  for (const r of view) {
    const count = (a: IntakeResult['action']) => r.results.filter((x) => x.action === a).length;
    lines.push(
      t('mailTerminal.summary', {
        source: r.source,
        count: r.results.length,
        dryRun: o.dryRun ? 'yes' : 'no',
        opened: count('opened'),
        added: count('added'),
        duplicate: count('duplicate'),
        ignored: count('ignored'),
      }),
    );
    for (const x of r.results) {
      if (x.action === 'opened')
        lines.push(
          `  ${x.triage ? t('mailTerminal.openedTriage', { ticket: x.short ?? '', why: line(x.saidTriage()) }) : t('mailTerminal.opened', { ticket: x.short ?? '' })}`,
        );
      else if (x.action === 'added')
        lines.push(`  ${t('mailTerminal.added', { ticket: x.short ?? 'none', reason: x.said() })}`);
      else if (x.action === 'ignored')
        lines.push(`  ${t('mailTerminal.ignored', { message: line(x.messageId), reason: x.said() })}`);
    }
    for (const s of r.acknowledgements)
      lines.push(`  ${t('mailTerminal.acknowledgement', { sent: describeSend({ ...s, short: shortOf(s, short) }) })}`);
  }
  await print(lines.join('\n'));
}

async function sendView(hd: Helpdesk, sent: SendReport[]) {
  const tickets = sent.map((s) => s.ticket).filter((t): t is string => Boolean(t));
  const short = await hd.tickets.shortIds([...new Set(tickets)]);
  return sent.map((s) => ({ ...s, short: shortOf(s, short) }));
}

/** How a sent mail is named: its ticket's short id, or the dunning letter it carries. */
function shortOf(s: SendReport, short: ReadonlyMap<string, string>): string {
  return s.ticket ? (short.get(s.ticket) ?? s.ticket) : (s.letter ?? '');
}

function describeSend(s: SendReport & { short: string }): string {
  const what: Record<SendReport['outcome'], Key> = {
    sent: 'mailTerminal.sent',
    queued: 'mailTerminal.queued',
    failed: 'mailTerminal.failed',
    uncertain: 'mailTerminal.uncertain',
    busy: 'mailTerminal.busy',
    'other-clone': 'mailTerminal.otherClone',
  };
  return t('mailTerminal.sendLine', {
    ticket: s.short,
    message: line(s.messageId),
    outcome: text(what[s.outcome], { message: s.messageId }),
    detail: s.detail && s.outcome !== 'uncertain' ? line(s.detail) : 'none',
  });
}
