import { readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKbIndex } from '../../src/kb/index-store.js';
import type { SearchOutcome } from '../../src/kb/search-index.js';
import { md, put, tempRepo } from './helpers.js';

function slugs(outcome: SearchOutcome): string[] {
  return outcome.kind === 'results' ? outcome.hits.map((h) => h.slug) : [];
}


const drucker = md({ title: 'Drucker offline', lang: 'de' }, 'Der Drucker antwortet nicht.');
const vpn = md({ title: 'VPN trennt', lang: 'de' }, 'Die VPN-Verbindung bricht ab.');

describe('openKbIndex', () => {
  it('builds the index, saves it, and loads it unchanged next time', async () => {
    const { root } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn, 'notes.txt': 'ignored' });
    const first = await openKbIndex({ repoRoot: root });
    expect(first.freshness).toBe('rebuilt');
    expect(first.articleCount).toBe(2);
    expect(slugs(first.search('Drucker'))).toEqual(['drucker']);
    const second = await openKbIndex({ repoRoot: root });
    expect(second.freshness).toBe('loaded');
    expect(slugs(second.search('VPN'))).toEqual(['vpn']);
  });

  it('picks up added, edited and deleted articles without a rebuild', async () => {
    const { root, kb } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn });
    await openKbIndex({ repoRoot: root });
    await put(join(kb, 'scanner.md'), md({ title: 'Scanner einrichten', lang: 'de' }, 'Scanner im Netz.'));
    await put(join(kb, 'drucker.md'), md({ title: 'Plotter offline', lang: 'de' }, 'Der Plotter antwortet nicht.'));
    await rm(join(kb, 'vpn.md'));
    const next = await openKbIndex({ repoRoot: root });
    expect(next.freshness).toBe('updated');
    expect(slugs(next.search('Scanner'))).toEqual(['scanner']);
    expect(slugs(next.search('Plotter'))).toEqual(['drucker']);
    expect(slugs(next.search('Drucker'))).toEqual([]);
    expect(slugs(next.search('VPN'))).toEqual([]);
    const again = await openKbIndex({ repoRoot: root });
    expect(again.freshness).toBe('loaded');
    expect(slugs(again.search('Plotter'))).toEqual(['drucker']);
  });

  it('reads an article written just now again, though a second write keeps its size and mtime', async () => {
    const { root, kb } = await tempRepo({});
    const path = join(kb, 'drucker.md');
    const justNow = new Date(Date.now() - 1000);
    await writeFile(path, drucker);
    await utimes(path, justNow, justNow);
    expect(slugs((await openKbIndex({ repoRoot: root })).search('Drucker'))).toEqual(['drucker']);
    // saved again within the same tick of the file system's clock: same size, same mtime
    await writeFile(path, drucker.replace('Drucker offline', 'Plotter offline'));
    await utimes(path, justNow, justNow);
    const next = await openKbIndex({ repoRoot: root });
    expect(slugs(next.search('Plotter'))).toEqual(['drucker']);
  });

  it('sees an edit written into a file in place, which leaves the folder as it was', async () => {
    const { root, kb } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn });
    const old = new Date(Date.now() - 60_000);
    for (const name of ['drucker.md', 'vpn.md']) await utimes(join(kb, name), old, old);
    // a folder unchanged for three seconds is trusted to hold the names listed last time
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expect((await openKbIndex({ repoRoot: root })).freshness).toBe('rebuilt');
    expect((await openKbIndex({ repoRoot: root })).freshness).toBe('loaded');
    const folderBefore = statSync(kb);
    await writeFile(join(kb, 'vpn.md'), md({ title: 'VPN trennt', lang: 'de' }, 'Das Zertifikat ist abgelaufen.'));
    const earlier = new Date(Date.now() - 30_000);
    await utimes(join(kb, 'vpn.md'), earlier, earlier);
    expect(statSync(kb).mtimeMs).toBe(folderBefore.mtimeMs);
    const next = await openKbIndex({ repoRoot: root });
    expect(next.freshness).toBe('updated');
    expect(slugs(next.search('Zertifikat'))).toEqual(['vpn']);
  });

  it('sees an article added to a folder whose mtime was set back afterwards', async () => {
    const { root, kb } = await tempRepo({ 'drucker.md': drucker });
    const old = new Date(Date.now() - 60_000);
    await utimes(kb, old, old);
    await utimes(join(kb, 'drucker.md'), old, old);
    await openKbIndex({ repoRoot: root });
    await writeFile(join(kb, 'vpn.md'), vpn);
    await utimes(join(kb, 'vpn.md'), old, old);
    await utimes(kb, old, old); // as `touch -d` would: the folder's ctime still moves
    const next = await openKbIndex({ repoRoot: root });
    expect(slugs(next.search('VPN'))).toEqual(['vpn']);
  });

  it('rebuilds from a damaged or foreign index file', async () => {
    const { root } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn });
    const indexFile = join(root, '.desk', 'kb-index.db');
    const damages: [string, (bytes: Buffer) => Buffer | string][] = [
      ['not SQLite', () => '{ not a database'],
      ['empty', () => ''],
      ['truncated', (bytes) => bytes.subarray(0, 4096 + 100)],
      ['pages overwritten', (bytes) => Buffer.from(bytes).fill(0x55, 4096)],
    ];
    for (const [what, damage] of damages) {
      await openKbIndex({ repoRoot: root });
      await writeFile(indexFile, damage(await readFile(indexFile)));
      const opened = await openKbIndex({ repoRoot: root });
      expect(opened.freshness, what).toBe('rebuilt');
      expect(opened.cacheError, what).toBeUndefined();
      expect(slugs(opened.search('Drucker')), what).toEqual(['drucker']);
    }
    const Sqlite = (await import('better-sqlite3')).default;
    const db = new Sqlite(indexFile);
    db.prepare("UPDATE meta SET value = 'another version' WHERE key = 'version'").run();
    db.close();
    const opened = await openKbIndex({ repoRoot: root });
    expect(opened.freshness).toBe('rebuilt');
    expect(slugs(opened.search('VPN'))).toEqual(['vpn']);
  });

  it('removes an index found damaged while searching, and the next search rebuilds it', async () => {
    const { root } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn });
    await openKbIndex({ repoRoot: root });
    const Sqlite = (await import('better-sqlite3')).default;
    const db = new Sqlite(join(root, '.desk', 'kb-index.db'));
    db.prepare("UPDATE terms SET postings = '{ damaged' WHERE term = 'druck'").run();
    db.close();
    const opened = await openKbIndex({ repoRoot: root });
    expect(() => opened.search('Drucker')).toThrow(/damaged .*removed/);
    const again = await openKbIndex({ repoRoot: root });
    expect(again.freshness).toBe('rebuilt');
    expect(slugs(again.search('Drucker'))).toEqual(['drucker']);
  });

  it('removes the index file of the former format when it builds its own', async () => {
    const { root } = await tempRepo({ 'drucker.md': drucker });
    await mkdir(join(root, '.desk'));
    await writeFile(join(root, '.desk', 'kb-index.json'), '{"version": 1}');
    expect((await openKbIndex({ repoRoot: root })).freshness).toBe('rebuilt');
    expect(readdirSync(join(root, '.desk'))).not.toContain('kb-index.json');
  });

  it('rebuilds a stale index whose saved fingerprints do not match', async () => {
    const { root, kb } = await tempRepo({ 'drucker.md': drucker });
    await openKbIndex({ repoRoot: root });
    // same size, new content, new mtime: only the fingerprint tells
    await put(join(kb, 'drucker.md'), drucker.replace('Drucker', 'Dricker'));
    const next = await openKbIndex({ repoRoot: root });
    expect(next.freshness).toBe('updated');
    expect(slugs(next.search('Dricker'))).toEqual(['drucker']);
  });

  it('indexes files only: a folder or a link named like an article is left out', async () => {
    const { root, kb } = await tempRepo({ 'drucker.md': drucker });
    await mkdir(join(kb, 'ordner.md'));
    await symlink(join(kb, 'drucker.md'), join(kb, 'verweis.md'));
    const opened = await openKbIndex({ repoRoot: root });
    expect(opened.articleCount).toBe(1);
    expect(opened.problems).toEqual([]);
    expect(slugs(opened.search('Drucker'))).toEqual(['drucker']);
  });

  it('reads no article again when only the saved listing differs, as after a change of its form', async () => {
    const { root } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn });
    await openKbIndex({ repoRoot: root });
    const Sqlite = (await import('better-sqlite3')).default;
    const db = new Sqlite(join(root, '.desk', 'kb-index.db'));
    db.prepare("UPDATE meta SET value = '[[\"drucker.md\",\"1:2\"]]' WHERE key = 'listing'").run();
    db.close();
    const opened = await openKbIndex({ repoRoot: root });
    expect(opened.freshness).toBe('loaded');
    expect(slugs(opened.search('VPN'))).toEqual(['vpn']);
    expect((await openKbIndex({ repoRoot: root })).freshness).toBe('loaded');
  });

  it('reports broken articles with file and line and still searches the others', async () => {
    const { root, kb } = await tempRepo({
      'drucker.md': drucker,
      'kaputt.md': '---\ntitle: ok\ntags: [a, b\n---\nbody',
      'ohne-titel.md': '---\ntags: [x]\n---\nbody',
      'Bad Name.md': drucker,
      'binary.md': new Uint8Array([0, 159, 146, 150, 0, 255]),
    });
    const opened = await openKbIndex({ repoRoot: root });
    expect(slugs(opened.search('Drucker'))).toEqual(['drucker']);
    const byFile = Object.fromEntries(opened.problems.map((p) => [p.file.slice(kb.length + 1), p]));
    expect(byFile['kaputt.md']).toMatchObject({ field: 'front matter', line: expect.any(Number) });
    expect(byFile['ohne-titel.md']).toMatchObject({ field: 'title' });
    expect(byFile['Bad Name.md']).toMatchObject({ field: 'slug' });
    expect(byFile['binary.md']).toMatchObject({ field: 'file' });
    // problems survive a reload from the saved index without re-reading the files
    const again = await openKbIndex({ repoRoot: root });
    expect(again.freshness).toBe('loaded');
    expect(again.problems).toHaveLength(4);
  });

  it('drops an article that breaks and takes it back when fixed', async () => {
    const { root, kb } = await tempRepo({ 'drucker.md': drucker });
    await openKbIndex({ repoRoot: root });
    await put(join(kb, 'drucker.md'), '---\ntitle: [unclosed\n---\nDrucker');
    const broken = await openKbIndex({ repoRoot: root });
    expect(slugs(broken.search('Drucker'))).toEqual([]);
    expect(broken.problems).toHaveLength(1);
    await put(join(kb, 'drucker.md'), drucker);
    const fixed = await openKbIndex({ repoRoot: root });
    expect(slugs(fixed.search('Drucker'))).toEqual(['drucker']);
    expect(fixed.problems).toEqual([]);
  });

  it('indexes the start of a 5 MB article without trouble', async () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(90_000);
    const huge = md({ title: 'Riesenartikel', lang: 'de' }, `Am Anfang steht das Stichwort Frühwarnung. ${filler} Am Ende steht Spätwarnung.`);
    expect(huge.length).toBeGreaterThan(5_000_000);
    const { root } = await tempRepo({ 'riesig.md': huge, 'drucker.md': drucker });
    const opened = await openKbIndex({ repoRoot: root });
    expect(slugs(opened.search('Frühwarnung'))).toEqual(['riesig']);
    // beyond the indexed first 200 KB of the body
    expect(slugs(opened.search('Spätwarnung'))).toEqual([]);
    expect(slugs(opened.search('Riesenartikel'))).toEqual(['riesig']);
  });

  it('searches from memory where the index file cannot be written', async () => {
    const { root } = await tempRepo({ 'drucker.md': drucker, 'vpn.md': vpn });
    // a file where the index's folder would be: nothing can be created under it
    await writeFile(join(root, '.desk'), 'not a folder');
    const opened = await openKbIndex({ repoRoot: root });
    expect(opened.cacheError).toMatch(/could not use .*kb-index\.db/);
    expect(opened.articleCount).toBe(2);
    expect(slugs(opened.search('Drucker'))).toEqual(['drucker']);
  });

  it('works without a kb folder', async () => {
    const { root } = await tempRepo({});
    await rm(join(root, 'kb'), { recursive: true });
    const opened = await openKbIndex({ repoRoot: root });
    expect(opened.articleCount).toBe(0);
    expect(opened.search('Drucker')).toEqual({ kind: 'results', hits: [] });
  });
});
