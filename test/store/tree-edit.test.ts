import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/helpdesk.js';
import { Git } from '../../src/store/git.js';
import { treeWith } from '../../src/store/tree-edit.js';

let root: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: cleanEnv(), encoding: 'utf8' }).trim();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'desk-tree-'));
  git('init', '-q');
  const files: Record<string, string> = {
    'desk.yaml': 'name: Lutterbach Software\n',
    'tickets/AB/T-AB12CD34EF56.yaml': 'id: T-AB12CD34EF56\n',
    'tickets/AB/T-AB98ZZ76YY54.yaml': 'id: T-AB98ZZ76YY54\n',
    'tickets/QR/T-QR11PP22NN33.yaml': 'id: T-QR11PP22NN33\n',
    'tickets/QR/T-QR11PP22NN33/anhang.txt': 'Protokoll\n',
    'kb/drucker.md': '# Drucker\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.de', 'commit', '-qm', 'start');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The tree git itself writes for the same change: through an index. */
function gitsOwnTree(blobs: Map<string, string>): string {
  const index = join(root, '.git', 'other-index');
  const env = cleanEnv({ GIT_INDEX_FILE: index });
  const run = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: root, env, input, encoding: 'utf8' }).trim();
  run(['read-tree', 'HEAD']);
  run(['update-index', '--index-info'], [...blobs].map(([path, oid]) => `100644 ${oid}\t${path}\n`).join(''));
  return run(['write-tree']);
}

describe('a tree with some files holding other blobs', () => {
  it('is the tree git writes through an index, for files in folders at several depths', async () => {
    const g = new Git(root);
    const [a, b] = await g.objects.writeBlobs(['id: T-AB12CD34EF56\nstatus: closed\n', 'Protokoll, ergänzt\n']);
    const blobs = new Map([
      ['tickets/AB/T-AB12CD34EF56.yaml', a!],
      ['tickets/QR/T-QR11PP22NN33/anhang.txt', b!],
      ['desk.yaml', a!],
    ]);
    const tree = await treeWith(g, await g.objects.treeOf('HEAD'), blobs);
    expect(tree).toBe(gitsOwnTree(blobs));
    expect(git('show', `${tree}:tickets/AB/T-AB12CD34EF56.yaml`)).toBe('id: T-AB12CD34EF56\nstatus: closed');
    expect(git('show', `${tree}:tickets/AB/T-AB98ZZ76YY54.yaml`)).toBe('id: T-AB98ZZ76YY54');
  });

  it('is the same tree when every file keeps its blob', async () => {
    const g = new Git(root);
    const same = new Map([['tickets/AB/T-AB12CD34EF56.yaml', git('rev-parse', 'HEAD:tickets/AB/T-AB12CD34EF56.yaml')]]);
    expect(await treeWith(g, await g.objects.treeOf('HEAD'), same)).toBe(await g.objects.treeOf('HEAD'));
  });

  it('is left to git for a path that is not a file of the tree', async () => {
    const g = new Git(root);
    const blob = git('rev-parse', 'HEAD:desk.yaml');
    expect(await treeWith(g, await g.objects.treeOf('HEAD'), new Map([['tickets/AB', blob]]))).toBeUndefined();
    expect(
      await treeWith(g, await g.objects.treeOf('HEAD'), new Map([['tickets/ZZ/T-ZZ.yaml', blob]])),
    ).toBeUndefined();
  });
});
