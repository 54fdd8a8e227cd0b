import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Person } from '../core/permissions/history.js';
import { gitIn, gitProcess } from './git-process.js';

/**
 * Reading the history for the audit (store/history.ts): commits with their people and trailers,
 * the files each changed, the texts of files at a commit, and signature checks. Each is one git
 * process for all commits — a history of a hundred thousand commits is a few processes, not a
 * few hundred thousand.
 */
export interface LoggedCommit {
  hash: string;
  parents: string[];
  author: Person;
  committer: Person;
  enteredBy: string[];
}

export interface RawChange {
  path: string;
  /** Blob ids; all zeros where the file did not exist on that side. */
  before: string;
  after: string;
}

const NO_BLOB = /^0+$/;
export const existed = (blob: string) => !NO_BLOB.test(blob);

function git(root: string, args: string[], input?: string): Promise<string> {
  return gitIn(root, args, { input });
}

/** The commits of `revisions` (e.g. `HEAD`, `^<checked>`) that are no merges, oldest first. */
export async function commitsIn(root: string, revisions: readonly string[]): Promise<LoggedCommit[]> {
  const format = '%H%x1f%P%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%(trailers:key=Entered-by,valueonly=true,separator=%x1d)%x1e';
  const out = await git(root, ['log', '--no-merges', '--reverse', `--format=${format}`, ...revisions, '--']);
  return out
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter(Boolean)
    .map((record) => {
      const [hash = '', parents = '', an = '', ae = '', cn = '', ce = '', trailers = ''] = record.split('\x1f');
      return {
        hash,
        parents: parents.split(' ').filter(Boolean),
        author: { name: an, email: ae },
        committer: { name: cn, email: ce },
        enteredBy: trailers
          .split('\x1d')
          .map((t) => t.trim())
          .filter(Boolean),
      };
    });
}

/** What each commit changed against its (first) parent; a root commit, everything it has. */
export async function changesOf(root: string, hashes: readonly string[]): Promise<Map<string, RawChange[]>> {
  const result = new Map<string, RawChange[]>(hashes.map((h) => [h, []]));
  if (hashes.length === 0) return result;
  const out = await git(
    root,
    ['diff-tree', '--stdin', '-r', '-z', '--no-renames', '--raw', '--root'],
    `${hashes.join('\n')}\n`,
  );
  const parts = out.split('\0');
  let current: RawChange[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith(':')) {
      const [, , before = '', after = ''] = part.slice(1).split(' ');
      current?.push({ path: parts[++i]!, before, after });
    } else if (/^[0-9a-f]{40,64}$/.test(part)) current = result.get(part);
  }
  return result;
}

/**
 * `git cat-file --batch`, kept open: the text of `<blob>` or `<commit>:<path>`, undefined where
 * there is none. One request at a time, answered in order.
 */
export class BlobReader {
  private child?: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private waiting: ((chunk: Buffer | undefined) => void)[] = [];

  constructor(private readonly root: string) {}

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = gitProcess(this.root, ['cat-file', '--batch']);
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    return (this.child = child);
  }

  private drain(): void {
    while (this.waiting.length > 0) {
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      if (/ missing$| ambiguous$/.test(header)) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiting.shift()!(undefined);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const body = this.buffer.subarray(newline + 1, newline + 1 + size);
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.waiting.shift()!(Buffer.from(body));
    }
  }

  /** The text of an object: a blob id, or `<commit>:<path>`. */
  read(spec: string): Promise<string | undefined> {
    const child = this.start();
    return new Promise((resolve) => {
      this.waiting.push((chunk) => resolve(chunk?.toString('utf8')));
      child.stdin.write(`${spec}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }
}

/** git's verdict on each commit's signature (%G?) and the signer it names (%GS), against `allowedSigners`. */
export async function signatureChecks(
  root: string,
  hashes: readonly string[],
  allowedSigners: string | undefined,
): Promise<Map<string, { status: string; signer: string }>> {
  const result = new Map<string, { status: string; signer: string }>();
  if (hashes.length === 0) return result;
  const config = allowedSigners ? ['-c', `gpg.ssh.allowedSignersFile=${allowedSigners}`] : [];
  const out = await git(
    root,
    [...config, 'log', '--no-walk=unsorted', '--stdin', '--format=%H%x1f%G?%x1f%GS%x1e'],
    `${hashes.join('\n')}\n`,
  );
  for (const record of out.split('\x1e')) {
    const [hash, status = 'N', signer = ''] = record.trim().split('\x1f');
    if (hash) result.set(hash, { status, signer });
  }
  return result;
}

/** The commit `rev` names, or undefined. */
export async function revParse(root: string, rev: string): Promise<string | undefined> {
  return (await git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).catch(() => '')).trim() || undefined;
}

/** Whether `ancestor` is `rev` or one of its ancestors. */
export async function isAncestor(root: string, ancestor: string, rev: string): Promise<boolean> {
  return git(root, ['merge-base', '--is-ancestor', ancestor, rev]).then(
    () => true,
    () => false,
  );
}
