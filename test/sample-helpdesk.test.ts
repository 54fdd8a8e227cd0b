import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../src/core/files/yaml-text.js';
import { customerSchema, type Customer } from '../src/core/schema/customer.js';
import { parseTicket } from '../src/core/ticket/ticket-file.js';
import { CATEGORIES, STATUSES } from '../src/core/ticket/vocabulary.js';
import { parseArticle } from '../src/kb/article.js';
import { cleanEnv } from './helpers/helpdesk.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * The sample helpdesk at the top of the repository (built by scripts/sample/build.mjs) is the
 * demo and the default `desk` finds here. This test only reads it: `desk check` does not write,
 * and everything else is parsed in-process.
 */
const ROOT = resolve(import.meta.dirname, '..');
const files = (dir: string, ext: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith(ext))
    .sort();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the sample helpdesk', () => {
  it('passes desk check', async () => {
    const run = await runInProcess(['check', '--json'], { cwd: ROOT, env: cleanEnv() });
    const result = JSON.parse(run.stdout) as { ok: boolean; problems: unknown[] };
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(run.code).toBe(0);
  });

  it('has tickets in every status and every category', () => {
    const states = files('tickets', '.yaml').map((name) => {
      const parsed = parseTicket(`tickets/${name}`, read(`tickets/${name}`), basename(name, '.yaml'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.value.state;
    });
    expect(states.length).toBeGreaterThanOrEqual(60);
    for (const status of STATUSES) expect(states.filter((s) => s.status === status).length, status).toBeGreaterThan(0);
    for (const category of CATEGORIES)
      expect(states.filter((s) => s.category === category).length, category).toBeGreaterThan(0);
  });

  it('has the customers of the golden cases with their contract kinds', () => {
    const customers = new Map<string, Customer>(
      files('contracts', '.yaml').map((name) => {
        const yaml = parseYamlText(name, read(`contracts/${name}`));
        if (!yaml.ok) throw new Error(JSON.stringify(yaml.problems));
        const customer = customerSchema.parse(yaml.value);
        return [customer.id, customer];
      }),
    );
    expect(customers.size).toBeGreaterThanOrEqual(8);
    const kinds = (id: string) => customers.get(id)?.contracts.map((c) => c.kind);
    expect(kinds('acme')).toEqual(['service']);
    expect(kinds('bergmann')).toEqual(['service']);
    expect(kinds('clausen')).toEqual(['commitment']);
    expect(kinds('dorn')).toEqual(['none']);
    expect(kinds('alpenblick')).toEqual(['service']);
    expect(customers.get('alpenblick')?.address?.country).toBe('AT');
    expect(customers.get('alpenblick')?.vatId).toMatch(/^ATU\d{8}$/);

    const acme = customers.get('acme')!.contracts[0]!;
    expect(acme).toMatchObject({
      kind: 'service',
      period: 'month',
      fee: 120000,
      includedHours: 600,
      overageRate: 11000,
      hourlyRate: 12000,
      increment: 15,
      settlement: 'per-period',
      analysisCap: 240,
    });
    expect(customers.get('bergmann')!.contracts[0]).toMatchObject({
      settlement: 'pooled',
      poolWindow: 'quarter',
      fee: 120000,
      includedHours: 600,
    });
    expect(customers.get('clausen')!.contracts[0]).toMatchObject({
      period: 'month',
      minimumHours: 1200,
      rate: 10000,
      unused: 'forfeit',
    });
  });

  it('has knowledge-base articles in German and English', () => {
    const articles = files('kb', '.md').map((name) => {
      const parsed = parseArticle(name.slice(0, -3), read(`kb/${name}`), `kb/${name}`);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.article;
    });
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(articles.filter((a) => a.meta.lang === 'de').length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.meta.lang === 'en').length).toBeGreaterThan(0);
  });
});
