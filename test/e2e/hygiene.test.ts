// Ticket hygiene through the CLI: tags, batches (all or nothing, ids from `desk list --ids`),
// corrections as events, spam and duplicates, merging a duplicate, attachments.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ACME_CONTRACT, acmeFile, at, billing, customerFile, DESK_YAML } from '../invoice/helpers.js';
import { attachmentDir } from '../../src/core/ticket/paths.js';

const BETA = customerFile(
  'beta',
  'Beta Bäckerei KG',
  '{ street: Marktplatz 1, postalCode: "48143", city: Münster, country: DE }',
  '  - { kind: none, start: 2025-01-01, hourlyRate: "95.00" }\n',
);

let hd: InProcessHelpdesk;
const ACME = acmeFile(`${ACME_CONTRACT}    reactionTimes: 4h\n`);
beforeEach(() => (hd = helpdesk({ 'desk.yaml': DESK_YAML, 'contracts/acme.yaml': ACME, 'contracts/beta.yaml': BETA })));
afterEach(() => hd.cleanup());

const NOW = at('2026-11-23');
const open = async (title = 'Drucker druckt nicht') => await openTicket(hd, ['--title', title], NOW);
const show = async (id: string) => JSON.parse(await hd.ok(['show', id, '--json'], { env: NOW }));
const commits = () => Number(hd.git('rev-list', '--count', 'HEAD').trim());

describe('tags and batches', () => {
  it('tags tickets, lists by tag, and tags a batch piped from desk list --ids in one commit', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    await hd.ok(['tag', a, '+urgent', '+lohn'], { env: NOW });
    await hd.ok(['tag', a, '-urgent'], { env: NOW });
    expect((await show(a)).state.tags).toEqual(['lohn']);
    expect(await hd.ok(['show', a], { env: NOW })).toMatch(/^tags\s+lohn$/m);
    expect((await hd.ok(['list', '--tag', 'lohn', '--ids'], { env: NOW })).trim()).toBe(a);
    expect(await hd.ok(['list'], { env: NOW })).toContain('Drucker druckt nicht #lohn');
    const tagged = JSON.parse(
      await hd.ok(['report', 'resolution', '--period', '2026-11', '--tag', 'lohn', '--json'], { env: NOW }),
    );
    expect(tagged.data.summary.received).toBe(1);

    const before = commits();
    const ids = await hd.ok(['list', '--ids'], { env: NOW });
    await hd.ok(['tag', '+review'], { env: NOW, input: ids });
    expect(commits()).toBe(before + 1);
    expect(hd.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toHaveLength(3);
    expect(
      JSON.parse(await hd.ok(['list', '--tag', 'review', '--json'], { env: NOW }))
        .map((t: { id: string }) => t.id)
        .sort(),
    ).toEqual([a, b, c].sort());
  });

  it('refuses the whole batch when one ticket is refused, and bad tags, writing nothing', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    await hd.ok(['close', b, '--spam'], { env: NOW });
    const before = snapshot(hd);
    const r = await hd.desk(['wait', a, b], { env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot wait');
    const bad = await hd.desk(['tag', a, '+Dringend!'], { env: NOW });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('tag "Dringend!": tags are lower-case words, digits and dashes');
    expect(snapshot(hd)).toBe(before);
    await hd.ok(['assign', a, c, 'lw'], { env: NOW });
    expect([(await show(a)).state.assignee, (await show(c)).state.assignee]).toEqual(['lw', 'lw']);
  });

  it('closes spam in a batch: no acceptance asked, refused while time is logged', async () => {
    const [a, b] = [await open('Gewinnspiel!!!'), await open('Ihr Paket wartet')];
    await hd.ok(['log', b, '15m', '--on', '2026-11-23'], { env: NOW });
    const refused = await hd.desk(['close', a, b, '--spam'], { env: NOW });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot close T-\w+ as spam: it has 1 time entry/);
    const c = await open('Bitcoin-Angebot');
    await hd.ok(['close', a, c, '--spam'], { env: NOW });
    expect([(await show(a)).state.closure, (await show(c)).state.closure]).toEqual(['spam', 'spam']);
    expect((await hd.desk(['close', a, c, '--accepted-by', 'X'], { env: NOW })).stderr).toContain(
      'close one ticket at a time, except with --spam',
    );
  });
});

describe('corrections as events', () => {
  it('desk edit records the correction; a new customer re-derives the contract and reaction time', async () => {
    const id = await openTicket(hd, ['--received-at', '2026-11-23 08:00'], NOW);
    expect((await show(id)).sla.reaction.status).toBe('pending'); // ACME promises 4 h
    await hd.ok(['edit', id, '--customer', 'beta', '--title', 'Kasse startet nicht', '--reason', 'falscher Kunde'], {
      env: NOW,
    });
    const after = await show(id);
    expect(after.state).toMatchObject({ customer: 'beta', title: 'Kasse startet nicht' });
    expect(after.sla.reaction.status).toBe('none'); // Beta has no contract with a reaction time
    expect(after.events.filter((e: { type: string }) => e.type === 'opened')[0].customer).toBe('acme');
    expect(await hd.ok(['show', id], { env: NOW })).toContain(
      'corrected title → Kasse startet nicht, customer → beta: falscher Kunde',
    );
    const none = await hd.desk(['edit', id, '--title', 'Kasse startet nicht'], { env: NOW });
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('nothing to correct') });
    expect((await hd.desk(['edit', id, '--customer', 'nobody'], { env: NOW })).code).toBe(2);
  });

  it('refuses a change of customer once time of the ticket is invoiced, with the reason', async () => {
    const id = await openTicket(hd, ['--category', 'question', '--priority', 'normal'], at('2026-10-30'));
    await hd.ok(['log', id, '1h', '--on', '2026-10-30'], { env: at('2026-10-30') });
    await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') });
    const before = snapshot(hd);
    const r = await hd.desk(['edit', id, '--customer', 'beta'], { env: at('2026-11-02') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 of its time entries is invoiced already');
    expect(snapshot(hd)).toBe(before);
    await hd.ok(['edit', id, '--title', 'Frage zur Lohnabrechnung'], { env: at('2026-11-02') }); // the title may change
  });
});

describe('duplicates', () => {
  it('desk merge moves messages, time and attachments to the kept ticket and closes the duplicate as merged', async () => {
    const kept = await open('Export bricht ab');
    const dup = await open('Export bricht wieder ab');
    await hd.ok(['reply', dup, '-m', 'Wir prüfen das.'], { env: NOW });
    await hd.ok(['log', dup, '30m', '--on', '2026-11-23'], { env: NOW });
    const file = join(tmpdir(), `export-${process.pid}.log`);
    writeFileSync(file, 'ERROR Datum ungültig\n');
    await hd.ok(['attach', dup, file], { env: NOW });
    const before = commits();
    const merged = JSON.parse(await hd.ok(['merge', dup, kept, '--json'], { env: NOW }));
    expect(commits()).toBe(before + 1);
    expect(merged.duplicate).toMatchObject({ status: 'closed', closure: 'merged', mergedInto: kept });

    const k = await show(kept);
    expect(k.state.mergedFrom).toEqual([dup]);
    expect(k.state.timeEntries).toMatchObject([{ minutes: 30, note: `from ${dup}` }]);
    expect(
      k.events.some((e: { type: string; text?: string }) => e.type === 'message' && e.text === 'Wir prüfen das.'),
    ).toBe(true);
    expect(await hd.ok(['show', kept, '--attachment', `export-${process.pid}.log`], { env: NOW })).toBe(
      'ERROR Datum ungültig\n',
    );
    expect((await show(dup)).state.timeEntries).toEqual([]);
    expect(await hd.ok(['show', dup], { env: NOW })).toMatch(/^merged into\s+T-\w+ — the request goes on there/m);
    const again = await hd.desk(['reply', dup, '-m', 'x'], { env: NOW });
    expect(again.stderr).toContain(`it is closed as merged into ${kept}; the request goes on there`);
    expect(await hd.ok(['check'], { env: NOW })).toContain('valid');
  });

  it("desk merge refuses another customer's request and itself, in the reader's language", async () => {
    const kept = await open();
    const other = await openTicket(hd, ['--customer', 'beta'], NOW);
    const en = await hd.desk(['merge', other, kept], { env: NOW });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("they are different customers' requests");
    expect(en.stderr).toContain(`desk edit ${other} --customer acme`);
    const de = await hd.desk(['merge', other, kept], { env: { ...NOW, DESK_LANG: 'de' } });
    expect(de.stderr).toContain('es sind Meldungen verschiedener Kunden');
    const self = await hd.desk(['merge', kept, kept], { env: { ...NOW, DESK_LANG: 'de' } });
    expect(self.stderr).toContain('kann nicht mit sich selbst zusammengeführt werden');
  });

  it('close --as-duplicate-of needs no acceptance and refuses chains and itself', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    await hd.ok(['close', b, '--as-duplicate-of', a], { env: NOW });
    expect((await show(b)).state).toMatchObject({ status: 'closed', closure: 'duplicate', duplicateOf: a });
    expect((await hd.desk(['close', c, '--as-duplicate-of', b], { env: NOW })).stderr).toContain(
      `that is itself closed as a duplicate of ${a}`,
    );
    expect((await hd.desk(['close', c, '--as-duplicate-of', c], { env: NOW })).stderr).toContain(
      'cannot be a duplicate of itself',
    );
  });
});

describe('attachments', () => {
  it('stores files beside the ticket, lists them in show, writes one out, refuses one over the limit', async () => {
    const id = await open();
    const shot = join(tmpdir(), `screenshot-${process.pid}.png`);
    writeFileSync(shot, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
    await hd.ok(['attach', id, shot], { env: NOW });
    const [a] = (await show(id)).attachments;
    expect(a).toMatchObject({ name: `screenshot-${process.pid}.png`, bytes: 8 });
    expect(a.path).toMatch(new RegExp(`^${attachmentDir(id)}/e-\\w+-screenshot-${process.pid}\\.png$`));
    const out = join(tmpdir(), `out-${process.pid}.png`);
    await hd.ok(['show', id, '--attachment', `screenshot-${process.pid}.png`, '--out', out], { env: NOW });
    expect(readFileSync(out)).toEqual(readFileSync(shot));
    const folder = await hd.desk(['show', id, '--attachment', `screenshot-${process.pid}.png`, '--out', tmpdir()], {
      env: NOW,
    });
    expect([folder.code, folder.stderr.split('\n')[0]]).toEqual([
      2,
      `desk: --out: ${tmpdir()} is a folder; give a file name such as screenshot-${process.pid}.png`,
    ]);

    hd.write('desk.yaml', `${hd.read('desk.yaml')}attachments:\n  maxMegabytes: 0.000005\n`);
    hd.git('commit', '-qam', 'tiny attachments');
    const before = snapshot(hd);
    const big = await hd.desk(['attach', id, shot], { env: NOW });
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/8 B is over the limit of 5 B a file/);
    expect(snapshot(hd)).toBe(before);
    expect((await hd.desk(['show', id, '--attachment', 'nope.txt'], { env: NOW })).stderr).toContain(
      'has no attachment "nope.txt"',
    );
  });

  it('two clones attaching a file of the same name both keep theirs after a merge', async () => {
    const id = await open();
    const other = join(tmpdir(), `clone-${process.pid}`);
    hd.git('clone', '-q', hd.root, other);
    const file = join(tmpdir(), `fehler-${process.pid}.log`);
    writeFileSync(file, 'aus Klon A\n');
    await hd.ok(['attach', id, file], { env: NOW });
    writeFileSync(file, 'aus Klon B\n');
    await hd.ok(['attach', id, file], { env: NOW, cwd: other });
    await hd.ok(['setup'], { env: NOW }); // the ticket merge driver in this clone
    hd.git('pull', '-q', '--no-rebase', '--no-edit', other, 'main');
    const attached = (await show(id)).attachments as { name: string; path: string }[];
    expect(attached.map((x) => x.name)).toEqual([`fehler-${process.pid}.log`, `fehler-${process.pid}.log`]);
    expect(attached.map((x) => readFileSync(join(hd.root, x.path), 'utf8')).sort()).toEqual([
      'aus Klon A\n',
      'aus Klon B\n',
    ]);
    expect(readdirSync(join(hd.root, attachmentDir(id)))).toHaveLength(2);
  });
});
