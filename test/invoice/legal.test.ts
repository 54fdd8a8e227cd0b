import { describe, expect, it } from 'vitest';
import { legalLine, legalProblems } from '../../src/core/invoice/index.js';
import { snapshot } from '../helpers/helpdesk.js';
import { billing, DESK_YAML, invoiceHelpdesk } from './helpers.js';

describe('the legal details of business letters (§ 35a GmbHG)', () => {
  it('names what each legal form needs', () => {
    expect(legalProblems(undefined, 'Nordlicht Software GmbH')).toEqual([
      'company.legal: missing — a GmbH names its legal details on every business letter (§ 35a GmbHG)',
    ]);
    expect(legalProblems(undefined, 'Rottmann IT-Beratung')).toEqual([]); // a sole trader: nothing required
    expect(
      legalProblems(
        {
          form: 'AG',
          seat: 'Bielefeld',
          registerCourt: 'Amtsgericht Bielefeld',
          registerNumber: 'HRB 1',
          managingDirectors: ['A'],
        },
        'X AG',
      ),
    ).toEqual(['company.legal.supervisoryBoardChair: missing — the chair of the supervisory board (§ 80 AktG)']);
    expect(legalProblems({ form: 'KG' }, 'X KG')).toEqual([
      'company.legal.seat: missing — the registered office (§ 37a HGB)',
      'company.legal.registerCourt: missing — the register court, e.g. "Amtsgericht Münster" (§ 37a HGB)',
      'company.legal.registerNumber: missing — the register number, e.g. "HRB 18234" (§ 37a HGB)',
    ]);
    expect(
      legalLine(
        {
          form: 'AG',
          seat: 'Bielefeld',
          registerCourt: 'Amtsgericht Bielefeld',
          registerNumber: 'HRB 1',
          managingDirectors: ['Anna Sauer'],
          supervisoryBoardChair: 'Dr. Jens Kolb',
        },
        'de',
      ),
    ).toBe(
      'Sitz: Bielefeld · Registergericht: Amtsgericht Bielefeld, HRB 1 · Vorstand: Anna Sauer · Vorsitz des Aufsichtsrats: Dr. Jens Kolb',
    );
  });

  it('desk check and invoice runs require them for a GmbH that issues documents', async () => {
    const hd = invoiceHelpdesk({ 'desk.yaml': DESK_YAML.replace(/ {2}legal:\n( {4}.*\n)+/, '') });
    try {
      const check = await hd.desk(['check']);
      expect([check.code, check.stdout]).toEqual([
        2,
        expect.stringContaining(
          'desk.yaml: company.legal: missing — a GmbH names its legal details on every business letter (§ 35a GmbHG)',
        ),
      ]);
      const before = snapshot(hd);
      const run = await hd.desk(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') });
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('desk.yaml: company.legal: missing')]);
      expect(snapshot(hd)).toBe(before);
    } finally {
      hd.cleanup();
    }
  });
});
