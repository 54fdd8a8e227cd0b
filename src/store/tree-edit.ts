import type { Git } from './git.js';
import type { TreeEntry } from './git-objects.js';

/**
 * A tree like `tree` with some of its files holding other blobs: the folders on the way to them
 * are read (`ls-tree`, one for the top and one for the rest) and written anew deepest first
 * (`mktree`, one per depth), so the cost follows the files changed, not the size of the tree.
 * Undefined when a path is not a file of the tree: git's own merge is left to deal with it.
 */
export async function treeWith(
  git: Git,
  tree: string,
  blobs: ReadonlyMap<string, string>,
): Promise<string | undefined> {
  const dirs = new Set<string>(['']);
  for (const path of blobs.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const folders = await git.objects.treeFolders(tree, [...dirs]);
  const entryAt = (path: string, type: string): TreeEntry | undefined =>
    folders.get(parentOf(path))?.find((e) => e.name === nameOf(path) && e.type === type);
  for (const [path, oid] of blobs) {
    const file = entryAt(path, 'blob');
    if (!file) return undefined;
    file.oid = oid;
  }
  const depth = (dir: string) => (dir === '' ? 0 : dir.split('/').length);
  for (let d = Math.max(...[...dirs].map(depth)); d >= 1; d--) {
    const level = [...dirs].filter((dir) => depth(dir) === d);
    const ids = await git.objects.writeTrees(level.map((dir) => folders.get(dir)!));
    for (const [i, dir] of level.entries()) {
      const folder = entryAt(dir, 'tree');
      if (!folder || !ids[i]) return undefined;
      folder.oid = ids[i];
    }
  }
  return (await git.objects.writeTrees([folders.get('')!]))[0];
}

const parentOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
