import { readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { usage } from '../../core/errors.js';
import type { MailBatch, MailReader } from './types.js';

/**
 * A Maildir filled by fetchmail, mbsync, getmail or an MTA. New mail is in new/ (and in cur/
 * when another program moved it there without reading it); desk marks a processed message seen
 * (flag S, in cur/) — so a Maildir read by desk should not also be read by a person's mail program.
 */
export async function openMaildir(path: string): Promise<MailReader> {
  for (const sub of ['new', 'cur']) {
    const st = await stat(join(path, sub)).catch(() => undefined);
    if (!st?.isDirectory())
      throw usage(
        `mail source: ${path} is not a Maildir (it has no ${sub}/ folder)`,
        'point maildir: at the folder holding cur/, new/ and tmp/',
      );
  }
  const fresh = (await readdir(join(path, 'new')))
    .filter((n) => !n.startsWith('.'))
    .map((n) => ({ dir: 'new', name: n }));
  const unseen = (await readdir(join(path, 'cur')))
    .filter((n) => !n.startsWith('.') && !flagsOf(n).includes('S'))
    .map((n) => ({ dir: 'cur', name: n }));
  const all = [...fresh, ...unseen].sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    count: all.length,
    async *batches(size: number): AsyncGenerator<MailBatch> {
      for (let i = 0; i < all.length; i += size) {
        const part = all.slice(i, i + size);
        const mails = await Promise.all(
          part.map(async (f) => {
            const file = join(path, f.dir, f.name);
            const [raw, st] = await Promise.all([readFile(file), stat(file)]);
            return { raw, arrivedAt: st.mtime };
          }),
        );
        yield {
          mails,
          done: async () => {
            for (const f of part) await rename(join(path, f.dir, f.name), join(path, 'cur', seenName(f.name)));
          },
        };
      }
    },
    close: async () => undefined,
  };
}

function flagsOf(name: string): string {
  const i = name.indexOf(':2,');
  return i < 0 ? '' : name.slice(i + 3);
}

function seenName(name: string): string {
  const i = name.indexOf(':2,');
  if (i < 0) return `${name}:2,S`;
  const flags = [...new Set([...name.slice(i + 3), 'S'])].sort().join('');
  return `${name.slice(0, i)}:2,${flags}`;
}
