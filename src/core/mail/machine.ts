/**
 * Mail written by machines: auto-replies (out of office), bounces (delivery status
 * notifications) and list or newsletter traffic. Auto-replies and bounces are recorded on the
 * ticket they concern but start nothing and are never answered — that, and desk marking its own
 * automatic mail as such (RFC 3834), is what keeps two auto-responders from mailing each other
 * for ever. Lists and newsletters are ignored.
 */

export type MachineKind = 'auto-reply' | 'bounce' | 'list';

export interface MailHeaders {
  /** The first value of a header, by lower-case name. */
  get(name: string): string | undefined;
}

export interface MachineFacts {
  headers: MailHeaders;
  /** The sender's address, lower case. */
  from: string;
  subject: string;
  /** Content type of the whole message, lower case, with parameters. */
  contentType: string;
}

const OUT_OF_OFFICE = [
  /^(automatische antwort|automatic reply|auto-?reply|autoreply|auto response|abwesenheitsnotiz|abwesenheit|out of (the )?office|ooo\b|urlaubsnotiz|r[ée]ponse automatique|absence)\s*[:-]/i,
  /\b(out of (the )?office|abwesenheitsnotiz|nicht im büro|bin nicht im haus|im urlaub|on vacation|on holiday)\b/i,
];

const BOUNCE_SUBJECTS =
  /^(undeliver(ed|able)|delivery (status notification|failure|has failed)|mail delivery (failed|failure|subsystem)|returned mail|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|unzustellbare nachricht|failure notice|delivery status)/i;

const DAEMONS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;

export function classifyMachine(m: MachineFacts): MachineKind | undefined {
  const h = (name: string) => m.headers.get(name)?.trim().toLowerCase();
  if (/multipart\/report/.test(m.contentType) && /report-type\s*=\s*"?delivery-status/.test(m.contentType))
    return 'bounce';
  if (DAEMONS.test(m.from) && (BOUNCE_SUBJECTS.test(m.subject.trim()) || h('x-failed-recipients'))) return 'bounce';
  if (h('x-failed-recipients')) return 'bounce';
  const autoSubmitted = h('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-reply';
  if (h('x-autoreply') || h('x-autorespond') || h('x-autoresponder')) return 'auto-reply';
  const precedence = h('precedence');
  if (precedence === 'auto_reply') return 'auto-reply';
  if (h('x-auto-response-suppress') && OUT_OF_OFFICE.some((r) => r.test(m.subject))) return 'auto-reply';
  if (precedence === 'bulk' || precedence === 'junk') {
    return h('list-id') || h('list-unsubscribe') ? 'list' : 'auto-reply';
  }
  if (precedence === 'list' || h('list-id') || h('list-unsubscribe') || h('list-post')) return 'list';
  if (h('feedback-id') && h('list-unsubscribe-post')) return 'list';
  if (OUT_OF_OFFICE[0]!.test(m.subject.trim())) return 'auto-reply';
  if (DAEMONS.test(m.from)) return 'bounce';
  return undefined;
}

/** The headers desk puts on its own automatic mail (acknowledgements), so other machines do not answer them. */
export const AUTOMATIC_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
  Precedence: 'auto_reply',
};

/** From a delivery status report's text: the recipient that failed. */
export function failedRecipient(report: string, headers: MailHeaders): string | undefined {
  const header = headers.get('x-failed-recipients')?.split(',')[0]?.trim();
  if (header) return header.toLowerCase();
  const m = /^(?:Final|Original)-Recipient:\s*rfc822;\s*<?([^\s>]+@[^\s>]+)>?/im.exec(report);
  return m?.[1]?.toLowerCase();
}
