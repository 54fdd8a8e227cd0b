import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempHelpdesk } from '../helpers/helpdesk.js';
import { corpus, mailHelpdesk, showJson } from './helpers.js';

let hd: TempHelpdesk;
afterEach(() => hd?.cleanup());

function importFile(name: string, vars: Record<string, string> = {}, env: Record<string, string> = {}) {
  const file = join(hd.root, '..', `${name}-${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, corpus(name, vars));
  return JSON.parse(hd.ok(['mail', 'import', file, '--json'], { env })) as {
    sources: { results: { action: string; ticket?: string; short?: string; reason?: string; triage?: string }[] }[];
  };
}

describe('desk mail import', () => {
  it('turns an Outlook mail in windows-1252 into a ticket of the contact who wrote it, and keeps the original', () => {
    hd = mailHelpdesk();
    const out = importFile('outlook-de-new.eml');
    const r = out.sources[0]!.results[0]!;
    expect(r.action).toBe('opened');
    const t = showJson(hd, r.ticket!);
    expect(t.state).toMatchObject({
      customer: 'acme',
      contact: 'Sabine Vogt',
      channel: 'e-mail',
      contactEmail: 's.vogt@acme.example',
      title: 'Lohnexport bricht mit "Datum ungültig" ab',
      receivedAt: '2026-11-20T15:30:05+01:00',
    });
    const description = t.state.description as string;
    expect(description).toContain('Kosten für die Verzögerung: ca. 500 €');
    // the greeting and name stay, the company block below them goes
    expect(description).toMatch(/Mit freundlichen Grüßen\nSabine Vogt$/);
    const opened = t.events[0] as { mail: { original: string; trimmed?: boolean } };
    expect(opened.mail.trimmed).toBe(true);
    expect(hd.read(opened.mail.original)).toContain('Industriestra=DFe 4');
    expect(hd.git('log', '-1', '--format=%s').trim()).toMatch(/^T-\w+: mail from import: 1 new ticket$/);
  });

  it('takes in the same mail only once, however often it is imported', () => {
    hd = mailHelpdesk();
    const first = importFile('outlook-de-new.eml').sources[0]!.results[0]!;
    const head = hd.git('rev-parse', 'HEAD');
    const again = importFile('outlook-de-new.eml').sources[0]!.results[0]!;
    expect(again).toMatchObject({ action: 'duplicate', ticket: first.ticket });
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
  });
});
