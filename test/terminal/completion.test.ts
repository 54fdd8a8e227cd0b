import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { commandTable } from '../../src/cli/main.js';

/**
 * What `desk __complete` offers for a line — the answer every shell script asks for on Tab
 * (the shells themselves are driven in completion-shells.test.ts).
 */
let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk({ 'kb/drucker-treiber.md': ARTICLE, 'contracts/bergmann.yaml': BERGMANN })));
afterEach(() => hd.cleanup());

const ARTICLE = `---\ntitle: Druckertreiber neu installieren\nlang: de\naudience: internal\n---\nSo geht es.\n`;
const BERGMANN = `id: bergmann\nname: "Bergmann Logistik KG"\naddress: { street: Hafenweg 2, postalCode: "48155", city: Münster, country: DE }\ncontracts: []\n`;

/** The offers for the words after `desk` (the last one being typed), as zsh gets them: value and description. */
async function offers(words: string[], env: Record<string, string> = {}): Promise<[string, string | undefined][]> {
  const r = await hd.desk(['__complete', 'fish', '--', ...words], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string | undefined]);
}
const values = async (words: string[], env?: Record<string, string>) => (await offers(words, env)).map(([v]) => v);

describe('commands and flags come from the command table', () => {
  it('offers every visible command with its description, and the subcommands of a group', async () => {
    const top = await offers(['']);
    const visible = commandTable()
      .commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
      .map((c) => c.name());
    expect(top.map(([v]) => v)).toEqual(visible);
    expect(top.map(([v]) => v)).not.toContain('__complete');
    expect(Object.fromEntries(top)['escalate']).toBe('hand a qualified ticket from First to Second Level');
    expect(await values(['kb', ''])).toEqual(expect.arrayContaining(['list', 'show', 'search', 'new', 'publish']));
    expect(await values(['in'])).toEqual(['init', 'invoice']);
  });

  it("offers a command's flags and the global ones, not those already given unless repeatable", async () => {
    const flags = await values(['reply', 'T-1', '--']);
    expect(flags).toEqual(expect.arrayContaining(['--message', '--file', '--template', '--cc', '--repo', '--as']));
    expect(await values(['reply', 'T-1', '--cc', 'a@b.de', '--template', 'x', '--'])).toEqual(
      expect.arrayContaining(['--cc']),
    );
    expect(await values(['reply', 'T-1', '--cc', 'a@b.de', '--template', 'x', '--'])).not.toContain('--template');
  });

  it('offers the choices the table declares, for a flag and for --flag=', async () => {
    expect(await values(['open', '--channel', ''])).toEqual(['phone', 'e-mail', 'portal', 'on-site', 'remote-session']);
    expect(await values(['list', '--sort=d'])).toEqual(['--sort=deadline']);
    expect(await values(['completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });
});

describe('values come from the helpdesk', () => {
  it('offers tickets in support first, with title, status and customer; closed ones once the id narrows to them', async () => {
    const open = await openTicket(hd, ['--title', 'Lohnexport bricht ab']);
    const closed = await openTicket(hd, ['--title', 'Spam: Gewinnspiel']);
    await hd.ok(['close', closed, '--spam']);
    const shown = await offers(['show', '']);
    expect(shown).toEqual([[open, 'Lohnexport bricht ab (new, acme)']]);
    // T- and two characters name one shard folder: all of it, closed ones after
    const narrowed = await values(['show', closed.slice(0, 4)]);
    expect(narrowed).toContain(closed);
    expect(narrowed.indexOf(closed)).toBe(narrowed.length - 1);
    expect(await values(['show', closed.slice(0, 9)])).toEqual([closed]);
  });

  it('answers from its cache what the files say, and sees a write, a pull and an edit in place', async () => {
    const a = await openTicket(hd, ['--title', 'Drucker druckt nicht']);
    const b = await openTicket(hd, ['--title', 'Export hängt']);
    const files = await offers(['show', ''], { DESK_NO_INDEX: '1' });
    expect(existsSync(join(hd.root, '.desk/tab-tickets'))).toBe(false);
    expect(await offers(['show', ''])).toEqual(files); // builds .desk/tab-tickets
    expect(existsSync(join(hd.root, '.desk/tab-tickets'))).toBe(true);
    expect(await offers(['show', ''])).toEqual(files); // answers from it
    expect(files.map(([v]) => v).sort()).toEqual([a, b].sort());
    // desk's own write renames a file into its folder
    await hd.ok(['close', b, '--spam']);
    expect(await values(['show', ''])).toEqual([a]);
    await hd.ok(['edit', a, '--title', 'Drucker im Lager druckt nicht', '-r', 'genauer']);
    expect(Object.fromEntries(await offers(['show', '']))[a]).toBe('Drucker im Lager druckt nicht (new, acme)');
    // git puts back an older version (as a pull or a checkout would)
    hd.git('checkout', 'HEAD~2', '--', ticketFile(b));
    expect((await values(['show', ''])).sort()).toEqual([a, b].sort());
    // a hand edit in place: same file, same folder
    const text = hd.read(ticketFile(a));
    writeFileSync(join(hd.root, ticketFile(a)), text.replace('status: new', 'status: closed'));
    expect(await values(['show', ''])).toEqual([b]);
    expect(await offers(['show', ''], { DESK_NO_INDEX: '1' })).toEqual(await offers(['show', '']));
  });

  it('checks only the tickets the typed word can name, and the others on the next Tab that offers them', async () => {
    const a = await openTicket(hd, ['--title', 'Drucker druckt nicht']);
    let b = await openTicket(hd, ['--title', 'Export hängt']);
    while (b[2] === a[2]) b = await openTicket(hd, ['--title', 'Export hängt']);
    const word = a.slice(0, 3); // `T-` and one character: the tickets in support's hands from the cache
    expect(await values(['show', ''])).toEqual(expect.arrayContaining([a, b]));
    // edits in place: a closed, b retitled
    writeFileSync(join(hd.root, ticketFile(a)), hd.read(ticketFile(a)).replace('status: new', 'status: closed'));
    writeFileSync(
      join(hd.root, ticketFile(b)),
      hd.read(ticketFile(b)).replace('Export hängt', 'Export hängt bei 90 %'),
    );
    const narrowed = await offers(['show', word]);
    expect(narrowed.map(([v]) => v)).not.toContain(a);
    expect(narrowed).toEqual(await offers(['show', word], { DESK_NO_INDEX: '1' }));
    // b was not checked by that Tab: the next one that offers it does
    const all = await offers(['show', '']);
    expect(Object.fromEntries(all)[b]).toBe('Export hängt bei 90 % (new, acme)');
    expect(all).toEqual(await offers(['show', ''], { DESK_NO_INDEX: '1' }));
  });

  it('reads no damaged cache: one cut short, of another build or with a changed signature answers as the files do', async () => {
    const a = await openTicket(hd, ['--title', 'Drucker druckt nicht']);
    const b = await openTicket(hd, ['--title', 'Export hängt']);
    const files = await offers(['show', ''], { DESK_NO_INDEX: '1' });
    await offers(['show', '']);
    const cache = join(hd.root, '.desk/tab-tickets');
    const whole = readFileSync(cache, 'utf8');
    const [key, build, rows, descriptions, shards] = whole.split('\n');
    // b closed by hand while the cache says otherwise; each damage must not bring it back
    writeFileSync(join(hd.root, ticketFile(b)), hd.read(ticketFile(b)).replace('status: new', 'status: closed'));
    const open = files.filter(([v]) => v === a);
    // bash shows no descriptions: its Tab reads none, and still writes the rows it read again whole
    writeFileSync(cache, whole);
    const bash = await hd.desk(['__complete', 'bash', '--', 'show', '']);
    expect(bash.stdout.split('\n').filter(Boolean)).toEqual([a]);
    expect(await offers(['show', ''])).toEqual(open);
    for (const damaged of [
      whole.slice(0, whole.length / 2),
      [key, 'another-build', rows, descriptions, shards].join('\n'),
      [key, build, rows!.replace(/"T-/g, '"X-'), descriptions, shards].join('\n'),
      [key, build, rows!.replace(/(\[-?\d+(\.\d+)?),/g, '[1,'), descriptions, shards].join('\n'),
      [key, build, rows, descriptions!.slice(0, -3), shards].join('\n'),
    ]) {
      writeFileSync(cache, damaged);
      expect(await offers(['show', ''])).toEqual(open);
    }
  });

  it('offers customers, staff, products with modules, articles and report names', async () => {
    expect(await offers(['open', '--customer', ''])).toEqual([
      ['acme', 'ACME Maschinenbau GmbH'],
      ['bergmann', 'Bergmann Logistik KG'],
    ]);
    expect(await values(['escalate', 'T-1', '--to', ''])).toEqual(['mk', 'lw', 'jb', 'tb', 'sh', 'ak']);
    expect(Object.fromEntries(await offers(['assign', 'T-1', 'j']))).toEqual({ jb: 'Jonas Becker, second-level' });
    expect(await values(['qualify', 'T-1', '--product', 'lohn'])).toEqual(['lohn', 'lohn/export', 'lohn/meldewesen']);
    expect(await values(['kb', 'show', ''])).toEqual(['drucker-treiber']);
    expect(await values(['report', 'sa'])).toEqual(['satisfaction', 'sales']);
    expect(await values(['report', 'customer', ''])).toEqual(['acme', 'bergmann']);
    expect(await values(['qualify', 'T-1', '--category', 'change'])).toEqual(['change-request']);
    expect(await values(['list', '--status', 'open,wa'])).toEqual(['open,waiting']);
  });

  it('offers staff and customers as their files say now, though it keeps them for the next Tab', async () => {
    expect(await values(['escalate', 'T-1', '--to', 'n'])).toEqual([]);
    expect(existsSync(join(hd.root, '.desk/tab-values.json'))).toBe(true);
    const config = hd.read('desk.yaml');
    hd.write(
      'desk.yaml',
      config.replace(
        /^staff:\n/m,
        'staff:\n  - id: nk\n    name: Nina Krüger\n    email: nk@example.com\n    roles: [first-level]\n',
      ),
    );
    expect(Object.fromEntries(await offers(['escalate', 'T-1', '--to', 'n']))).toEqual({
      nk: 'Nina Krüger, first-level',
    });
    hd.write('contracts/bergmann.yaml', BERGMANN.replace('Bergmann Logistik KG', 'Bergmann Spedition GmbH'));
    expect(Object.fromEntries(await offers(['open', '--customer', 'b']))).toEqual({
      bergmann: 'Bergmann Spedition GmbH',
    });
    expect(await offers(['open', '--customer', ''], { DESK_NO_INDEX: '1' })).toEqual(
      await offers(['open', '--customer', '']),
    );
  });

  it('offers the periods around today, in the company time zone', async () => {
    // 23:30 UTC on 31 December is already January in Berlin
    const periods = await values(['usage', 'acme', '--period', ''], { DESK_NOW: '2026-12-31T23:30:00Z' });
    expect(periods.slice(0, 2)).toEqual(['2027-01', '2026-12']);
    expect(periods).toEqual(expect.arrayContaining(['2027-Q1', '2026-Q4', '2027', '2026']));
  });

  it('offers invoice numbers from the invoice files, newest first', async () => {
    hd.write('invoices/2026/RE-2026-0001.yaml', 'number: RE-2026-0001\n');
    hd.write('invoices/2026/RE-2026-0002.yaml', 'number: RE-2026-0002\n');
    expect(await values(['invoice', 'show', ''])).toEqual(['RE-2026-0002', 'RE-2026-0001']);
  });

  it('lets the shell complete file names where the table asks for a file', async () => {
    const r = await hd.desk(['__complete', 'zsh', '--', 'attach', 'T-1', '']);
    expect(r.stdout).toBe(':files\n');
  });

  it("makes customers' words in titles harmless on the terminal", async () => {
    const id = await openTicket(hd, ['--title', 'Rechnung \u001b[2J\u001b]0;pwned\u0007 falsch']);
    const [value, description] = (await offers(['show', '']))[0]!;
    expect(value).toBe(id);
    // eslint-disable-next-line no-control-regex
    expect(description).not.toMatch(/\u001b|\u0007/);
    // zsh would read the backslash of a shown escape as an escape of its own: it is doubled
    const zsh = await hd.desk(['__complete', 'zsh', '--', 'show', '']);
    expect(zsh.stdout).toContain(`${id}:Rechnung \\\\`);
  });
});

describe('outside a helpdesk and with bad input', () => {
  it('still offers commands and closed sets, and nothing it cannot know, without an error', async () => {
    const elsewhere = { cwd: '/' };
    const r = await hd.desk(['__complete', 'bash', '--', 'show', ''], elsewhere);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const p = await hd.desk(['__complete', 'bash', '--', 'qualify', 'T-1', '--priority', ''], elsewhere);
    expect(p.stdout).toBe('critical\nhigh\nnormal\nlow\n');
  });

  it('refuses an unknown shell in one line naming the ones it knows', async () => {
    const r = await hd.desk(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/powershell.*bash, zsh, fish/);
    expect(r.stdout).toBe('');
  });
});
