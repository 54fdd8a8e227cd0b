import { describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { deskAsync, deskOk } from '../mail/helpers.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { tempTeam, type Team } from '../sync/team.js';
import { at, notifyDeskYaml, STAFF_WITH_CHAT } from './fixtures.js';

/**
 * Every notification goes out once: desk killed between committing and sending, and two clones
 * running desk notify before they synced (docs/communication.md). Desk runs as a process where
 * it is killed; the SMTP and HTTP servers live in this one.
 */
let hd: InProcessHelpdesk | undefined;
let team: Team | undefined;
const { smtp, hook } = smtpTestServers({
  webhooks: true,
  afterEach: () => {
    hd?.cleanup();
    team?.cleanup();
    hd = undefined;
    team = undefined;
  },
});

const yaml = () => notifyDeskYaml({ smtpPort: smtp.port, hookUrl: hook.url, staff: STAFF_WITH_CHAT });

async function escalate(ok: (args: string[], env: Record<string, string>) => Promise<string>): Promise<string> {
  const id = (
    JSON.parse(
      await ok(
        [
          'open',
          '--title',
          'Meldewesen: DEÜV-Meldung abgelehnt',
          '--customer',
          'acme',
          '--channel',
          'e-mail',
          '--json',
        ],
        at('09:00'),
      ),
    ) as {
      id: string;
    }
  ).id;
  await ok(
    ['qualify', id, '--category', 'malfunction', '--product', 'lohn/meldewesen', '--priority', 'high'],
    at('09:00'),
  );
  await ok(['escalate', id, '--reason', 'Fehlercode der Annahmestelle unbekannt'], at('09:00'));
  return id;
}

describe('desk notify killed mid-way', () => {
  it('killed after a webhook answered, before the result was committed: the next run records it and posts nothing', async () => {
    hd = helpdesk({ 'desk.yaml': yaml() });
    const proc = hd as unknown as TempHelpdesk;
    await escalate((args, env) => hd!.ok(args, { env }));
    const killed = await deskAsync(proc, ['notify'], { env: { ...at('09:10'), DESK_FAULT: 'notify-after-send' } });
    expect(killed.code).not.toBe(0);
    expect(hook.posts).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
    await deskOk(proc, ['notify'], { env: at('09:11') });
    await deskOk(proc, ['notify'], { env: at('09:12') });
    expect(hook.posts).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
    const file = hd.git('ls-files', 'notifications').trim();
    expect(hd.read(file)).toMatch(/channel: webhook\n\s+to: support\n[\s\S]*status: sent/);
    expect(hd.git('status', '--porcelain')).toBe('');
  });

  it('killed after the claim was committed, before anything was sent: the next run sends it, once', async () => {
    hd = helpdesk({ 'desk.yaml': yaml() });
    const proc = hd as unknown as TempHelpdesk;
    await escalate((args, env) => hd!.ok(args, { env }));
    const killed = await deskAsync(proc, ['notify'], { env: { ...at('09:10'), DESK_FAULT: 'notify-after-claim' } });
    expect(killed.code).not.toBe(0);
    expect(hd.git('log', '-1', '--format=%s').trim()).toBe('Notifications due: 1 claimed');
    expect(hook.posts).toHaveLength(0);
    expect(smtp.received).toHaveLength(0);
    await deskOk(proc, ['notify'], { env: at('09:11') });
    await deskOk(proc, ['notify'], { env: at('09:12') });
    expect(hook.posts).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });

  it('killed after the mail went out, before it was recorded: the outbox records it and sends nothing again', async () => {
    hd = helpdesk({ 'desk.yaml': yaml() });
    const proc = hd as unknown as TempHelpdesk;
    await escalate((args, env) => hd!.ok(args, { env }));
    const killed = await deskAsync(proc, ['notify'], { env: { ...at('09:10'), DESK_FAULT: 'mail-before-record' } });
    expect(killed.code).not.toBe(0);
    expect(smtp.received).toHaveLength(1);
    await deskOk(proc, ['notify'], { env: at('09:11') });
    expect(smtp.received).toHaveLength(1);
    expect(hook.posts).toHaveLength(1);
    const file = hd.git('ls-files', 'notifications').trim();
    expect(hd.read(file)).toMatch(/channel: email\n\s+to: jb\n[\s\S]*status: sent/);
  });
});

describe('two clones running desk notify before they synced', () => {
  it('send each notification once: the claim that reaches the shared repository first sends it', async () => {
    team = tempTeam(['anna', 'carla'], { 'desk.yaml': yaml() });
    const [anna, carla] = team.clones as [Team['clones'][0], Team['clones'][0]];
    await escalate((args, env) => anna.ok(args, env));
    await anna.ok(['sync']);
    await carla.ok(['sync']);
    // both see the escalation; neither has synced since
    const first = JSON.parse(await anna.ok(['notify', '--json'], at('09:10'))) as {
      sent: unknown[];
      othersClaimed: string[];
    };
    const second = JSON.parse(await carla.ok(['notify', '--json'], at('09:10'))) as {
      sent: unknown[];
      othersClaimed: string[];
    };
    expect(first.sent).toHaveLength(2);
    expect(second.sent).toHaveLength(0);
    expect(second.othersClaimed).toEqual([expect.stringMatching(/^escalated\./)]);
    expect(hook.posts).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
    // the records merged: both clones agree nothing is left to send
    await anna.ok(['sync']);
    await carla.ok(['sync']);
    for (const c of [anna, carla]) expect(await c.ok(['notify'], at('09:20'))).toContain('Nothing due.');
    expect(carla.read(carla.git('ls-files', 'notifications').trim())).toMatch(/status: sent/);
    expect(hook.posts).toHaveLength(1);
  });

  it('a clone that cannot reach the shared repository sends nothing, and later leaves it to the clone that could', async () => {
    team = tempTeam(['anna', 'carla'], { 'desk.yaml': yaml() });
    const [anna, carla] = team.clones as [Team['clones'][0], Team['clones'][0]];
    await escalate((args, env) => anna.ok(args, env));
    await anna.ok(['sync']);
    await carla.ok(['sync']);
    const url = carla.git('remote', 'get-url', 'origin').trim();
    carla.git('remote', 'set-url', 'origin', `${url}-gone`);
    const offline = await carla.desk(['notify'], at('09:10'));
    expect(offline.code).toBe(1);
    expect(offline.stdout).toContain('Nothing sent: the sync that settles which clone sends failed');
    await anna.ok(['notify'], at('09:11'));
    carla.git('remote', 'set-url', 'origin', url);
    expect(await carla.ok(['notify'], at('09:12'))).toContain('1 claimed by another clone first');
    expect(hook.posts).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });
});
