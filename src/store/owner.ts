import { readFileSync } from 'node:fs';

/**
 * Who holds a lock or a marker desk leaves in `.desk/`: the process id, and what makes that id
 * unique on this machine — when the process started (in clock ticks since boot, as
 * /proc/PID/stat gives it) and which boot it belongs to. A pid alone is not enough: after a
 * reboot, or once the system has handed the number to another program, a plain pid would name
 * a live process that has nothing to do with desk and block every command until a person
 * deleted the file. Where /proc is missing (not Linux) only the pid is known.
 */
export interface Owner {
  pid: number;
  /** The process's start time as /proc/PID/stat field 22 gives it; absent where unknown. */
  start?: string;
  /** /proc/sys/kernel/random/boot_id at the time; absent where unknown. */
  boot?: string;
}

const bootId = readText('/proc/sys/kernel/random/boot_id')?.trim();

/** This process, as a lock file records it. */
export function thisProcess(): Owner {
  const start = startOf(process.pid);
  return { pid: process.pid, ...(start && { start }), ...(bootId && { boot: bootId }) };
}

/** The text a lock file holds: the owner as JSON. */
export function ownerText(owner: Owner = thisProcess()): string {
  return JSON.stringify(owner);
}

/**
 * What a lock file says. Older desks wrote the bare pid; a file cut short (its writer killed
 * between creating and filling it) says nothing: undefined.
 */
export function parseOwner(text: string): Owner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const o = JSON.parse(trimmed) as Partial<Owner>;
    if (!Number.isSafeInteger(o.pid) || (o.pid ?? 0) <= 0) return undefined;
    return {
      pid: o.pid!,
      ...(typeof o.start === 'string' && { start: o.start }),
      ...(typeof o.boot === 'string' && { boot: o.boot }),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether the owner of a lock written at `writtenMs` still runs: the same boot, a process with
 * that pid, started when the owner started (or, for a file naming only a pid, started before the
 * file was written — a process started later cannot have written it).
 */
export function ownerRuns(owner: Owner, writtenMs: number): boolean {
  if (owner.boot && bootId && owner.boot !== bootId) return false; // written before a reboot
  if (!isAlive(owner.pid)) return false;
  const start = startOf(owner.pid);
  if (owner.start && start) return owner.start === start;
  const startedMs = start === undefined ? undefined : startedAtMs(start);
  // a second of slack: the start time is known to a clock tick, the file time to the file system's
  return startedMs === undefined || startedMs <= writtenMs + 1000;
}

/** Whether a process runs (EPERM: it runs, but as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/PID/stat, the start in clock ticks since boot; undefined where unknown. */
function startOf(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // the command name (field 2) is in parentheses and may hold spaces: count the fields after it
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

/** When a process started, in ms since the epoch, from its start in ticks and the boot time. */
function startedAtMs(ticks: string): number | undefined {
  const btime = /^btime (\d+)$/m.exec(readText('/proc/stat') ?? '')?.[1];
  // USER_HZ is 100 on every Linux desk runs on; the answer is only compared with a second of slack
  return btime === undefined ? undefined : Number(btime) * 1000 + Number(ticks) * 10;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // not Linux, or the process is gone
  }
}
