// A large helpdesk's ticket index asks git which ticket files changed since a commit, and stats
// only those (docs/scale.md). Two ordinary days broke that and left every later command stat'ing
// all files: a helpdesk folder copied elsewhere (a backup restored, a new disk), where git's own
// index still holds the old folder's stat data and names every file; and an index built again at
// the commit it was based on (a new build of desk), whose files were no longer marked as read
// from that commit. DESK_INDEX_GIT_FROM and DESK_INDEX_REBASE_FROM bring both thresholds down to
// this helpdesk's three tickets. The rows are kept by customer, so a ticket whose file comes to
// name another customer must move its row.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { decodeManifest } from '../../src/store/cache/manifest.js';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { ACME, helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';

const LARGE = { DESK_INDEX_GIT_FROM: '1', DESK_INDEX_REBASE_FROM: '1', DESK_NOW: '2026-11-23T09:00:00+01:00' };

let hd: InProcessHelpdesk;
const elsewhere: string[] = [];
afterEach(() => {
  hd.cleanup();
  for (const root of elsewhere.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function threeTickets(): Promise<InProcessHelpdesk> {
  hd = helpdesk({}, LARGE);
  for (let i = 0; i < 3; i++) await openTicket(hd, ['--category', 'malfunction', '--priority', 'normal']);
  await hd.ok(['list']);
  return hd;
}

/** The helpdesk copied as `cp -a` would: the same times, new inodes, and so stale stat data in git's index. */
function copied(root: string): string {
  const to = mkdtempSync(join(tmpdir(), 'desk-copy-'));
  elsewhere.push(to);
  cpSync(root, to, { recursive: true, preserveTimestamps: true });
  return to;
}

const gitNames = (root: string) => hd.git('-C', root, 'diff-index', '--name-only', 'HEAD', '--', 'tickets/').trim();

/** Whether every ticket in the index is marked as read from the text it has in the index's base commit. */
function allAtBase(root: string): boolean {
  const db = new Database(join(root, '.desk', 'tickets.db'), { readonly: true });
  try {
    const manifests = db.prepare('SELECT manifest FROM shards').pluck().all() as Buffer[];
    return manifests.flatMap((m) => decodeManifest(m)!).every((e) => e.atBase);
  } finally {
    db.close();
  }
}

it('in a copied helpdesk, the first command brings git up to date, so that the next need not stat every file', async () => {
  await threeTickets();
  const copy = copied(hd.root);
  expect(gitNames(copy)).not.toBe(''); // git's index describes the files of the original folder
  await hd.ok(['list'], { cwd: copy });
  expect(gitNames(copy)).toBe('');
  expect(await hd.ok(['list'], { cwd: copy })).toBe(await hd.ok(['list']));
});

it('an index that read the files again at its base commit marks them as at that commit again', async () => {
  await threeTickets();
  expect(allAtBase(hd.root)).toBe(true);
  const copy = copied(hd.root); // new inodes: the index reads every file again, at the same commit
  await hd.ok(['list'], { cwd: copy });
  expect(allAtBase(copy)).toBe(true);
});

it('a ticket edited to name another customer moves its row: both statements as from the files', async () => {
  hd = helpdesk(
    {
      'contracts/nordwind.yaml': ACME.replace('id: acme', 'id: nordwind').replace(
        'ACME Maschinenbau',
        'Nordwind Logistik',
      ),
    },
    LARGE,
  );
  const id = await openTicket(hd, ['--category', 'malfunction', '--priority', 'normal']);
  await hd.ok(['log', id, '2h', '--on', '2026-11-23', '--activity', 'remote-session']);
  const statements = async (env: Record<string, string> = {}) => [
    await hd.ok(['usage', 'acme', '--period', '2026-11', '--json'], { env }),
    await hd.ok(['usage', 'nordwind', '--period', '2026-11', '--json'], { env }),
  ];
  await statements(); // the index holds the row under acme
  const file = ticketFile(id);
  expect(hd.read(file)).toContain('customer: acme');
  hd.write(file, hd.read(file).replaceAll('customer: acme', 'customer: nordwind'));
  hd.git('commit', '-qam', 'the ticket was Nordwind’s all along');
  const fromIndex = await statements();
  expect(fromIndex).toEqual(await statements({ DESK_NO_INDEX: '1' }));
  expect((JSON.parse(fromIndex[1]!) as { statements: { logged: number }[] }).statements[0]!.logged).toBe(120);
  const db = new Database(join(hd.root, '.desk', 'tickets.db'), { readonly: true });
  try {
    expect(db.prepare('SELECT customer FROM tickets WHERE id = ?').pluck().all(id)).toEqual(['nordwind']);
  } finally {
    db.close();
  }
});

it('an index whose base lags the commits moves it along them: the files changed since marked against HEAD, the rest kept', async () => {
  // only the move: no rebase from every file, and a move from two named files on
  hd = helpdesk({}, { ...LARGE, DESK_INDEX_REBASE_FROM: '1000', DESK_INDEX_MOVE_FROM: '1' });
  const [a, b, c] = [await openTicket(hd), await openTicket(hd), await openTicket(hd)];
  await hd.ok(['list']);
  const before = storedBase(hd.root);
  expect(before).toBe(hd.git('rev-parse', 'HEAD').trim());
  await hd.ok(['log', a!, '1h', '--on', '2026-11-23', '--activity', 'remote-session']);
  await hd.ok(['log', c!, '1h', '--on', '2026-11-23', '--activity', 'remote-session']);
  const edited = ticketFile(c!);
  hd.write(edited, hd.read(edited).replace('Drucker druckt nicht', 'Drucker druckt gar nicht')); // not committed
  await hd.ok(['list']);
  expect(storedBase(hd.root)).toBe(hd.git('rev-parse', 'HEAD').trim());
  expect(marks(hd.root)).toEqual(
    new Map([
      [a, true],
      [b, true],
      [c, false],
    ]),
  );
  // the edit undone: git names no file now, and the index still reads c again, having marked it as changed
  hd.git('checkout', '--', edited);
  expect(await hd.ok(['list'])).toBe(await hd.ok(['list'], { env: { DESK_NO_INDEX: '1' } }));
  expect(await hd.ok(['list'])).toContain('Drucker druckt nicht');
});

function storedBase(root: string): string | undefined {
  const db = new Database(join(root, '.desk', 'tickets.db'), { readonly: true });
  try {
    return db.prepare("SELECT value FROM meta WHERE key = 'git-base'").pluck().get() as string | undefined;
  } finally {
    db.close();
  }
}

/** Each ticket's mark: read from the text it has in the index's base commit, or not. */
function marks(root: string): Map<string, boolean> {
  const db = new Database(join(root, '.desk', 'tickets.db'), { readonly: true });
  try {
    const manifests = db.prepare('SELECT manifest FROM shards').pluck().all() as Buffer[];
    return new Map(manifests.flatMap((m) => decodeManifest(m)!).map((e) => [e.id, e.atBase]));
  } finally {
    db.close();
  }
}
