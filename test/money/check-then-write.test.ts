import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { runAsync } from '../sync/team.js';

let hd: TempHelpdesk;
afterEach(() => hd?.cleanup());

/** The same command started several times at once, each a process of its own (by Sandra Hoffmann, sales, unless said). */
const together = (n: number, args: (i: number) => string[], user = 'sh') =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      runAsync(hd.root, args(i), {
        DESK_USER: user,
        DESK_NOW: '2026-11-02T10:00:00+01:00',
        DESK_LOCK_TIMEOUT_MS: '120000',
      }),
    ),
  );

const commitsTouching = (path: string) => hd.git('log', '--format=%h', '--', path).trim().split('\n').filter(Boolean);

describe('what a command checks in the files it checks under the lock it writes under (real processes)', () => {
  it('customer add four times at once: one is added, three are told it exists, the file is the first', async () => {
    hd = tempHelpdesk();
    const results = await together(4, (i) => [
      'customer',
      'add',
      'mueller',
      '--name',
      `Müller Logistik ${i}`,
      '--street',
      'Hafenweg 3',
      '--postal-code',
      '48155',
      '--city',
      'Münster',
      '--project-lead',
      'tb',
      '--sales-rep',
      'sh',
    ]);
    const added = results.filter((r) => r.code === 0);
    expect(added).toHaveLength(1);
    for (const r of results.filter((x) => x.code !== 0)) expect(r.stderr).toContain('customer mueller exists already');
    const name = /Added customer mueller \((.*)\)/.exec(added[0]!.stdout)![1];
    expect(hd.read('contracts/mueller.yaml')).toContain(`name: ${name}`);
    expect(commitsTouching('contracts/mueller.yaml')).toHaveLength(1);
  });

  it('kb new --slug same three times at once: one article, two refusals, nothing lost', async () => {
    hd = tempHelpdesk();
    const results = await together(
      3,
      (i) => ['kb', 'new', '--title', `Drucker ${i}`, '--slug', 'drucker-offline'],
      'mk',
    );
    expect(results.filter((r) => r.code === 0)).toHaveLength(1);
    for (const r of results.filter((x) => x.code !== 0))
      expect(r.stderr).toContain('an article drucker-offline exists already');
    expect(commitsTouching('kb/drucker-offline.md')).toHaveLength(1);
  });

  it('three contract add for one customer at once: each decided on the file as the others left it, never overlapping', async () => {
    hd = tempHelpdesk();
    const starts = ['2027-01-01', '2027-02-01', '2027-03-01'];
    const results = await together(3, (i) => [
      'contract',
      'add',
      'acme',
      '--kind',
      'service',
      '--start',
      starts[i]!,
      '--fee',
      `${1300 + 100 * i}.00`,
    ]);
    // in start order each renews the one before; a later start written first leaves no room for an
    // earlier open-ended one, which is then refused with the overlap it would make
    for (const r of results.filter((x) => x.code !== 0))
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('would be invalid: contracts[')]);
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(hd.ok(['check'])).toContain('All files are valid');
    const contracts = JSON.parse(hd.ok(['customer', 'show', 'acme', '--json'])).contracts as { start: string }[];
    expect(contracts).toHaveLength(1 + results.filter((r) => r.code === 0).length);
  });
});

describe('desk kb edit checks the article it read before writing it back', () => {
  it("a teammate's edit arriving while the editor is open is kept; the edit is refused and kept aside", () => {
    hd = tempHelpdesk({ 'kb/drucker-offline.md': '---\ntitle: Drucker offline\n---\nDrucker neu starten.\n' });
    const editor = join(hd.root, '..', `editor-${process.pid}-${Date.now()}.sh`);
    // while the editor is open, a sync brings Lars's change of the same article
    writeFileSync(
      editor,
      `#!/bin/sh
printf -- '---\\ntitle: Drucker offline\\n---\\nDrucker neu starten, dann Treiber prüfen.\\n' > "${hd.root}/kb/drucker-offline.md"
git -C "${hd.root}" -c user.name="Lars Wegner" -c user.email=lars.wegner@example.de commit -qam "kb: edit drucker-offline"
sed -i "s/neu starten/aus- und einschalten/" "$1"
`,
    );
    chmodSync(editor, 0o755);
    const r = hd.desk(['kb', 'edit', 'drucker-offline'], { env: { EDITOR: editor } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kb/drucker-offline.md changed while you edited it');
    const kept = readdirSync(join(hd.root, '.desk', 'kb-edit')).filter((n) => n.startsWith('drucker-offline.'));
    expect(kept.some((n) => n !== 'drucker-offline.md')).toBe(true);
    expect(r.stderr).toContain(join('.desk', 'kb-edit'));
    expect(hd.read('kb/drucker-offline.md')).toContain('dann Treiber prüfen'); // Lars's change stands
    expect(hd.git('log', '-1', '--format=%an').trim()).toBe('Lars Wegner');
    const before = snapshot(hd);
    expect(snapshot(hd)).toBe(before);
    expect(existsSync(join(hd.root, '.desk', 'kb-edit', kept.find((n) => n !== 'drucker-offline.md')!))).toBe(true);
  });
});
