import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: TempHelpdesk;
beforeEach(() => (hd = tempHelpdesk()));
afterEach(() => hd.cleanup());

const state = (id: string) => JSON.parse(hd.ok(['show', id, '--json'])).state;

describe('a ticket walks through First and Second Level', () => {
  it('opens, qualifies, escalates, is answered, resolved, returned and closed, one commit per step', () => {
    const id = openTicket(hd, ['--contact', 'Sabine Vogt', '-d', 'Seit dem Update druckt der Lohnzettel nicht mehr.']);
    expect(id).toMatch(/^T-[0-9A-Z]{12}$/);
    expect(state(id)).toMatchObject({ status: 'new', level: 1, customer: 'acme' });

    const short = id.slice(0, 7);
    hd.ok([
      'qualify',
      short.toLowerCase(),
      '--category',
      'malfunction',
      '--product',
      'lohn/export',
      '--priority',
      'high',
    ]);
    expect(state(id)).toMatchObject({
      status: 'open',
      category: 'malfunction',
      product: 'lohn',
      module: 'export',
      priority: 'high',
    });

    hd.ok(['escalate', short, '--reason', 'Fehler im Druckmodul, braucht Analyse', '--to', 'jb']);
    expect(state(id)).toMatchObject({ status: 'escalated', level: 2, assignee: 'jb', reachedSecondLevel: true });

    hd.ok(['reply', short, '-m', 'Wir analysieren das Problem.'], { env: { DESK_USER: 'jb' } });
    hd.ok(['resolve', short, '--solution', 'Druckertreiber aktualisiert'], { env: { DESK_USER: 'jb' } });
    hd.ok(['return', short], { env: { DESK_USER: 'jb' } });
    expect(state(id)).toMatchObject({ status: 'resolved', level: 1, assignee: 'mk' });

    hd.ok(['close', short, '--accepted-by', 'Sabine Vogt']);
    expect(state(id)).toMatchObject({ status: 'closed', acceptedBy: 'Sabine Vogt' });

    const log = hd.git('log', '--format=%an|%ae|%s', '-8').trim().split('\n');
    expect(log).toHaveLength(8);
    expect(log[0]).toBe(`Miriam Krause|miriam.krause@example.de|${short}: close, accepted by Sabine Vogt`);
    expect(log[3]).toMatch(/^Jonas Becker\|jonas.becker@example.de\|T-\w+: reply to the customer$/);
    expect(log[6]).toMatch(/^Miriam Krause\|.*\|T-\w+: open "Drucker druckt nicht" for acme$/);
    // each commit touches exactly the ticket's file
    const files = hd.git('log', '--format=', '--name-only', '-7').trim().split('\n').filter(Boolean);
    expect(new Set(files)).toEqual(new Set([ticketFile(id)]));
    expect(hd.git('status', '--porcelain')).toBe('');
  });

  it('records the first message to the customer as the reaction and a waiting ticket resumes on the reply', () => {
    const id = openTicket(hd, ['--category', 'question', '--priority', 'normal', '--received-at', '2026-01-05 09:00']);
    expect(state(id)).toMatchObject({ status: 'open', receivedAt: '2026-01-05T09:00:00+01:00' });
    hd.ok(['reply', id, '-m', 'Eingangsbestätigung']);
    hd.ok(['wait', id, '--reason', 'Screenshot angefordert']);
    expect(state(id).status).toBe('waiting');
    hd.ok(['reply', id, '--from-customer', '-m', 'Hier der Screenshot']);
    const s = state(id);
    expect(s.status).toBe('open');
    expect(s.firstReactionAt).toBeDefined();
  });

  it("lets a change request be resolved only after an estimate and the project lead's approval", () => {
    const id = openTicket(hd, ['--category', 'change-request', '--priority', 'normal']);
    hd.ok(['escalate', id, '-r', 'Änderung am Export']);
    const early = hd.desk(['resolve', id, '-s', 'done'], { env: { DESK_USER: 'jb' } });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("needs Second Level's effort estimate");
    hd.ok(['estimate', id, '6h'], { env: { DESK_USER: 'jb' } });
    const byOther = hd.desk(['approve', id], { env: { DESK_USER: 'mk' } });
    expect(byOther.stderr).toContain("only the customer's project lead (tb)");
    hd.ok(['approve', id], { env: { DESK_USER: 'tb' } });
    hd.ok(['resolve', id, '-s', 'Exportformat erweitert'], { env: { DESK_USER: 'jb' } });
    expect(state(id).status).toBe('resolved');
  });

  it('sends change requests over 8 hours and project work out of support', () => {
    const big = openTicket(hd, ['--category', 'change-request', '--priority', 'low']);
    hd.ok(['escalate', big, '-r', 'Neue Schnittstelle']);
    hd.ok(['estimate', big, '12h'], { env: { DESK_USER: 'jb' } });
    const approve = hd.desk(['approve', big], { env: { DESK_USER: 'tb' } });
    expect(approve.code).toBe(1);
    expect(approve.stderr).toContain('over 8h');
    expect(approve.stderr).toContain('desk handoff');
    hd.ok(['handoff', big, '--to', 'project-lead', '--reason', 'Projektgeschäft']);
    expect(state(big)).toMatchObject({
      status: 'handed-off',
      assignee: 'tb',
      handoff: { target: 'project-lead', to: 'tb' },
    });

    const project = openTicket(hd, ['--category', 'new-development', '--priority', 'normal']);
    const esc = hd.desk(['escalate', project, '-r', 'x']);
    expect(esc.stderr).toContain("new-development is not support's work");
    hd.ok(['handoff', project, '--to', 'sales', '-r', 'Angebot für neues Modul']);
    expect(state(project)).toMatchObject({ status: 'handed-off', assignee: 'sh' });
  });

  it('refuses wrong moves with the reason and what is allowed, changing nothing', () => {
    const id = openTicket(hd);
    const before = snapshot(hd);
    const cases: [string[], string, Record<string, string>?][] = [
      [['escalate', id, '-r', 'x'], 'not qualified yet'],
      [['close', id, '--accepted-by', 'X'], 'cannot close'],
      [['reply', id, '-m', 'Hallo'], 'never escalated to Second Level', { DESK_USER: 'jb' }],
      [['return', id], 'cannot return'],
      [['reopen', id, '-r', 'x'], 'cannot reopen'],
    ];
    for (const [args, message, env] of cases) {
      const r = hd.desk(args, { env });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    }
    expect(hd.desk(['close', id]).stderr).toContain('allowed from "new"');
    expect(snapshot(hd)).toBe(before);
  });

  it('requires acceptance to close, or a reason for the exception', () => {
    const id = openTicket(hd, ['--category', 'question', '--priority', 'low']);
    hd.ok(['resolve', id, '-s', 'Erklärt']);
    expect(hd.desk(['close', id]).stderr).toContain('missing --accepted-by');
    expect(hd.desk(['close', id, '--without-acceptance']).stderr).toContain('missing --reason');
    hd.ok(['close', id, '--without-acceptance', '--reason', 'Kunde nicht erreichbar']);
    expect(state(id).status).toBe('closed');
    hd.ok(['reopen', id, '-r', 'Kunde meldet sich doch']);
    expect(state(id)).toMatchObject({ status: 'open', level: 1, reopenCount: 1 });
  });
});

describe('desk list', () => {
  it('shows open tickets most urgent first, filters and prints JSON', () => {
    const low = openTicket(hd, ['--category', 'question', '--priority', 'low']);
    const critical = openTicket(hd, ['--category', 'malfunction', '--priority', 'critical']);
    const closed = openTicket(hd, ['--category', 'question', '--priority', 'high']);
    hd.ok(['resolve', closed, '-s', 'ok']);
    hd.ok(['close', closed, '--accepted-by', 'Sabine Vogt']);
    hd.ok(['escalate', critical, '-r', 'Absturz']);

    const ids = (args: string[]) =>
      (JSON.parse(hd.ok(['list', '--json', ...args])) as { id: string }[]).map((t) => t.id);
    expect(ids([])).toEqual([critical, low]);
    expect(ids(['--all'])).toEqual([critical, closed, low]);
    expect(ids(['--level', '2'])).toEqual([critical]);
    expect(ids(['--status', 'closed'])).toEqual([closed]);
    expect(ids(['--category', 'question'])).toEqual([low]);
    expect(ids(['--customer', 'acme'])).toHaveLength(2);
    const text = hd.ok(['list']);
    expect(text.split('\n')[0]).toMatch(/^ID\s+STATUS/);
    expect(text).toContain(critical.slice(0, 7));
  });
});
