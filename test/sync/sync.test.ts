import { existsSync, renameSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyTeam, tempTeam, ticketView, type Clone, type Team } from './team.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

/** Many git and desk processes per test: generous on a loaded machine (speed is measured by benchmarks, not here). */
const SLOW = { timeout: 240_000 };

let team: Team;
afterEach(() => team?.cleanup());

const at = (hhmm: string) => ({ DESK_NOW: `2026-03-02T${hhmm}:00+01:00` });
const head = (c: Clone) => c.git('rev-parse', 'HEAD').trim();
const remoteHead = () => team.clones[0]!.git('ls-remote', team.remote, 'refs/heads/main').split('\t')[0];
const syncJson = async (c: Clone) =>
  JSON.parse(await c.ok(['sync', '--json'])) as {
    received: { tickets: string[]; newTickets: string[]; commits: number; files: string[] };
    sent: { tickets: string[]; commits: number };
    attempts: number;
  };

/** Anna and Ben share a ticket Anna opened, and both have synced since. Made once per file. */
let sharing: Team;
let shared: string;
beforeAll(async () => {
  sharing = tempTeam(['anna', 'ben']);
  const [anna, ben] = sharing.clones as [Clone, Clone];
  shared = await anna.open('Kasse startet nicht', at('08:30'));
  await anna.ok(['sync']);
  await ben.ok(['sync']);
}, SLOW.timeout);
afterAll(() => sharing?.cleanup());

/** A copy of Anna's and Ben's clones with the ticket they share, for the test. */
function bothHaveIt(): { anna: Clone; ben: Clone; id: string } {
  team = copyTeam(sharing);
  const [anna, ben] = team.clones as [Clone, Clone];
  return { anna, ben, id: shared };
}

/** Anna has commented on the ticket they share and sent that, Ben has not synced since. */
async function annaSentFirst(): Promise<{ anna: Clone; ben: Clone; id: string }> {
  const { anna, ben, id } = bothHaveIt();
  await anna.ok(['comment', id, '-m', 'Kasse 3 betroffen'], at('09:00'));
  await anna.ok(['sync']);
  return { anna, ben, id };
}

describe('a team on one helpdesk', SLOW, () => {
  it('merges the same ticket changed in three clones while apart: every event everywhere, same order, same state', async () => {
    team = tempTeam();
    const [anna, ben, carla] = team.clones as [Clone, Clone, Clone];
    const id = await anna.open('Lohnexport bricht ab', at('09:00'));
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    await carla.ok(['sync']);

    // apart: First Level qualifies and escalates, Second Level notes an analysis, another colleague answers the customer
    await anna.ok(
      ['qualify', id, '--category', 'malfunction', '--product', 'lohn/export', '--priority', 'high'],
      at('09:05'),
    );
    await anna.ok(['escalate', id, '--reason', 'Fehler im Exportmodul', '--to', 'jb'], at('09:10'));
    await ben.ok(['comment', id, '-m', 'Logdatei angefordert'], at('09:07'));
    await carla.ok(['reply', id, '-m', 'Wir kümmern uns darum.'], at('09:06'));
    await carla.ok(['comment', id, '-m', 'Kunde ruft um 10 Uhr zurück'], at('09:30'));

    expect(await carla.ok(['sync'])).toMatch(/nothing new from the team, 1 of yours sent/);
    expect(await anna.ok(['sync'])).toMatch(/1 ticket updated from the team, 1 of yours sent/);
    const benSync = await syncJson(ben);
    expect(benSync.received.tickets).toEqual([id]);
    expect(benSync.sent).toMatchObject({ tickets: [id], commits: 1 });
    await anna.ok(['sync']);
    await carla.ok(['sync']);

    const views = [];
    for (const c of [anna, ben, carla]) views.push(await ticketView(c, id));
    // six changes, and the qualification and the reply each took the ticket (first touch) in their clone
    expect(views[0]!.events).toHaveLength(8);
    for (const v of views.slice(1)) {
      expect(v.text).toBe(views[0]!.text);
      expect(v.events).toEqual(views[0]!.events);
      expect(v.state).toEqual(views[0]!.state);
    }
    expect(views[0]!.state).toMatchObject({
      status: 'escalated',
      level: 2,
      priority: 'high',
      assignee: 'jb',
      firstReactionAt: '2026-03-02T09:00:00+01:00', // taken on the phone: opening it was the reaction
    });
    const types = [...views[0]!.text.matchAll(/^ {4}type: (\S+)$/gm)].map((m) => m[1]);
    expect(types).toEqual([
      'opened',
      'qualified',
      'assigned',
      'message',
      'assigned',
      'comment',
      'escalated',
      'comment',
    ]);
    for (const c of [anna, ben, carla]) {
      expect((await c.desk(['check'])).code).toBe(0);
      expect(head(c)).toBe(head(anna));
      expect(c.git('status', '--porcelain')).toBe('');
    }
    // one line of history, each command its own commit, nothing forced: 1 open + 5 changes on top of the seed
    expect(anna.git('log', '--format=%s', '--first-parent').trim().split('\n')).toHaveLength(1 + 6);
    expect(anna.git('log', '--merges', '--format=%H')).toBe('');
  });

  it("replays this clone's commits onto the team's as they were made: author, date and message kept", async () => {
    const { anna, ben, id } = await annaSentFirst();
    // made at the times the commands say (git's clock, set here as a laptop's would be): kept on the way
    const madeAt = (hhmm: string) => ({ ...at(hhmm), GIT_AUTHOR_DATE: `2026-03-02T${hhmm}:00+01:00` });
    await ben.ok(['comment', id, '-m', 'Treiber geprüft'], madeAt('09:05'));
    await ben.ok(['log', id, '20m', '-m', 'Fernwartung'], madeAt('09:40'));
    const made = (c: Clone) => c.git('log', '-2', '--date=raw', '--format=%an|%ae|%ad|%B%x00');
    const committer = (c: Clone) => c.git('log', '-2', '--format=%cn <%ce>').trim().split('\n');
    const [before, committedBy] = [made(ben), committer(ben)];
    expect(committedBy).toEqual(Array(2).fill(ben.git('log', '-1', '--format=%an <%ae>').trim()));

    await ben.ok(['sync']);
    expect(made(ben)).toBe(before);
    expect(committer(ben)).toEqual(committedBy); // the one syncing: Ben, whose commits they are
    expect(ben.git('rev-parse', 'HEAD~2').trim()).toBe(head(anna));
    expect(ben.git('status', '--porcelain')).toBe('');
    expect(ben.git('reflog', '-1', '--format=%gs')).toMatch(/^desk sync: onto [0-9a-f]{10}/);
    const text = (await ticketView(ben, id)).text;
    for (const words of ['Kasse 3 betroffen', 'Treiber geprüft', 'Fernwartung']) expect(text).toContain(words);
  });

  it('keeps a commit made empty on purpose, as a note in the history', async () => {
    const { anna, ben, id } = await annaSentFirst();
    ben.git('commit', '-q', '--allow-empty', '-m', 'Übergabe: Jonas übernimmt ab Montag');
    await ben.ok(['comment', id, '-m', 'Treiber geprüft'], at('09:05'));

    await ben.ok(['sync']);
    await anna.ok(['sync']);
    expect(anna.git('log', '-2', '--format=%s').trim().split('\n')).toEqual([
      expect.stringMatching(/: comment$/),
      'Übergabe: Jonas übernimmt ab Montag',
    ]);
  });

  it('merges changes to different tickets and reports them per ticket', async () => {
    team = tempTeam();
    const [anna, ben, carla] = team.clones as [Clone, Clone, Clone];
    const ids = [];
    for (const t of ['Drucker', 'Export', 'Login']) ids.push(await anna.open(t));
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    await carla.ok(['sync']);
    await anna.ok(['comment', ids[0]!, '-m', 'a']);
    await ben.ok(['comment', ids[1]!, '-m', 'b']);
    await carla.ok(['comment', ids[2]!, '-m', 'c']);
    const fresh = await carla.open('Neuer Fall');
    for (const c of [anna, ben, carla]) await c.ok(['sync']);
    const last = await syncJson(anna);
    expect(last.received.tickets.sort()).toEqual([ids[1]!, ids[2]!, fresh].sort());
    expect(last.received.newTickets).toEqual([fresh]);
    await ben.ok(['sync']);
    for (const c of [anna, ben, carla]) {
      expect((await ticketView(c, ids[0]!)).text).toBe((await ticketView(anna, ids[0]!)).text);
      expect(c.read(ticketFile(ids[2]!))).toContain('text: c');
    }
    expect(head(ben)).toBe(head(anna));
  });

  it('many clones opening tickets while apart: no id collides and every ticket arrives everywhere', async () => {
    // four clones of people who open requests (Second Level opens none, docs/roles.md)
    team = tempTeam(['anna', 'carla', 'dora', 'emil']);
    const opened: string[] = [];
    for (const c of team.clones) for (const n of [1, 2, 3]) opened.push(await c.open(`${c.name} ${n}`));
    expect(new Set(opened).size).toBe(opened.length);
    for (const c of team.clones) await c.ok(['sync']);
    for (const c of team.clones.slice(0, -1)) await c.ok(['sync']); // the last one to sync has everything already
    for (const c of team.clones) {
      const listed = (JSON.parse(await c.ok(['list', '--all', '--json'])) as { id: string }[]).map((t) => t.id);
      expect(listed.sort()).toEqual([...opened].sort());
      const checked = await c.desk(['check']);
      expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    }
  });
});

describe('when someone else is faster', SLOW, () => {
  it('a rejected push integrates the newer work and sends again', async () => {
    const { anna, ben, id } = bothHaveIt();
    await anna.ok(['comment', id, '-m', 'von Anna']);
    await ben.ok(['comment', id, '-m', 'von Ben']);
    // Ben pushes in the moment between Anna's fetch and her push
    const mark = join(anna.root, '.git', 'ben-was-faster');
    const hook = join(anna.root, '.git', 'hooks', 'pre-push');
    writeFileSync(
      hook,
      `#!/bin/sh\nif [ ! -e '${mark}' ]; then\n  touch '${mark}'\n  unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\n  git -C '${ben.root}' push -q origin HEAD:main >/dev/null 2>&1\nfi\nexit 0\n`,
    );
    chmodSync(hook, 0o755);
    const result = await syncJson(anna);
    expect(existsSync(mark)).toBe(true);
    expect(result.attempts).toBe(2);
    expect(result.received.tickets).toEqual([id]);
    expect(remoteHead()).toBe(head(anna));
    expect((await ticketView(anna, id)).text).toContain('von Ben');
    expect((await ticketView(anna, id)).text).toContain('von Anna');
    expect(anna.git('log', '--format=%s', '-3')).toMatch(/comment\n.*comment\n.*open/);
  });
});

describe('what sync refuses, and how it says so', SLOW, () => {
  it('no network: a clear message, the work stays committed, the next sync sends it', async () => {
    team = tempTeam(['anna']);
    const [anna] = team.clones as [Clone];
    const id = await anna.open('Drucker');
    const before = head(anna);
    renameSync(team.remote, `${team.remote}.away`);
    const r = await anna.desk(['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^desk: cannot reach origin: .*does not appear to be a git repository/m);
    expect(r.stderr).toMatch(/your work stays committed in this clone \(1 commit not yet sent\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(head(anna)).toBe(before);
    expect(anna.git('status', '--porcelain')).toBe('');
    expect((await ticketView(anna, id)).events).toHaveLength(1);
    renameSync(`${team.remote}.away`, team.remote);
    expect(await anna.ok(['sync'])).toMatch(/1 of yours sent/);
    expect(remoteHead()).toBe(before);
  });

  it('no remote, another branch, uncommitted changes, a remote that is not named', async () => {
    team = tempTeam(['anna']);
    const [anna] = team.clones as [Clone];
    anna.git('switch', '-q', '-c', 'experiment');
    const branch = await anna.desk(['sync']);
    expect(branch.code).toBe(1);
    expect(branch.stderr).toContain("you are on branch experiment; the helpdesk's shared history is main");
    expect(branch.stderr).toContain('git switch main');
    anna.git('switch', '-q', 'main');

    anna.write('kb/drucker.md', 'halb fertig\n');
    const dirty = await anna.desk(['sync']);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('uncommitted changes in kb/drucker.md');
    anna.git('checkout', '--', 'kb/drucker.md');

    const unknown = await anna.desk(['sync', '--remote', 'upstream']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no remote named upstream');

    anna.git('remote', 'remove', 'origin');
    const none = await anna.desk(['sync']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no remote configured');
    expect(none.stderr).toContain('git remote add origin URL');
  });

  it("a draft not yet committed where the team's new file goes: sync stops and names it, the draft kept", async () => {
    const { anna, ben, id } = bothHaveIt();
    anna.write('kb/scanner.md', ben.read('kb/drucker.md').replace(/Drucker/g, 'Scanner'));
    anna.git('add', 'kb/scanner.md');
    anna.git('commit', '-qm', 'kb: Scanner');
    await anna.ok(['sync']);
    await ben.ok(['comment', id, '-m', 'Treiber geprüft']);
    ben.write('kb/scanner.md', 'Bens Entwurf\n'); // untracked, in the way
    const before = head(ben);

    const stopped = await ben.desk(['sync']);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('kb/scanner.md');
    expect(ben.read('kb/scanner.md')).toBe('Bens Entwurf\n');
    expect(head(ben)).toBe(before);
    expect(ben.git('status', '--porcelain')).toBe('?? kb/scanner.md\n');
    expect(existsSync(join(ben.root, '.desk', 'sync.json'))).toBe(false);

    renameSync(join(ben.root, 'kb/scanner.md'), join(ben.root, 'kb/scanner-entwurf.md'));
    await ben.ok(['sync']);
    expect(ben.read('kb/scanner.md')).toBe(anna.read('kb/scanner.md'));
    expect((await ticketView(ben, id)).text).toContain('Treiber geprüft');
  });

  it('an empty remote gets the first push', async () => {
    team = tempTeam(['anna']);
    const [anna] = team.clones as [Clone];
    const empty = join(team.remote, '..', 'empty.git');
    anna.git('init', '-q', '--bare', empty);
    anna.git('remote', 'add', 'team', empty);
    anna.git('remote', 'remove', 'origin');
    expect(await anna.ok(['sync'])).toMatch(/^Synced with team \(main\): /);
    expect(anna.git('ls-remote', empty, 'refs/heads/main').split('\t')[0]).toBe(head(anna));
    expect(anna.git('config', 'branch.main.remote').trim()).toBe('team');
  });

  it('the same article edited in two clones: sync stops naming the file and the way to finish; finishing loses nothing', async () => {
    const { anna, ben, id } = bothHaveIt();
    const article = ben.read('kb/drucker.md');
    anna.write('kb/drucker.md', article.replace('1. Druckertreiber prüfen.', '1. Druckertreiber neu installieren.'));
    anna.git('commit', '-qam', 'kb: Treiber neu installieren');
    await ben.ok(['comment', id, '-m', 'Ben war hier']);
    ben.write('kb/drucker.md', article.replace('1. Druckertreiber prüfen.', '1. Druckertreiber-Version prüfen.'));
    ben.git('commit', '-qam', 'kb: Version prüfen');
    await ben.ok(['comment', id, '-m', 'Ben nochmal']);
    await anna.ok(['comment', id, '-m', 'Anna auch']);
    await anna.ok(['sync']);
    const before = ben.git('rev-parse', 'HEAD');

    const stopped = await ben.desk(['sync']);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('conflict in kb/drucker.md');
    expect(stopped.stderr).toContain('git add kb/drucker.md, git rebase --continue, then desk sync again');
    expect(stopped.stderr).toContain('git rebase --abort');
    expect(remoteHead()).toBe(head(anna));
    // desk refuses to work in the middle of it, naming the file
    const list = await ben.desk(['list']);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('in the middle of a rebase with conflicts in kb/drucker.md');

    // aborting goes back to exactly where Ben was
    ben.git('rebase', '--abort');
    expect(ben.git('rev-parse', 'HEAD')).toBe(before);
    expect((await ben.desk(['sync'])).code).toBe(1);

    ben.write(
      'kb/drucker.md',
      article.replace('1. Druckertreiber prüfen.', '1. Druckertreiber-Version prüfen, dann neu installieren.'),
    );
    ben.git('add', 'kb/drucker.md');
    ben.git('rebase', '--continue');
    expect(await ben.ok(['sync'])).toMatch(/1 of yours sent/);
    await anna.ok(['sync']);
    for (const c of [anna, ben]) {
      expect(c.read('kb/drucker.md')).toContain('Druckertreiber-Version prüfen, dann neu installieren.');
      expect((await ticketView(c, id)).events).toHaveLength(4);
      expect((await c.desk(['check'])).code).toBe(0);
    }
    expect((await ticketView(ben, id)).text).toBe((await ticketView(anna, id)).text);
  });
});

describe('invoice numbers across clones', SLOW, () => {
  const invoice = (n: string) => `number: ${n}\ncustomer: acme\n`;
  function issue(c: Clone, number: string) {
    c.write(`invoices/2026/${number}.yaml`, invoice(number));
    c.git('add', 'invoices');
    c.git('commit', '-qm', `invoice ${number}`);
  }

  it('refuses to send a number the team issued too, or a gap, before anything is sent', async () => {
    team = tempTeam(['anna', 'ben']);
    const [anna, ben] = team.clones as [Clone, Clone];
    issue(anna, 'RE-2026-0001');
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    issue(anna, 'RE-2026-0002');
    issue(ben, 'RE-2026-0002');
    await anna.ok(['sync']);
    const before = head(ben);
    const twice = await ben.desk(['sync']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(
      'invoice number RE-2026-0002 was issued here and in another clone (invoices/2026/RE-2026-0002.yaml)',
    );
    expect(twice.stderr).toContain('let invoicing run in one place only');
    expect(twice.stderr).toContain('Renumber only invoices that were never sent');
    expect(head(ben)).toBe(before);
    expect(existsSync(join(ben.root, '.git', 'rebase-merge'))).toBe(false);

    // Ben's was a draft: he renumbers it after the team's last one and it goes through
    ben.git('mv', 'invoices/2026/RE-2026-0002.yaml', 'invoices/2026/RE-2026-0003.yaml');
    ben.git('commit', '-qm', 'renumber the unsent draft');
    expect(await ben.ok(['sync'])).toMatch(/Synced/);

    await anna.ok(['sync']);
    issue(anna, 'RE-2026-0005');
    const gap = await anna.desk(['sync']);
    expect(gap.code).toBe(1);
    expect(gap.stderr).toContain(
      'the invoice numbers would have a gap: RE-2026-0004 missing; issued here: RE-2026-0005',
    );
  });
});
