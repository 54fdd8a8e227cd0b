import { usage } from '../../core/errors.js';
import { isoWeek } from '../../core/notify/staff-mail-record.js';
import type { CustomerData } from '../../core/reports/customer.js';
import type { SalesData } from '../../core/reports/sales.js';
import { parseAsOf, reportPeriod } from '../../core/reports/index.js';
import { oneLine } from '../../core/safe-text/index.js';
import type { StaffMember } from '../../core/schema/config.js';
import { formatDuration } from '../../core/duration.js';
import { localDay } from '../../core/time.js';
import { t } from '../../i18n/index.js';
import { load, renderIn } from '../../i18n/render.js';
import { sendStaffMail } from '../../notify/staff-mail.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { computeReport } from './report.js';

/**
 * `desk digest --weekly [--dry-run]`: to each project lead and sales rep, how their customers
 * stand — open tickets, reaction-time breaches, quota, satisfaction, review due — with the sales
 * report's hints, through the outbox, once per person and ISO week (docs/communication.md).
 */
export async function digest(o: GlobalOptions & { weekly?: boolean; dryRun?: boolean; json?: boolean }) {
  if (!o.weekly) throw usage('which digest? desk digest --weekly', 'the weekly digest is the one there is');
  const hd = await openHelpdesk(o);
  const day = localDay(hd.now(), hd.timeZone);
  const week = isoWeek(day);
  const letters = await digestLetters(hd, day, week);
  if (o.dryRun) {
    if (o.json)
      await printJson({
        dryRun: true,
        week,
        digests: letters.map((l) => ({ id: l.id, to: l.member.id, customers: l.customers, text: l.text })),
      });
    else
      await print(
        [
          t('communication.digestDryRun', { count: letters.length, week }),
          ...letters.map((l) => `\n── ${l.member.name} <${l.member.email}> ──\n${l.subject}\n\n${l.text}`),
        ].join('\n'),
      );
    return;
  }
  const writer = await openForChange(o, 'report.mail');
  const out: { id: string; to: string; already: boolean; sent: number }[] = [];
  for (const l of letters) {
    const r = await sendStaffMail(writer.hd, writer.actor, { id: l.id, kind: 'digest', letters: [l] });
    out.push({
      id: l.id,
      to: l.member.id,
      already: r.already,
      sent: r.sent.filter((s) => s.outcome === 'sent').length,
    });
  }
  if (o.json) return printJson({ week, digests: out });
  await print(
    out.length
      ? out
          .map((x, i) =>
            x.already
              ? t('communication.digestAlready', { id: x.id })
              : t('communication.digestSent', {
                  id: x.id,
                  customers: letters[i]!.customers.length,
                  outcome: x.sent ? 'sent' : 'queued',
                }),
          )
          .join('\n')
      : t('communication.digestNone'),
  );
}

interface Letter {
  id: string;
  member: StaffMember;
  customers: string[];
  subject: string;
  text: string;
}

/** One digest per staff member a customer names as project lead or sales rep, in their language. */
async function digestLetters(hd: Helpdesk, day: string, week: string): Promise<Letter[]> {
  const { customers } = await hd.customers.all();
  const mine = new Map<string, string[]>();
  for (const c of [...customers.values()].sort((a, b) => a.id.localeCompare(b.id)))
    for (const id of new Set([c.projectLead, c.salesRep].filter((x): x is string => Boolean(x))))
      mine.set(id, [...(mine.get(id) ?? []), c.id]);
  if (mine.size === 0) return [];
  const asOf = parseAsOf(undefined, hd.now(), hd.timeZone);
  const period = reportPeriod(undefined, asOf);
  const sales = (await computeReport(hd, 'sales', { asOf, period })).result.data as SalesData;
  const data = new Map<string, CustomerData>();
  for (const id of new Set([...mine.values()].flat()))
    data.set(id, (await computeReport(hd, 'customer', { asOf, period, customer: id })).result.data as CustomerData);
  const letters: Letter[] = [];
  for (const [staffId, ids] of mine) {
    const member = hd.staffMember(staffId);
    if (!member) continue; // a customer file names someone who left: desk check says so
    const lang = member.language ?? hd.config.language ?? 'de';
    await load(lang);
    const say = (key: Parameters<typeof renderIn>[1], values?: Parameters<typeof renderIn>[2]) =>
      renderIn(lang, key, values);
    const lines = [say('communication.digestIntro', { name: oneLine(member.name), week, day }), ''];
    for (const id of ids) {
      const d = data.get(id)!;
      lines.push(
        say('communication.digestCustomer', {
          customer: oneLine(d.customer.name),
          open: d.open.length,
          breaches: d.reaction.breaches,
        }),
      );
      const u = d.utilization?.current;
      if (u)
        lines.push(
          say('communication.digestQuota', {
            period: u.period.label,
            used: formatDuration(u.used),
            included: formatDuration(u.included),
            percent: u.percent ?? '–',
          }),
        );
      if (d.satisfaction.responses)
        lines.push(
          say('communication.digestSatisfaction', {
            average: d.satisfaction.average ?? '–',
            responses: d.satisfaction.responses,
          }),
        );
      if (d.review.due) lines.push(say('communication.digestReviewDue', { last: d.review.last?.date ?? '–' }));
      const up = sales.upsell.find((s) => s.customer === id);
      if (up) lines.push(say('communication.digestHintUpsell', { count: up.overCount }));
      if (sales.candidates.some((s) => s.customer === id)) lines.push(say('communication.digestHintCandidate'));
      if (sales.atRisk.some((s) => s.customer === id)) lines.push(say('communication.digestHintAtRisk'));
      lines.push('');
    }
    letters.push({
      id: `digest.${member.id}.${week}`,
      member,
      customers: ids,
      subject: say('communication.digestSubject', { week }),
      text: lines.join('\n'),
    });
  }
  return letters;
}
