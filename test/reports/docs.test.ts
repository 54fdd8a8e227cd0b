import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTS, REPORT_NAMES } from '../../src/core/reports/index.js';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/reports.md'), 'utf8');

describe('docs/reports.md', () => {
  it('defines every report and every metric --fail-under and --fail-over take, with its unit', () => {
    for (const name of REPORT_NAMES) {
      expect(doc, name).toContain(`\n## ${name}\n`);
      for (const m of REPORTS[name].metrics)
        expect(doc, m.name).toMatch(new RegExp(`\\| \`${m.name.replace(/\./g, '\\.')}\` \\| ${m.unit} \\|`));
    }
  });
});
