import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtDesk } from '../helpers/built.js';
import { deskProcess, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { commentedApart, copyTeam, ticketView, type Clone, type Team } from './team.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

/** Many git and desk processes per test: generous on a loaded machine (speed is measured by benchmarks, not here). */
const SLOW = { timeout: 240_000 };

let team: Team | undefined;
let hd: InProcessHelpdesk | undefined;
afterEach(() => {
  team?.cleanup();
  hd?.cleanup();
  team = hd = undefined;
});

/** Two clones that both have a ticket, each with a comment on it the other has not seen. Made once per file. */
let template: Team;
let ticket: string;
beforeAll(async () => {
  ({ team: template, id: ticket } = await commentedApart('Drucker druckt nicht'));
}, SLOW.timeout);
afterAll(() => template?.cleanup());

/** A copy of those two clones for the test, `id` the ticket both changed. */
function apart(): { anna: Clone; ben: Clone; id: string } {
  team = copyTeam(template);
  const [anna, ben] = team.clones as [Clone, Clone];
  return { anna, ben, id: ticket };
}

const comments = (c: Clone, id: string) =>
  [...c.read(ticketFile(id)).matchAll(/^ {4}text: (.*)$/gm)].map((m) => m[1]).sort();

describe('the merge driver', SLOW, () => {
  it('is set up by the first desk command in a clone, with absolute paths, and declared for the team by desk setup', async () => {
    hd = helpdesk();
    expect(existsSync(join(hd.root, '.gitattributes'))).toBe(false);
    // the built desk, a process: the path it finds for itself is the one git is given
    deskProcess(hd.root).ok(['list']);
    const driver = hd.git('config', '--local', 'merge.desk-ticket.driver').trim();
    expect(driver).toBe(`'${process.execPath}' '${builtDesk()}' merge-driver %O %A %B %P`);
    // no committed declaration yet: the clone declares it for itself, in a file git never commits
    expect(readFileSync(join(hd.root, '.git/info/attributes'), 'utf8')).toContain('tickets/*/*.yaml merge=desk-ticket');
    expect(hd.git('check-attr', 'merge', 'tickets/00/T-0000000000AB.yaml')).toContain('merge: desk-ticket');
    expect(hd.git('status', '--porcelain')).toBe('');

    const out = await hd.ok(['setup']);
    expect(out).toContain('Merge driver installed');
    expect(out).toContain('.gitattributes now declares it for the whole team (committed).');
    expect(hd.read('.gitattributes')).toContain('tickets/*/*.yaml merge=desk-ticket');
    expect(hd.git('log', '-1', '--format=%an|%s')).toBe(
      'Miriam Krause|setup: declare the ticket merge driver in .gitattributes, so every clone merges tickets by their events\n',
    );
    expect(hd.git('status', '--porcelain')).toBe('');
    expect(JSON.parse(await hd.ok(['setup', '--json']))).toMatchObject({
      attributesCommitted: false,
      merged: [],
      unresolved: [],
      merging: null,
    });
  });

  it('merges tickets when a person runs git pull by hand (merge or rebase) after desk setup', async () => {
    const { anna, ben, id } = apart();
    expect(await ben.ok(['setup'])).toContain('Merge driver installed');
    const pulled = ben.tryGit('pull', '--no-rebase', '-q');
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(comments(ben, id)).toEqual(['von Anna', 'von Ben']);
    expect((await ben.desk(['check'])).code).toBe(0);
    expect(ben.git('log', '-1', '--format=%p').trim().split(' ')).toHaveLength(2); // a merge commit, as git pull makes it

    ben.git('push', '-q', 'origin', 'main');
    await anna.ok(['sync']);
    await anna.ok(['comment', id, '-m', 'Anna 2']);
    await anna.ok(['sync']);
    await ben.ok(['comment', id, '-m', 'Ben 2']);
    const rebased = ben.tryGit('pull', '--rebase', '-q');
    expect(rebased.code, rebased.stderr).toBe(0);
    expect(comments(ben, id)).toEqual(['Anna 2', 'Ben 2', 'von Anna', 'von Ben']);
    await ben.ok(['sync']);
    await anna.ok(['sync']);
    expect((await ticketView(anna, id)).text).toBe((await ticketView(ben, id)).text);
  });

  it('refuses, with conflict markers for the person, when a side is not a ticket', async () => {
    const { anna, ben, id } = apart();
    await ben.ok(['sync']);
    await anna.ok(['sync']);
    await anna.ok(['comment', id, '-m', 'noch eine']);
    anna.write(ticketFile(id), anna.read(ticketFile(id)).replace('events:', 'events: [\n  kaputt'));
    anna.git('commit', '-qam', 'a hand edit gone wrong');
    anna.git('push', '-q', 'origin', 'main');
    await ben.ok(['comment', id, '-m', 'Ben 3']);
    const r = await ben.desk(['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`conflict in ${ticketFile(id)}`);
    expect(r.stderr).toContain('a side is not a valid ticket');
    expect(ben.read(ticketFile(id))).toMatch(/^<<<<<<< ours$/m);
    ben.git('rebase', '--abort');
    expect(comments(ben, id)).toContain('Ben 3');
  });
});

describe('a clone where the driver was not set up', SLOW, () => {
  /** Ben's clone never ran desk after its config lost the driver: a plain git pull merges tickets as text. */
  async function pullWithoutDriver(
    before?: (ben: Clone) => Promise<unknown>,
  ): Promise<{ anna: Clone; ben: Clone; id: string }> {
    const { anna, ben, id } = apart();
    await before?.(ben);
    ben.git('config', '--remove-section', 'merge.desk-ticket');
    const pulled = ben.tryGit('pull', '--no-rebase', '-q');
    expect(pulled.code).toBe(1);
    expect(ben.read(ticketFile(id))).toMatch(/^<<<<<<< /m);
    return { anna, ben, id };
  }

  it('is told how to merge the ticket by its events, and desk setup does it in the middle of the merge', async () => {
    const { anna, ben, id } = await pullWithoutDriver();
    const show = await ben.desk(['show', id]);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain(`in the middle of a merge with conflicts in ${ticketFile(id)}`);
    expect(show.stderr).toContain('run desk setup: it merges the ticket files by their events; then git commit');
    const check = await ben.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`${ticketFile(id)}: (merge): line`);
    expect(check.stdout).toContain('git conflict markers');
    expect(check.stdout).toContain('desk setup');

    const setup = await ben.ok(['setup']);
    expect(setup).toContain(`Merged by its events and staged: ${ticketFile(id)}`);
    expect(setup).toContain('Next: finish the merge: git commit');
    ben.git('commit', '-q', '--no-edit');
    expect((await ben.desk(['check'])).code).toBe(0);
    expect(comments(ben, id)).toEqual(['von Anna', 'von Ben']);
    await ben.ok(['sync']);
    await anna.ok(['sync']);
    expect((await ticketView(anna, id)).text).toBe((await ticketView(ben, id)).text);
  });

  it('a conflicted ticket committed by mistake is named by every read and repaired by desk setup', async () => {
    let other = '';
    const { ben, id } = await pullWithoutDriver(
      async (b) => (other = await b.open('Anderer Fall', { DESK_USER: 'ak' })),
    );
    expect((await ben.desk(['show', other])).code).toBe(1); // refused in the middle of the merge
    ben.git('add', '-A');
    ben.git('commit', '-q', '--no-edit');
    const list = await ben.desk(['list', '--json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((t) => t.id)).toEqual([other]);
    expect(list.stderr).toContain(`${ticketFile(id)}: (merge)`);
    expect(list.stderr).toContain('desk setup');
    const show = await ben.desk(['show', id]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('git conflict markers');

    expect(await ben.ok(['setup'])).toContain(`Merged by its events (committed): ${ticketFile(id)}`);
    expect(ben.git('log', '-1', '--format=%s')).toMatch(
      /^setup: merge a ticket by its events that a plain git merge left with conflict markers/,
    );
    expect((await ben.desk(['check'])).code).toBe(0);
    expect(comments(ben, id)).toEqual(['von Anna', 'von Ben']);
  });
});
