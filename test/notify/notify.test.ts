import { describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { at, notifyDeskYaml, STAFF_WITH_CHAT } from './fixtures.js';

/**
 * `desk notify` against a real SMTP server and a real HTTP server on loopback: what is due is
 * computed from the files, sent once on each person's channels, and recorded.
 */
let hd: InProcessHelpdesk | undefined;
const { smtp, hook } = smtpTestServers({
  webhooks: true,
  afterEach: () => {
    hd?.cleanup();
    hd = undefined;
  },
});

function setUp(notify = ''): InProcessHelpdesk {
  return helpdesk({
    'desk.yaml': notifyDeskYaml({ smtpPort: smtp.port, hookUrl: hook.url, staff: STAFF_WITH_CHAT, notify }),
  });
}

async function escalated(h: InProcessHelpdesk, time = '09:00', category = 'malfunction'): Promise<string> {
  const out = await h.ok(
    ['open', '--title', 'Lohnexport bricht ab **dringend**', '--customer', 'acme', '--channel', 'e-mail', '--json'],
    { env: at(time) },
  );
  const id = (JSON.parse(out) as { id: string }).id;
  await h.ok(['qualify', id, '--category', category, '--product', 'lohn/export', '--priority', 'high'], {
    env: at(time),
  });
  await h.ok(['escalate', id, '--reason', 'needs a look at the export code'], { env: at(time) });
  return id;
}

const subjects = () => smtp.received.map((m) => `${m.envelope.to.join(',')}: ${m.parsed.subject}`);

describe('desk notify', () => {
  it('tells Second Level of an escalation by mail and in the chat, once, and records it', async () => {
    hd = setUp();
    const id = await escalated(hd);
    const run = JSON.parse(await hd.ok(['notify', '--json'], { env: at('09:10') })) as {
      due: { id: string; kind: string; ticket: string }[];
      sent: { channel: string; to: string; status: string }[];
    };
    expect(run.due.map((d) => d.kind)).toEqual(['escalated']);
    const short = run.due[0]!.ticket;
    expect(id.startsWith(short)).toBe(true);
    expect(run.sent.map((s) => `${s.channel} ${s.to} ${s.status}`)).toEqual([
      'email jonas.becker@example.de sent',
      'webhook support sent',
    ]);
    expect(subjects()).toEqual([`jonas.becker@example.de: [desk] Eskalation an Second Level: ${short}`]);
    const text = smtp.received[0]!.parsed.text!;
    expect(text).toContain('Hallo Jonas Becker');
    expect(text).toContain('Lohnexport bricht ab **dringend**');
    expect(text).toContain(`desk show ${short}`);
    expect(smtp.received[0]!.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    // Mattermost: one post, the title's markup escaped, naming who it is for
    expect(hook.posts.map((p) => p.path)).toEqual(['/hooks/support']);
    const post = hook.posts[0]!.body as { text: string; username: string };
    expect(post.text.split('\n')[0]).toBe(`**Eskalation an Second Level: ${short}**`);
    expect(post.text).toContain('Lohnexport bricht ab \\*\\*dringend\\*\\*');
    expect(post.text).toContain('Für: Jonas Becker');

    // the record says what went where
    const files = hd.git('ls-files', 'notifications').trim().split('\n');
    expect(files).toHaveLength(1);
    const record = hd.read(files[0]!);
    expect(record).toMatch(/kind: escalated/);
    expect(record).toMatch(/channel: email\n\s+to: jb\n[\s\S]*status: sent/);
    expect(record).toMatch(/channel: webhook\n\s+to: support\n[\s\S]*status: sent/);

    // a second run (later, the cause unchanged) sends nothing and commits nothing
    const head = hd.git('rev-parse', 'HEAD');
    expect(await hd.ok(['notify'], { env: at('09:20') })).toContain('Nothing due.');
    expect(smtp.received).toHaveLength(1);
    expect(hook.posts).toHaveLength(1);
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
  });

  it('warns of a reaction deadline within the warning time, then of its breach to the team lead too', async () => {
    hd = setUp();
    const out = await hd.ok(
      ['open', '--title', 'Drucker druckt nicht', '--customer', 'acme', '--channel', 'e-mail', '--json'],
      {
        env: at('09:00'),
      },
    );
    const id = (JSON.parse(out) as { id: string }).id;
    await hd.ok(['assign', id, 'lw'], { env: at('09:05') });
    // 4 h reaction time: due 13:00; at 12:10 fifty service minutes are left
    expect(await hd.ok(['notify', '--dry-run'], { env: at('11:30') })).toContain('Nothing due');
    await hd.ok(['notify'], { env: at('12:10') });
    expect(subjects()).toEqual([
      expect.stringMatching(/^lars\.wegner@example\.de: \[desk\] Reaction deadline 2026-11-23 13:00: /),
    ]);
    // breached: the assignee and the manager (Anja takes hers as JSON on the script webhook)
    await hd.ok(['notify'], { env: at('13:05') });
    expect(subjects()[1]).toMatch(
      /^lars\.wegner@example\.de: \[desk\] Reaction time breached \(due 2026-11-23 13:00\)/,
    );
    expect(hook.posts.map((p) => p.path)).toEqual(['/hooks/script']);
    const json = hook.posts[0]!.body as { kind: string; ticket: string; staff: { id: string }[]; detail: string };
    expect(json).toMatchObject({ kind: 'reaction-breached', ticket: id, detail: '2026-11-23 13:00' });
    expect(json.staff.map((s) => s.id)).toEqual(['ak']);
    // nothing twice
    await hd.ok(['notify'], { env: at('14:00') });
    expect(smtp.received).toHaveLength(2);
    expect(hook.posts).toHaveLength(1);
  });

  it('tells the project lead and sales when a quota passes 80 % and 100 %, each as they chose', async () => {
    hd = setUp();
    const id = (
      JSON.parse(
        await hd.ok(
          ['open', '--title', 'Schulung Lohnabrechnung', '--customer', 'acme', '--channel', 'phone', '--json'],
          {
            env: at('09:00', '2026-11-02'),
          },
        ),
      ) as { id: string }
    ).id;
    await hd.ok(['log', id, '8h', '--on', '2026-11-02'], { env: at('17:00', '2026-11-02') });
    await hd.ok(['notify'], { env: at('17:10', '2026-11-02') });
    // Tobias (project lead) on the Teams webhook; Sandra chose quota-100 only
    expect(hook.posts.map((p) => p.path)).toEqual(['/hooks/teams']);
    const card = hook.posts[0]!.body as {
      type: string;
      attachments: { contentType: string; content: { type: string; body: { text: string }[] } }[];
    };
    expect(card.type).toBe('message');
    expect(card.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0]!.content.body[0]!.text).toBe(
      '**Quota 80 % used (8h / 10h, 2026-11): ACME Maschinenbau GmbH**',
    );
    expect(smtp.received).toHaveLength(0);
    await hd.ok(['log', id, '2h30m', '--on', '2026-11-03'], { env: at('17:00', '2026-11-03') });
    await hd.ok(['notify'], { env: at('17:10', '2026-11-03') });
    expect(hook.posts).toHaveLength(2);
    expect(subjects()).toEqual([
      'sandra.hoffmann@example.de: [desk] Kontingent ausgeschöpft (10h30 / 10h, 2026-11): ACME Maschinenbau GmbH',
    ]);
  });

  it('counts time logged since the last run of the same day at once (what a run kept of a quota is not reused)', async () => {
    hd = setUp();
    const open = (title: string) =>
      hd!.ok(['open', '--title', title, '--customer', 'acme', '--channel', 'phone', '--json'], {
        env: at('09:00', '2026-11-02'),
      });
    const first = (JSON.parse(await open('Schulung Lohnabrechnung')) as { id: string }).id;
    await hd.ok(['log', first, '7h', '--on', '2026-11-02'], { env: at('12:00', '2026-11-02') });
    await hd.ok(['notify'], { env: at('12:10', '2026-11-02') });
    expect(hook.posts).toHaveLength(0);
    // another ticket of the customer, then more time on the first: each run of the day sees what the files say
    const second = (JSON.parse(await open('Rückfrage Meldewesen')) as { id: string }).id;
    await hd.ok(['log', second, '30m', '--on', '2026-11-02'], { env: at('13:00', '2026-11-02') });
    await hd.ok(['notify'], { env: at('13:10', '2026-11-02') });
    expect(hook.posts).toHaveLength(0);
    await hd.ok(['log', first, '30m', '--on', '2026-11-02'], { env: at('14:00', '2026-11-02') });
    await hd.ok(['notify'], { env: at('14:10', '2026-11-02') });
    expect(hook.posts.map((p) => p.path)).toEqual(['/hooks/teams']);
    expect(JSON.stringify(hook.posts[0]!.body)).toContain('Quota 80 % used (8h / 10h, 2026-11)');
  });

  it('tells the project lead of a change request awaiting approval and of a hand-off', async () => {
    hd = setUp();
    const id = await escalated(hd, '09:00', 'change-request');
    await hd.ok(['estimate', id, '6h', '--note', 'Exportformat erweitern'], {
      env: { ...at('10:00'), DESK_USER: 'jb' },
    });
    await hd.ok(['notify'], { env: at('10:05') });
    const teams = () =>
      hook.posts
        .filter((p) => p.path === '/hooks/teams')
        .map(
          (p) =>
            (p.body as { attachments: { content: { body: { text: string }[] } }[] }).attachments[0]!.content.body[0]!
              .text,
        );
    expect(teams()).toEqual([expect.stringMatching(/^\*\*Change request awaits your approval \(6h\): /)]);
    await hd.ok(['handoff', id, '--to', 'project-lead', '--reason', 'more than a change: a new module'], {
      env: { ...at('11:00'), DESK_USER: 'jb' },
    });
    await hd.ok(['notify'], { env: at('11:05') });
    // the approval is not sent again; the hand-off is
    expect(teams()).toEqual([
      expect.stringMatching(/^\*\*Change request awaits your approval/),
      expect.stringMatching(/^\*\*Handed off to the project lead: T-/),
    ]);
  });

  it('a dry run says who would get what, and sends and writes nothing', async () => {
    hd = setUp();
    await escalated(hd);
    const before = snapshot(hd);
    const out = await hd.ok(['notify', '--dry-run'], { env: at('09:10') });
    expect(out).toContain('Dry run: 1 notification would be sent');
    expect(out).toContain('mail jb, webhook support');
    expect(smtp.received).toHaveLength(0);
    expect(hook.posts).toHaveLength(0);
    expect(snapshot(hd)).toBe(before);
  });

  it('a webhook that refuses is recorded as failed; one that fails for now is posted by the next run', async () => {
    hd = setUp();
    await escalated(hd);
    hook.status = 404;
    expect(await hd.ok(['notify'], { env: at('09:10') })).toMatch(/webhook\s+support\s+failed\s+HTTP 404/);
    hook.status = 200;
    await hd.ok(['notify'], { env: at('09:20') });
    expect(hook.posts).toHaveLength(0);
    expect(smtp.received).toHaveLength(1);

    await escalated(hd, '10:00');
    hook.status = 503;
    expect(await hd.ok(['notify'], { env: at('10:10') })).toMatch(/webhook\s+support\s+queued\s+HTTP 503/);
    hook.status = 200;
    await hd.ok(['notify'], { env: at('10:20') });
    await hd.ok(['notify'], { env: at('10:30') });
    expect(hook.posts).toHaveLength(1);
    expect(smtp.received).toHaveLength(2);
    expect(hd.git('status', '--porcelain')).toBe('');
  });

  it('refuses a channel naming a webhook desk.yaml does not have, naming the field', async () => {
    hd = helpdesk({
      'desk.yaml': notifyDeskYaml({
        smtpPort: smtp.port,
        staff: STAFF_WITH_CHAT,
      }),
    });
    const r = await hd.desk(['notify'], { env: at('09:10') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('desk.yaml: staff[2].notify.channels[1]: no webhook named "support" in notify.webhooks');
  });
});

describe('desk notify on an index that asks git which ticket files changed', () => {
  // DESK_INDEX_GIT_FROM=1: the ticket index takes git's word from the first ticket on, as it does
  // from 5,000 on; a file git vouches for is not stat'ed, every other one is
  const viaGit = (time: string) => ({ ...at(time), DESK_INDEX_GIT_FROM: '1' });
  const due = async (h: InProcessHelpdesk, time: string) =>
    (
      JSON.parse(await h.ok(['notify', '--dry-run', '--json'], { env: viaGit(time) })) as { due: { kind: string }[] }
    ).due.map((d) => d.kind);

  it('notifies an escalation written into a ticket file by hand, committed with git or not, and forgets it when undone', async () => {
    hd = setUp();
    const out = await hd.ok(
      ['open', '--title', 'Lohnexport bricht ab', '--customer', 'acme', '--channel', 'phone', '--json'],
      {
        env: at('09:00'),
      },
    );
    const id = (JSON.parse(out) as { id: string }).id;
    await hd.ok(['qualify', id, '--category', 'malfunction', '--product', 'lohn/export', '--priority', 'low'], {
      env: at('09:00'),
    });
    expect(await due(hd, '09:10')).toEqual([]);
    expect(await due(hd, '09:11')).toEqual([]); // the base is set: from here on git is asked

    const file = hd
      .git('ls-files', 'tickets')
      .trim()
      .split('\n')
      .find((f) => f.endsWith(`${id}.yaml`))!;
    const before = hd.read(file);
    hd.write(
      file,
      `${before}  - id: "e-handedit0001"\n    at: "2026-11-23T09:20:00+01:00"\n    by: lw\n    type: escalated\n    reason: per Hand eingetragen\n`,
    );
    expect(await due(hd, '09:30')).toEqual(['escalated']);
    // committed by hand: git's own index is clean again, HEAD moved past the base
    hd.git('commit', '-qam', 'Eskalation per Hand');
    expect(await due(hd, '09:31')).toEqual(['escalated']);
    // undone with git: the file is its old text again, and nothing is due
    hd.git('reset', '-q', '--hard', 'HEAD~1');
    expect(hd.read(file)).toBe(before);
    expect(await due(hd, '09:32')).toEqual([]);
  });
});
