import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';

/** `desk customer review`: the contract review meeting recorded, shown and flagged by `report customer`. */
let hd: InProcessHelpdesk | undefined;
afterEach(() => {
  hd?.cleanup();
  hd = undefined;
});

const NOW = (day: string) => ({ DESK_NOW: `${day}T10:00:00+01:00`, DESK_USER: 'tb' });

describe('customer reviews', () => {
  it('records the meeting in the customer file; report customer shows the last one and flags a customer due one', async () => {
    hd = helpdesk();
    const before = await hd.ok(['report', 'customer', 'acme', '--format', 'md'], { env: NOW('2026-11-26') });
    expect(before).toContain(
      'No review of the contract yet. REVIEW DUE: not reviewed for 6 months (desk customer review).',
    );

    await hd.ok(
      ['customer', 'review', 'acme', '--date', '2026-05-20', '--notes', 'Kontingent reicht, Schulung im Herbst'],
      {
        env: NOW('2026-11-26'),
      },
    );
    expect(hd.read('contracts/acme.yaml')).toMatch(
      /reviews:\n\s+- date: 2026-05-20\n\s+by: tb\n\s+notes: Kontingent reicht, Schulung im Herbst/,
    );
    expect(hd.git('log', '-1', '--format=%an: %s').trim()).toBe(
      'Tobias Brandt: acme: contract review on 2026-05-20 with tb',
    );
    const stale = await hd.ok(['report', 'customer', 'acme', '--format', 'md'], { env: NOW('2026-11-26') });
    expect(stale).toContain(
      'Last review 2026-05-20 with Tobias Brandt: Kontingent reicht, Schulung im Herbst. REVIEW DUE',
    );

    await hd.ok(['customer', 'review', 'acme', '--by', 'sh'], { env: NOW('2026-11-26') });
    const json = JSON.parse(
      await hd.ok(['report', 'customer', 'acme', '--format', 'json'], { env: NOW('2026-11-26') }),
    ) as {
      data: { review: { last: { date: string; by: string }; due: boolean } };
    };
    expect(json.data.review).toMatchObject({ last: { date: '2026-11-26', by: 'sh' }, due: false });
    // the history check knows a project lead may record a review
    const check = await hd.desk(['check'], { env: NOW('2026-11-26') });
    expect(check.stdout + check.stderr).toBe('All files are valid.\n');
    expect(check.code).toBe(0);
  });

  it('refuses a review in the future, an unknown person, and someone who may not record one', async () => {
    hd = helpdesk();
    const before = snapshot(hd);
    const future = await hd.desk(['customer', 'review', 'acme', '--date', '2026-12-01'], { env: NOW('2026-11-26') });
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('--date 2026-12-01 is in the future');
    const nobody = await hd.desk(['customer', 'review', 'acme', '--by', 'xx'], { env: NOW('2026-11-26') });
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('--by: unknown staff member "xx"');
    const l1 = await hd.desk(['customer', 'review', 'acme'], { env: { ...NOW('2026-11-26'), DESK_USER: 'mk' } });
    expect(l1.code).toBe(1);
    expect(l1.stderr).toContain('customer.review');
    expect(snapshot(hd)).toBe(before);
  });
});
