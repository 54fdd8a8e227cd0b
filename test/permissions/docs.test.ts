// docs/roles.md lists the permission table; a row changed in the code and not on the page (or
// the other way round) would tell managers the wrong rules.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/core/permissions/index.js';
import { ROLES } from '../../src/core/schema/config.js';

describe('docs/roles.md', () => {
  it('lists every permission with exactly the roles and the "for others" of the table', () => {
    const page = readFileSync(resolve(import.meta.dirname, '../../docs/roles.md'), 'utf8');
    const rows = new Map(
      [...page.matchAll(/^\| `([a-z.-]+)` \| ([^|]+) \|((?: [✓ ]? \|){6}) (yes|no) \|$/gm)].map((m) => [
        m[1]!,
        {
          what: m[2]!.trim(),
          roles: m[3]!
            .split('|')
            .slice(0, 6)
            .map((c, i) => (c.includes('✓') ? ROLES[i] : undefined))
            .filter(Boolean),
          forOthers: m[4] === 'yes',
        },
      ]),
    );
    expect([...rows.keys()]).toEqual(Object.keys(PERMISSIONS));
    for (const [name, row] of Object.entries(PERMISSIONS))
      expect(rows.get(name), name).toEqual({ what: row.what, roles: [...row.roles], forOthers: row.forOthers });
  });
});
