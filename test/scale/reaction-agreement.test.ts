import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { generate, type Generated } from './generated.js';

/**
 * `desk report sla`, `desk sla`, `desk queue`, `desk show` and the ticket index say the same about
 * every ticket's reaction in a generated helpdesk of 2,000 tickets and four that still await one
 * (docs/reaction-times.md): one status per ticket, final once the ticket is resolved, closed or
 * handed off.
 */
let hd: Generated;
beforeAll(async () => {
  // the commands only read: they run in the generated helpdesk itself
  const generated = generate(2000);
  hd = generated.original();
  // the generated year ends with every ticket answered: three tickets nobody answered since two
  // days ago (overdue by now) and one that came in ten minutes ago (pending) give the
  // comparisons tickets that still await a reaction
  const customer = readdirSync(join(hd.root, 'contracts'))[0]!.replace(/\.yaml$/, '');
  const product = (YAML.parse(readFileSync(join(hd.root, 'desk.yaml'), 'utf8')) as { products: { id: string }[] })
    .products[0]!.id;
  const open = async (at: string, title: string, extra: string[]) => {
    const r = await generated
      .original({ DESK_NOW: at })
      .desk(['open', '--title', title, '--customer', customer, '--channel', 'e-mail', ...extra]);
    if (r.code !== 0) throw new Error(`desk open: ${r.stderr}`);
  };
  const malfunction = ['--category', 'malfunction', '--priority', 'high', '--product', product];
  for (const minute of ['01', '02', '03'])
    await open(`2026-11-24T10:${minute}:00+01:00`, `Export bricht ab (${minute})`, malfunction);
  await open('2026-11-26T08:50:00+01:00', 'Frage zur Lizenz', ['--category', 'question', '--priority', 'normal']);
}, 300_000);
afterAll(() => hd?.cleanup());

interface Listed {
  id: string;
  status: string;
}
interface WithSla extends Listed {
  sla: { reaction: { status: string; deadline: string | null; breached: boolean } } | null;
}
type Kind = 'met' | 'breached' | 'overdue' | 'pending' | 'none';
interface ReportReaction {
  ticket: string;
  kind: Kind;
  deadline?: string;
}

const json = async <T>(args: string[], cache: 'files' | 'warm' = 'warm'): Promise<T> => {
  const r = await hd.desk(args, cache);
  if (r.code !== 0) throw new Error(`desk ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};

/** Every ticket's reaction as the report counts it: the breaches listed, the rest by kind from the by-ticket figures. */
async function reportKinds(cache: 'files' | 'warm'): Promise<Map<string, Kind>> {
  const kinds = new Map<string, Kind>();
  for (const year of ['2025', '2026']) {
    const r = await json<{ data: { reactions?: ReportReaction[]; breaches: ReportReaction[] } }>(
      ['report', 'sla', '--period', year, '--json'],
      cache,
    );
    for (const b of r.data.breaches) kinds.set(b.ticket, b.kind);
  }
  return kinds;
}

describe('reaction status agrees everywhere', () => {
  it('sla, queue and show give each open ticket the same status and deadline; the report lists the same breaches', async () => {
    const all = await json<Listed[]>(['list', '--all', '--json']);
    expect(all.length).toBe(2004);
    const status = new Map(all.map((t) => [t.id, t.status]));

    const awaiting = await json<WithSla[]>(['sla', '--json']);
    const queue = await json<WithSla[]>(['queue', '--json']);
    const breaches = await reportKinds('warm');

    // final: nothing resolved, closed or handed off awaits a reaction, anywhere
    for (const t of awaiting) expect(['new', 'open', 'escalated']).toContain(status.get(t.id));
    for (const [id, kind] of breaches)
      if (kind === 'overdue') expect(['new', 'open', 'escalated']).toContain(status.get(id));

    // the same ticket, the same status and deadline in sla and queue
    const bySla = new Map(awaiting.map((t) => [t.id, t.sla]));
    for (const row of queue)
      if (bySla.has(row.id))
        expect({ id: row.id, reaction: row.sla?.reaction }).toEqual({
          id: row.id,
          reaction: bySla.get(row.id)?.reaction,
        });

    // every overdue ticket of desk sla is a breach in the report (received in 2025 or 2026), and back
    const overdueInSla = awaiting
      .filter((t) => t.sla?.reaction.status === 'overdue')
      .map((t) => t.id)
      .sort();
    const overdueInReport = [...breaches]
      .filter(([, k]) => k === 'overdue')
      .map(([id]) => id)
      .sort();
    expect(overdueInSla.length).toBeGreaterThanOrEqual(3);
    expect(awaiting.some((t) => t.sla?.reaction.status === 'pending')).toBe(true);
    expect(overdueInReport).toEqual(overdueInSla);

    // desk show of a spread of tickets: open, answered late, finished
    const sample = [
      ...awaiting.slice(0, 8).map((t) => t.id),
      ...all
        .filter((t) => ['open', 'escalated', 'waiting'].includes(t.status))
        .slice(0, 8)
        .map((t) => t.id),
      ...[...breaches]
        .filter(([, k]) => k === 'breached')
        .slice(0, 8)
        .map(([id]) => id),
      ...all
        .filter((t) => t.status === 'closed')
        .slice(0, 8)
        .map((t) => t.id),
    ];
    expect(sample.length).toBeGreaterThanOrEqual(24);
    for (const id of sample) {
      const shown = await json<{ sla: WithSla['sla'] }>(['show', id, '--json']);
      const expected = bySla.get(id)?.reaction.status ?? breaches.get(id);
      if (expected !== undefined) expect({ id, status: shown.sla?.reaction.status }).toEqual({ id, status: expected });
      else expect({ id, breached: shown.sla?.reaction.breached }).toEqual({ id, breached: false });
    }
  }, 300_000);

  it('the index answers as the files do', async () => {
    expect(await json(['sla', '--json'], 'warm')).toEqual(await json(['sla', '--json'], 'files'));
    expect(await json(['queue', '--json'], 'warm')).toEqual(await json(['queue', '--json'], 'files'));
    expect([...(await reportKinds('warm'))]).toEqual([...(await reportKinds('files'))]);
  }, 300_000);
});
