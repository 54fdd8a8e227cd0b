import { lstatSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statFiles } from '../../src/io/file-stats.js';
import { tempFolders } from '../helpers/temp-folders.js';

const tempDir = tempFolders('desk-file-stats-');

/** What the change detectors compared before: lstatSync's size and mtimeMs, -1 for anything but a file. */
function expected(path: string): [number, number] {
  const s = lstatSync(path, { throwIfNoEntry: false });
  return s?.isFile() ? [s.size, s.mtimeMs] : [-1, -1];
}

describe('the stats the kb index compares', () => {
  it('are the size and mtime lstat gives, to the last digit, and -1 for folders, links and missing paths', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'drucker.md'), '# Drucker offline\n');
    writeFileSync(join(dir, 'leer.md'), '');
    writeFileSync(join(dir, 'vpn.md'), 'x'.repeat(70_000));
    // a mtime with a fraction of a millisecond, as editors and git leave them
    utimesSync(join(dir, 'vpn.md'), 1_764_000_000.123456, 1_764_000_000.987654);
    mkdirSync(join(dir, 'ordner.md'));
    symlinkSync(join(dir, 'drucker.md'), join(dir, 'link.md'));
    const names = ['drucker.md', 'leer.md', 'vpn.md', 'ordner.md', 'link.md', 'fehlt.md'];
    const paths = names.map((name) => join(dir, name));
    const out = new Float64Array(paths.length * 2);
    statFiles(paths, out, dir);
    expect([...out]).toEqual(paths.flatMap(expected));
    expect(out[4]).toBe(70_000);
    expect(out.subarray(6)).toEqual(new Float64Array(6).fill(-1));
  });

  it('see an edit written in place, which leaves the folder as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'drucker.md');
    writeFileSync(file, 'Der Drucker antwortet nicht.\n');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const before = new Float64Array(2);
    statFiles([file], before, dir);
    writeFileSync(file, 'Der Plotter antwortet nicht.\n'); // same length, written in place
    const after = new Float64Array(2);
    statFiles([file], after, dir);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect([...after]).toEqual(expected(file));
  });
});
