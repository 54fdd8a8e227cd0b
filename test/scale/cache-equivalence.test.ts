import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate, type CacheState, type Generated } from './generated.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

/**
 * Every command gives the same answer with or without the ticket index in .desk/: each
 * scenario runs a command against the files alone (DESK_NO_INDEX=1) and with the index
 * deleted, warm, corrupted and truncated, and compares what it prints.
 */
let make: ReturnType<typeof generate>;
let hd: Generated;
// A command that only reads leaves the files as they were: the tests that only read share one copy
// per mode, and each begins without .desk/, as a new copy would (the states below delete or damage
// the index anyway). A test that writes, by desk or by hand, gets a copy of its own.
let reading: Generated | undefined;
function forReading(mode: Record<string, string>): void {
  hd = reading ??= make(mode);
  rmSync(join(hd.root, '.desk'), { recursive: true, force: true });
}
beforeAll(() => {
  make = generate(300);
}, 120_000);
afterEach(() => {
  if (hd !== reading) hd?.cleanup();
});
afterAll(() => make?.remove());

const STATES: CacheState[] = ['deleted', 'warm', 'corrupt', 'truncated'];

async function sameEverywhere(args: string[], states: CacheState[] = STATES) {
  const expected = await hd.desk(args, 'files');
  for (const state of states) {
    const got = await hd.desk(args, state);
    expect({ state, code: got.code, stdout: got.stdout }).toEqual({
      state,
      code: expected.code,
      stdout: expected.stdout,
    });
  }
  return expected;
}

/** A live ticket and its customer, from the files as they are now. */
async function aLiveTicket(): Promise<{ customer: string; ticket: string }> {
  const all = JSON.parse((await hd.desk(['list', '--all', '--json'], 'files')).stdout) as {
    id: string;
    status: string;
    customer: string;
  }[];
  const ticket = all.find((t) => ['open', 'escalated', 'waiting', 'resolved'].includes(t.status));
  if (!ticket) throw new Error('the generated helpdesk has no live ticket');
  return { customer: ticket.customer, ticket: ticket.id };
}

/** The same for every copy as generated: looked up once. */
let generatedLive: { customer: string; ticket: string } | undefined;
async function aCustomerWithTime(): Promise<{ customer: string; ticket: string }> {
  return (generatedLive ??= await aLiveTicket());
}

// The index tells changed ticket files from unchanged ones by stat calls, or, in a large helpdesk
// (DESK_INDEX_GIT_FROM lowers the threshold here), by asking git which files differ from a commit
describe.each([
  ['telling changes by stat calls', {}],
  ['asking git which files changed', { DESK_INDEX_GIT_FROM: '1' }],
])('the same answer with or without the ticket index, %s', (_, mode: Record<string, string>) => {
  afterAll(() => {
    reading?.cleanup();
    reading = undefined;
  });

  it('lists: open tickets, everything as JSON, by deadline, filtered', async () => {
    forReading(mode);
    expect((await sameEverywhere(['list'])).stdout).toMatch(/ID\s+STATUS/);
    await sameEverywhere(['list', '--all', '--json']);
    await sameEverywhere(['list', '--sort', 'deadline'], ['warm', 'corrupt']);
    await sameEverywhere(['list', '--status', 'closed,handed-off', '--level', '1'], ['deleted', 'warm']);
  });

  it('shows one ticket by its short id, and resolves ids as before', async () => {
    forReading(mode);
    const { ticket } = await aCustomerWithTime();
    expect((await sameEverywhere(['show', ticket.slice(0, 7)])).code).toBe(0);
    await sameEverywhere(['show', ticket, '--json'], ['deleted', 'warm']);
    await sameEverywhere(['show', 'T-0'], ['deleted', 'warm']); // ambiguous or unknown: the same refusal
  });

  it('queue and sla', async () => {
    forReading(mode);
    await sameEverywhere(['queue']);
    await sameEverywhere(['sla', '--json'], ['deleted', 'warm', 'corrupt']);
  });

  it('usage, utilization and an invoice dry run', async () => {
    forReading(mode);
    const { customer } = await aCustomerWithTime();
    expect((await sameEverywhere(['usage', customer, '--period', '2026-10'])).code).toBe(0);
    await sameEverywhere(['usage', customer, '--period', '2026', '--json'], ['deleted', 'warm']);
    await sameEverywhere(['report', 'utilization', '--period', '2026-Q3', '--json'], ['deleted', 'warm']);
    await sameEverywhere(['invoice', 'run', '--dry-run', '--json'], ['deleted', 'warm', 'corrupt']);
  });

  it('a write, then reads', async () => {
    hd = make(mode);
    const { customer, ticket } = await aCustomerWithTime();
    await hd.desk(['list']); // the index is warm before the write
    const logged = await hd.desk(['log', ticket, '30m', '--activity', 'analysis', '--on', '2026-11-25'], 'warm');
    expect(logged.code, logged.stderr).toBe(0);
    await sameEverywhere(['show', ticket], ['warm']);
    await sameEverywhere(['usage', customer, '--period', '2026-11', '--json'], ['warm', 'deleted']);
    await sameEverywhere(['list', '--all', '--json'], ['warm']);
  });

  it('a ticket added by hand after a write: found by its short id, and its neighbour needs a longer one', async () => {
    hd = make(mode);
    const { ticket } = await aCustomerWithTime();
    await hd.desk(['list']); // the names kept beside the index are current
    expect((await hd.desk(['log', ticket, '30m', '--on', '2026-11-25'])).code).toBe(0); // and now the folder changed
    const twin = `${ticket.slice(0, 9)}${ticket[9] === 'Z' ? 'Y' : 'Z'}${ticket.slice(10)}`;
    const text = readFileSync(join(hd.root, ticketFile(ticket)), 'utf8');
    writeFileSync(join(hd.root, ticketFile(twin)), text.replace(`id: "${ticket}"`, `id: "${twin}"`));
    expect((await sameEverywhere(['show', twin.slice(0, 10)], ['warm'])).stdout).toContain(twin.slice(0, 10));
    const ambiguous = await sameEverywhere(['show', ticket.slice(0, 7)], ['warm']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(
      `matches ${[ticket, twin]
        .sort()
        .map((id) => id.slice(0, 10))
        .join(', ')}`,
    );
    const shown = await sameEverywhere(['show', ticket], ['warm']);
    expect(shown.stdout.split('\n')[0]).toMatch(new RegExp(`^${ticket.slice(0, 10)}\\b`));
  });

  it('finds the ticket of a time entry by the entry alone', async () => {
    hd = make(mode);
    const { ticket } = await aCustomerWithTime();
    const shown = JSON.parse((await hd.desk(['show', ticket, '--json'], 'files')).stdout) as {
      state: { timeEntries: { id: string; on: string }[] };
    };
    const entry = shown.state.timeEntries.at(-1)!;
    await sameEverywhere(['log', '--undo', 'e-zzzzzzzz'], ['warm', 'deleted']); // no such entry: the same refusal
    const undone = await hd.desk(['log', '--undo', entry.id.slice(0, 10), '--json'], 'warm');
    expect(undone.code, undone.stderr).toBe(0);
    expect((JSON.parse(undone.stdout) as { id: string }).id).toBe(ticket);
  });

  it('a hand edit of a ticket file, in place and by an editor that renames', async () => {
    hd = make(mode);
    const { ticket } = await aCustomerWithTime();
    await hd.desk(['list']);
    const path = join(hd.root, ticketFile(ticket));
    // in place and to the byte as long, as a typo fixed: only the file's times say it changed
    const text = readFileSync(path, 'utf8');
    const title = /^ {4}title: (.*)$/m.exec(text)![1]!;
    const fixed = 'Tippfehler-korrigiert-'.repeat(9).slice(0, Buffer.byteLength(title));
    writeFileSync(path, text.replace(/^( {4}title: ).*$/m, `$1${fixed}`));
    expect(statSync(path).size).toBe(Buffer.byteLength(text));
    expect((await sameEverywhere(['list', '--all', '--json'], ['warm'])).stdout).toContain(fixed);
    // in place, the way `>` in a shell or many editors write: same inode, same folder mtime
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^( {4}title: ).*$/m, '$1Edited by hand'));
    expect((await sameEverywhere(['list'], ['warm'])).stdout).toContain('Edited by hand');
    await sameEverywhere(['show', ticket], ['warm']);
    // a new file renamed over the old one, the way vim saves
    writeFileSync(`${path}.swp`, readFileSync(path, 'utf8').replace('Edited by hand', 'Edited again'));
    renameSync(`${path}.swp`, path);
    expect((await sameEverywhere(['list'], ['warm'])).stdout).toContain('Edited again');
    // broken by hand: reported and left out, the same way
    writeFileSync(path, 'id: [unclosed\n');
    const broken = await sameEverywhere(['list', '--all', '--json'], ['warm']);
    expect(broken.stdout).not.toContain(ticket);
  });

  it('desk check names the same unknown staff and customers, found through the index or in the files', async () => {
    hd = make(mode);
    const { ticket } = await aCustomerWithTime();
    expect((await sameEverywhere(['check'])).code).toBe(0);
    const path = join(hd.root, ticketFile(ticket));
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/^( +by: ).*$/m, '$1zz')
        .replace(/^( +customer: ).*$/gm, '$1nobody-gmbh'),
    );
    const checked = await sameEverywhere(['check', '--json'], ['warm', 'deleted']);
    expect(checked.code).toBe(2);
    const { problems } = JSON.parse(checked.stdout) as { problems: { file: string; field: string; message: string }[] };
    expect(problems.filter((p) => p.file === ticketFile(ticket)).map((p) => p.message)).toEqual([
      'unknown customer "nobody-gmbh"',
      'unknown staff member "zz"',
    ]);
  });

  it('a checkout of an older commit, and back', async () => {
    hd = make(mode);
    await hd.desk(['list', '--all']);
    hd.git('checkout', '-q', 'HEAD~8');
    await sameEverywhere(['list', '--all', '--json'], ['warm']);
    const { customer } = await aLiveTicket();
    await sameEverywhere(['usage', customer, '--period', '2026-10', '--json'], ['warm']);
    hd.git('checkout', '-q', 'main');
    await sameEverywhere(['list', '--all', '--json'], ['warm']);
    await sameEverywhere(['sla', '--json'], ['warm']);
  });

  it('a ticket file deleted', async () => {
    hd = make(mode);
    const { ticket } = await aCustomerWithTime();
    await hd.desk(['list']);
    rmSync(join(hd.root, ticketFile(ticket)));
    expect((await sameEverywhere(['list', '--all', '--json'], ['warm'])).stdout).not.toContain(ticket);
    expect((await sameEverywhere(['show', ticket], ['warm'])).code).toBe(2);
  });
});
