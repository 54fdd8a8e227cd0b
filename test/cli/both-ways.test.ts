// desk in-process (as most CLI tests run it) and desk as a process (as people run it) are the same
// program: each scenario runs once each way, in two helpdesks made from the same files, and what
// it printed, its exit codes and the commits it made must agree, ids aside.
import { describe, expect, it } from 'vitest';
import { helpdesk, tempHelpdesk, type DeskOptions, type Result } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

const NOW = { DESK_NOW: '2026-11-23T09:00:00+01:00' };

type Step = { args: (ids: string[]) => string[]; opts?: DeskOptions };
const step = (args: (ids: string[]) => string[], opts: DeskOptions = {}): Step => ({ args, opts });

const KB = `---
title: Drucker druckt nicht
tags: [drucker]
---
# Drucker druckt nicht

1. Druckertreiber prüfen.
2. Warteschlange leeren.
`;

interface Outcome {
  steps: Result[];
  log: string;
  files: string;
}

async function inProcess(steps: Step[]): Promise<Outcome> {
  const hd = helpdesk({ 'kb/drucker.md': KB });
  try {
    const results: Result[] = [];
    for (const s of steps) results.push(await hd.desk(s.args(idsIn(hd.root, hd.git)), withNow(s.opts)));
    return outcome(hd.root, hd.git, results);
  } finally {
    hd.cleanup();
  }
}

function asProcess(steps: Step[]): Outcome {
  const hd = tempHelpdesk({ 'kb/drucker.md': KB });
  try {
    const results = steps.map((s) => hd.desk(s.args(idsIn(hd.root, hd.git)), withNow(s.opts)));
    return outcome(hd.root, hd.git, results);
  } finally {
    hd.cleanup();
  }
}

const withNow = (opts: DeskOptions = {}): DeskOptions => ({ ...opts, env: { ...NOW, ...opts.env } });

/** Ticket ids in the order their tickets were opened. */
function idsIn(_root: string, git: (...a: string[]) => string): string[] {
  const added = git('log', '--reverse', '--diff-filter=A', '--name-only', '--format=', '--', 'tickets');
  return added
    .split('\n')
    .map((f) => /\/(T-[0-9A-Z]+)\.yaml$/.exec(f)?.[1])
    .filter((id): id is string => id !== undefined);
}

function outcome(root: string, git: (...a: string[]) => string, steps: Result[]): Outcome {
  const ids = idsIn(root, git);
  const log = git('log', '--format=%an <%ae> %s%n%b', '--name-status');
  const files = git('show', 'HEAD:' + (ids[0] ? ticketFile(ids[0]) : 'desk.yaml'));
  const same = (text: string) => withoutIds(text, ids);
  return {
    steps: steps.map((r) => ({ code: r.code, stdout: same(r.stdout), stderr: same(r.stderr) })),
    log: same(log),
    files: same(files),
  };
}

/** Ticket ids (full and short) numbered by their order of opening; event ids made alike. */
function withoutIds(text: string, ids: string[]): string {
  return text
    .replace(/T-[0-9A-Z]{4,12}/g, (ref) => {
      const n = ids.findIndex((id) => id.startsWith(ref));
      return n < 0 ? ref : `T-<${n + 1}>`;
    })
    .replace(/tickets\/[0-9A-Z]{2}\/T-</g, 'tickets/<shard>/T-<')
    .replace(/\be-[0-9a-z]{8,}/g, 'e-<id>');
}

async function sameBothWays(steps: Step[]): Promise<Outcome> {
  const a = await inProcess(steps);
  const b = asProcess(steps);
  expect(a).toEqual(b);
  return a;
}

describe('desk in-process and desk as a process', () => {
  it('open, qualify, comment, log, show and list: the same output and the same commits', async () => {
    const done = await sameBothWays([
      step(() => ['open', '--title', 'Drucker druckt nicht', '--customer', 'acme', '--channel', 'phone']),
      step(() => ['open', '-t', 'VPN trennt', '-c', 'acme', '--channel', 'e-mail', '--json', '-d', '-'], {
        input: 'Seit Montag bricht die VPN-Verbindung ab.\n',
      }),
      step(([a]) => ['qualify', a!, '--category', 'malfunction', '--product', 'lohn/export', '--priority', 'high']),
      step(([a]) => ['comment', a!.slice(0, 7), '-m', 'Treiber geprüft']),
      step(([, b]) => ['log', b!, '1h30m', '--activity', 'analysis'], { env: { DESK_USER: 'jb' } }),
      step(([a]) => ['show', a!]),
      step(([, b]) => ['show', b!, '--json']),
      step(() => ['list']),
      step(() => ['list', '--all', '--json']),
      step(() => ['queue']),
    ]);
    expect(done.steps.map((s) => s.code)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(done.log).toContain('Jonas Becker <jonas.becker@example.de> T-<2>: log 1:30 analysis');
  });

  it('refusals, usage errors and commander errors: the same message and exit code', async () => {
    const done = await sameBothWays([
      step(() => ['open', '--title', 'Drucker druckt nicht', '--customer', 'acme', '--channel', 'phone']),
      step(() => ['open', '--title', 'Ohne Kunde']), // missing --customer, not a terminal
      step(() => ['open', '--title', 'x', '--customer', 'acme', '--channel', 'fax']), // not a choice
      step(([a]) => ['close', a!, '--accepted-by', 'Sabine Vogt']), // not resolved yet
      step(() => ['show', 'T-NOPE']),
      step(() => ['frobnicate']),
      step(([a]) => ['comment', a!, '-m', 'x'], { env: { DESK_USER: 'nobody' } }),
      step(() => ['sla', '--within', 'soon']),
      step(() => ['--version']),
      step(() => ['help', 'log']),
      step(() => ['check']),
    ]);
    expect(done.steps.map((s) => s.code)).toEqual([0, 2, 2, 1, 2, 2, 2, 2, 0, 0, 0]);
  });

  it('the knowledge base and a helpdesk found from another folder', async () => {
    const done = await sameBothWays([
      step(() => ['kb', 'search', 'drucker']),
      step(() => ['kb', 'show', 'drucker']),
      step(() => ['kb', 'list', '--json']),
      step(() => ['list'], { cwd: '/' }), // no helpdesk here
    ]);
    expect(done.steps[0]!.stdout).toContain('Drucker druckt nicht');
    expect(done.steps[3]!.code).toBe(2);
  });
});
