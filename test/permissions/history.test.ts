// desk check and desk sync judge the history by the permission table in force when each commit
// was made: hand edits, commits made with --author, events written as someone else. Real git,
// desk in-process.
import { afterEach, describe, expect, it } from 'vitest';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { execFileSync } from 'node:child_process';
import { cleanEnv, helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempTeam, type Clone, type Team } from '../sync/team.js';
import { ACME_MAIL, corpus, mailDeskYaml } from '../mail/helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

let hd: InProcessHelpdesk | undefined;
let team: Team | undefined;
afterEach(() => {
  hd?.cleanup();
  team?.cleanup();
  hd = team = undefined;
});

/** git as a person types it, with their identity, committing by hand. */
function byHand(h: InProcessHelpdesk, person: string, email: string, ...args: string[]): string {
  const env = cleanEnv({
    GIT_AUTHOR_NAME: person,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: person,
    GIT_COMMITTER_EMAIL: email,
  });
  return execFileSync('git', args, { cwd: h.root, env, encoding: 'utf8' });
}

describe('desk check judges the history', () => {
  it('names each commit that breaks the table, with its author and the rule, until it is reviewed', async () => {
    hd = helpdesk();
    const id = await openTicket(hd);
    expect((await hd.desk(['check'])).stdout).toContain('All files are valid');

    // a developer (Second Level) lowers the fee by hand
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace('fee: "1200.00"', 'fee: "1.00"'));
    byHand(hd, 'Jonas Becker', 'jonas.becker@example.de', 'commit', '-qam', 'cheaper');
    const cheaper = hd.git('rev-parse', 'HEAD').trim();
    // and passes off a second edit as the manager's
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace('includedHours: 10', 'includedHours: 100'));
    byHand(
      hd,
      'Jonas Becker',
      'jonas.becker@example.de',
      'commit',
      '-qam',
      'more',
      '--author',
      'Anja Keller <anja.keller@example.de>',
    );
    const forged = hd.git('rev-parse', 'HEAD').trim();
    // someone outside the staff writes an approval into a ticket, and rewrites its opening
    const file = ticketFile(id);
    hd.write(
      file,
      hd.read(file).replace('title: Drucker druckt nicht\n    customer', 'title: Drucker brennt\n    customer'),
    );
    byHand(hd, 'Eve Mallory', 'eve@example.org', 'commit', '-qam', 'tidy');
    const outsider = hd.git('rev-parse', 'HEAD').trim();

    const check = await hd.desk(['check', '--json']);
    expect(check.code).toBe(2);
    const history = JSON.parse(check.stdout).history as {
      commit: string;
      author: string;
      rule: string;
      file?: string;
    }[];
    expect(history).toEqual([
      {
        commit: cheaper,
        author: 'Jonas Becker <jonas.becker@example.de>',
        file: 'contracts/acme.yaml',
        rule: 'Jonas Becker (second-level) may not add and change contracts and their terms (contract.change)',
      },
      {
        commit: forged,
        author: 'Anja Keller <anja.keller@example.de>',
        rule: 'was committed by Jonas Becker (jb) for ak without an Entered-by record: made with --author, or rebased by someone else',
      },
      expect.objectContaining({ commit: outsider, file, rule: expect.stringMatching(/^rewrites or removes event e-/) }),
      {
        commit: outsider,
        author: 'Eve Mallory <eve@example.org>',
        rule: `Eve Mallory <eve@example.org> is not on the staff list of desk.yaml, yet changed ${file}`,
      },
    ]);
    const text = (await hd.desk(['check'])).stdout;
    expect(text).toContain(
      `commit ${cheaper.slice(0, 10)} (Jonas Becker <jonas.becker@example.de>): contracts/acme.yaml: Jonas Becker (second-level) may not`,
    );

    // the manager looks at them and lists them as reviewed: check is clean again (the ids in
    // quotes, as docs/roles.md says: unquoted, YAML reads an id like 8979824e10 as a number)
    hd.write(
      'desk.yaml',
      `${hd.read('desk.yaml')}audit:\n  reviewed:\n${[cheaper, forged, outsider].map((c) => `    - { commit: "${c.slice(0, 12)}", note: "reverted" }\n`).join('')}`,
    );
    byHand(hd, 'Anja Keller', 'anja.keller@example.de', 'commit', '-qam', 'reviewed');
    expect((await hd.desk(['check'])).stdout).toBe('All files are valid.\n');
  });

  it('judges a commit by the table of its parent: a new role given later does not clean an old commit', async () => {
    hd = helpdesk();
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace('fee: "1200.00"', 'fee: "1.00"'));
    byHand(hd, 'Miriam Krause', 'miriam.krause@example.de', 'commit', '-qam', 'fee by First Level');
    hd.write('desk.yaml', hd.read('desk.yaml').replace('roles: [first-level] }', 'roles: [first-level, sales] }'));
    byHand(hd, 'Anja Keller', 'anja.keller@example.de', 'commit', '-qam', 'Miriam also sells now');
    const first = JSON.parse((await hd.desk(['check', '--json'])).stdout).history;
    expect(first).toHaveLength(1);
    expect(first[0].rule).toContain('Miriam Krause (first-level) may not add and change contracts');
    // the verdicts are kept: a second check reads no history again and says the same
    expect(JSON.parse((await hd.desk(['check', '--json'])).stdout).history).toEqual(first);
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace('fee: "1.00"', 'fee: "2.00"'));
    byHand(hd, 'Miriam Krause', 'miriam.krause@example.de', 'commit', '-qam', 'now she may');
    expect(JSON.parse((await hd.desk(['check', '--json'])).stdout).history).toEqual(first);
  });

  it("desk's own commits, entered for someone else included, break no rule", async () => {
    hd = helpdesk();
    const id = await openTicket(hd, ['--category', 'change-request', '--priority', 'normal']);
    await hd.ok(['escalate', id, '-r', 'Analyse']);
    await hd.ok(['estimate', id, '4h'], { env: { DESK_USER: 'jb' } });
    await hd.ok(['approve', id, '--as', 'tb']);
    await hd.ok(['log', id, '2h', '--activity', 'change'], { env: { DESK_USER: 'jb' } });
    await hd.ok(['resolve', id, '-s', 'umgesetzt'], { env: { DESK_USER: 'jb' } });
    await hd.ok(['comment', id, '-m', 'Kunde informiert'], { env: { DESK_USER: 'sh' } });
    expect((await hd.desk(['check'])).stdout).toBe('All files are valid.\n');
  });
});

describe('mail taken in', () => {
  it('by the mailbox (a scheduled job, nobody on the staff) breaks no rule; Second Level may not take in mail', async () => {
    hd = helpdesk({ 'desk.yaml': mailDeskYaml(), 'contracts/acme.yaml': ACME_MAIL });
    const mail = join(hd.root, '..', `outlook-${Math.random().toString(36).slice(2)}.eml`);
    writeFileSync(mail, corpus('outlook-de-new.eml'));

    const jb = await hd.desk(['mail', 'import', mail], { env: { DESK_USER: 'jb' } });
    expect(jb.code).toBe(1);
    expect(jb.stderr).toContain('that takes the permission mail.take-in');

    // no DESK_USER and no git identity of the staff: the helpdesk's own mailbox takes it in
    const r = await hd.desk(['mail', 'import', mail, '--json'], { env: { DESK_USER: undefined } });
    expect(r.code, r.stderr).toBe(0);
    expect(hd.git('log', '-1', '--format=%ae').trim()).toBe('support@lutterbach-software.example');
    const check = await hd.desk(['check']);
    expect(check.stdout + check.stderr).toContain('All files are valid');
  });
});

describe('desk sync reports what the team brings in', () => {
  it('a commit pushed by hand that breaks the table is named when it arrives', async () => {
    team = tempTeam(['anna', 'carla']);
    const [anna, carla] = team.clones as [Clone, Clone];
    await anna.ok(['sync']);
    carla.write('contracts/acme.yaml', carla.read('contracts/acme.yaml').replace('fee: "1200.00"', 'fee: "1.00"'));
    carla.git('commit', '-qam', 'Rabatt');
    carla.git('push', '-q', 'origin', 'main');
    const sync = await anna.desk(['sync']);
    expect(sync.code).toBe(0);
    expect(sync.stderr).toContain("The team's changes include");
    expect(sync.stderr).toContain(
      'Lars Wegner <lars.wegner@example.de>): contracts/acme.yaml: Lars Wegner (first-level) may not add and change contracts',
    );
    const json = JSON.parse((await anna.desk(['sync', '--json'])).stdout);
    expect(json.audit).toEqual([]); // nothing new arrived this time
  });
});
