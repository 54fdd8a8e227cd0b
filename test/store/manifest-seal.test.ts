// The ticket index chooses what `desk list` shows by the status kept in each shard's manifest,
// without reading a ticket's row. A changed byte there (a damaged disk, a half-written page) must
// not hide a ticket: the manifest's seal fails, the index is built again from the files, and
// desk says so in one line.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { decodeManifest } from '../../src/store/cache/manifest.js';
import { STATUSES } from '../../src/core/ticket/vocabulary.js';
import { helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
const ids = (out: string) => out.trim().split('\n').sort();
afterEach(() => hd.cleanup());

/** Sets the status kept for `id` in its shard's manifest, leaving the seal as it was. */
function keepStatus(root: string, id: string, status: (typeof STATUSES)[number]): void {
  const db = new Database(join(root, '.desk', 'tickets.db'));
  try {
    for (const [shard, manifest] of db.prepare('SELECT shard, manifest FROM shards').raw().all() as [
      string,
      Buffer,
    ][]) {
      const entries = decodeManifest(manifest)!;
      const at = entries.findIndex((e) => e.id === id);
      if (at < 0) continue;
      // the columns as manifest.ts lays them out: ids, 9 numbers, 3 hashes of 16 bytes, a blob id of 20, the status
      const n = entries.length;
      const statusAt = Math.ceil((8 + n * 14) / 8) * 8 + n * (9 * 8 + 3 * 16 + 20) + at;
      manifest[statusAt] = (manifest[statusAt]! & 0x80) | STATUSES.indexOf(status);
      db.prepare('UPDATE shards SET manifest = ? WHERE shard = ?').run(manifest, shard);
      return;
    }
    throw new Error(`${id} is in no manifest`);
  } finally {
    db.close();
  }
}

it('a manifest with a changed status byte does not hide an open ticket from desk list', async () => {
  hd = helpdesk({}, { DESK_NOW: '2026-11-23T09:00:00+01:00' });
  const kept = await openTicket(hd, ['--title', 'Lohnexport bricht ab']);
  const hidden = await openTicket(hd, ['--title', 'Drucker druckt nicht']);
  expect(ids(await hd.ok(['list', '--ids']))).toEqual([kept, hidden].sort());

  keepStatus(hd.root, hidden, 'closed');
  const r = await hd.desk(['list', '--ids']);
  expect(ids(r.stdout)).toEqual([kept, hidden].sort());
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/index/i);
  // built again: the next command reads it as it is, without a word
  expect(await hd.desk(['list', '--ids'])).toMatchObject({ stderr: '', stdout: r.stdout });
});
