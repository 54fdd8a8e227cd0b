import { ticketFile } from '../../src/core/ticket/paths.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';

let hd: TempHelpdesk;
afterEach(() => hd?.cleanup());

/** Commands that would wait for a lock give up after two seconds: a test that hangs fails instead. */
const QUICK = { DESK_LOCK_TIMEOUT_MS: '2000' };
/** A command that must find the helpdesk busy gives up sooner: its answer is the same, its wait shorter. */
const BUSY = { DESK_LOCK_TIMEOUT_MS: '300' };

/** This test process, as a lock file names its owner: pid, start in clock ticks, boot id. */
function me(): { pid: number; start: string; boot: string } {
  const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
  return {
    pid: process.pid,
    start: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!,
    boot: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
  };
}
const linux = existsSync('/proc/self/stat');
const hour = (h: number) => new Date(Date.now() - h * 3_600_000);

describe('locks that need no human (real processes)', () => {
  it.skipIf(!linux)(
    'a lock or sync marker naming a live process that is not its owner (a reboot, a reused pid) is taken over',
    () => {
      hd = tempHelpdesk();
      const id = openTicket(hd);
      mkdirSync(join(hd.root, '.desk'), { recursive: true });
      // after a reboot: the pid now belongs to a live process of another boot
      writeFileSync(join(hd.root, '.desk', 'lock'), JSON.stringify({ ...me(), boot: 'a-boot-before' }));
      hd.ok(['comment', id, '-m', 'nach dem Neustart'], { env: QUICK });
      // a reused pid: a live process started after the lock was written (an older desk wrote the bare pid)
      writeFileSync(join(hd.root, '.desk', 'lock'), String(process.pid));
      utimesSync(join(hd.root, '.desk', 'lock'), hour(24 * 30), hour(24 * 30));
      hd.ok(['comment', id, '-m', 'die Nummer gehört jetzt einem anderen'], { env: QUICK });
      // a sync marker from before the reboot blocks nothing, not even a write
      writeFileSync(
        join(hd.root, '.desk', 'sync.json'),
        JSON.stringify({ ...me(), boot: 'a-boot-before', started: Date.now() - 60_000 }),
      );
      expect(hd.ok(['list'], { env: QUICK })).toContain(id.slice(0, 5));
      hd.ok(['comment', id, '-m', 'weiter'], { env: QUICK });
      expect(existsSync(join(hd.root, '.desk', 'sync.json'))).toBe(false);
      expect(hd.git('status', '--porcelain')).toBe('');
    },
  );

  it.skipIf(!linux)('commands that only read never wait on a live writer or a running sync', () => {
    hd = tempHelpdesk();
    const id = openTicket(hd);
    // a writer at work: its lock and its journal, the owner alive (this test process)
    writeFileSync(join(hd.root, '.desk', 'lock'), JSON.stringify(me()));
    writeFileSync(join(hd.root, '.desk', 'journal.json'), JSON.stringify({ head: 'x', paths: [] }));
    for (const args of [['list'], ['show', id], ['check']]) {
      const r = hd.desk(args, { env: QUICK });
      expect([args[0], r.code, r.stderr]).toEqual([args[0], 0, '']);
    }
    const write = hd.desk(['comment', id, '-m', 'x'], { env: BUSY });
    expect([write.code, write.stderr]).toEqual([1, expect.stringContaining('the helpdesk is busy')]);
    rmSync(join(hd.root, '.desk', 'journal.json'));
    rmSync(join(hd.root, '.desk', 'lock'));
    // a sync at work, alive
    writeFileSync(join(hd.root, '.desk', 'sync.json'), JSON.stringify({ ...me(), started: Date.now() }));
    expect(hd.ok(['list'], { env: QUICK })).toContain(id.slice(0, 5));
    expect(hd.ok(['show', id], { env: QUICK })).toContain('Drucker druckt nicht');
    const during = hd.desk(['comment', id, '-m', 'x'], { env: QUICK });
    expect([during.code, during.stderr]).toEqual([1, expect.stringContaining('desk sync is running in this clone')]);
  });

  it('an empty lock (its writer died before filling it) is taken over once it is a few seconds old', () => {
    hd = tempHelpdesk();
    const id = openTicket(hd);
    writeFileSync(join(hd.root, '.desk', 'lock'), '');
    const fresh = hd.desk(['comment', id, '-m', 'x'], { env: BUSY });
    expect(fresh.stderr).toContain('the helpdesk is busy');
    utimesSync(join(hd.root, '.desk', 'lock'), hour(1), hour(1));
    hd.ok(['comment', id, '-m', 'weiter'], { env: QUICK });
  });

  it("git's lock files left by desk's own killed commit are removed; anyone else's are named, with what to do", () => {
    hd = tempHelpdesk();
    const id = openTicket(hd);
    for (const lock of ['index.lock', 'HEAD.lock', 'refs/heads/main.lock']) {
      const killed = hd.desk(['comment', id, '-m', `abgebrochen ${lock}`], { env: { DESK_FAULT: 'before-commit' } });
      expect(killed.code).not.toBe(0);
      // what git leaves when the process group dies inside `git update-index` or `git update-ref`
      writeFileSync(join(hd.root, '.git', lock), '');
      expect(hd.ok(['list'], { env: QUICK })).toContain(id.slice(0, 5));
      expect(existsSync(join(hd.root, '.git', lock))).toBe(false);
      expect(hd.git('status', '--porcelain')).toBe('');
      hd.ok(['comment', id, '-m', `danach ${lock}`], { env: QUICK });
    }
    // a lock no desk command of this clone left: named, never removed behind anyone's back
    writeFileSync(join(hd.root, '.git', 'index.lock'), '');
    utimesSync(join(hd.root, '.git', 'index.lock'), hour(1), hour(1));
    const r = hd.desk(['comment', id, '-m', 'x'], { env: QUICK });
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("git's lock file .git/index.lock is in the way")]);
    expect(r.stderr).toContain(`rm '${join(hd.root, '.git', 'index.lock')}'`);
    const check = hd.desk(['check']);
    expect(check.stdout).toContain(".git/index.lock: (file): git's lock file, left by a git command that was killed");
    rmSync(join(hd.root, '.git', 'index.lock'));
    hd.ok(['comment', id, '-m', 'wieder frei'], { env: QUICK });
    expect(hd.read(ticketFile(id))).not.toContain('text: x\n');
  });
});

/** A small file system of its own, to fill up: needs root (mount); CI runs as root. */
function smallDisk(): { dir: string; release(): void } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'desk-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]);
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return {
    dir,
    release: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
const disk = process.getuid?.() === 0 ? smallDisk() : undefined;
if (!disk) console.warn('locks.test.ts: the disk-full case needs root to mount a 16 MB tmpfs; skipped here');

describe('a full disk', () => {
  afterEach(() => disk?.release());
  it.skipIf(!disk)('leaves no lock behind: once space is freed the next command works, nobody deletes anything', () => {
    hd = tempHelpdesk();
    const id = openTicket(hd);
    hd.ok(['list']); // the index and the merge driver are there before the disk fills
    const root = join(disk!.dir, 'helpdesk');
    execFileSync('cp', ['-a', hd.root, root]);
    const filler = join(disk!.dir, 'filler');
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M', 'count=64'], { stdio: 'ignore' });
    const full = hd.desk(['comment', id, '-m', 'Platte voll'], { cwd: root, env: QUICK });
    expect(full.code).not.toBe(0);
    expect(full.stderr).toMatch(/no space left/i);
    expect(existsSync(join(root, '.desk', 'lock'))).toBe(false);
    rmSync(filler);
    hd.ok(['comment', id, '-m', 'wieder Platz'], { cwd: root, env: QUICK });
    expect(readFileSync(join(root, ticketFile(id)), 'utf8')).toContain('wieder Platz');
  });
});
