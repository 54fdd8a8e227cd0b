import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyHelpdesk, openTicket, snapshot, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { inTerminal } from '../helpers/terminal.js';

/**
 * Long texts in the person's editor, as git commit does it: desk runs in a pseudo-terminal, the
 * "editor" is a script that keeps a copy of the file it was given (to see the template) and
 * writes the text a person would.
 */
let seed: TempHelpdesk;
let hd: TempHelpdesk;
let tools: string;
let id: string;
// the ticket and the customer's message are written once: each test works on a copy of its own
beforeAll(() => {
  seed = tempHelpdesk();
  id = openTicket(seed, [
    '--title',
    'Lohnexport bricht ab',
    '--contact',
    'Sabine Vogt',
    '-d',
    'Seit dem Update bricht der Export ab.',
  ]);
  seed.ok(['reply', id, '--from-customer', '-m', 'Der Fehler kommt bei jedem Export im November.']);
});
afterAll(() => seed.cleanup());
beforeEach(() => {
  hd = copyHelpdesk(seed);
  tools = mkdtempSync(join(tmpdir(), 'desk-editor-'));
});
afterEach(() => {
  hd.cleanup();
  rmSync(tools, { recursive: true, force: true });
});

/** An editor that copies what it was shown to seen.txt, then puts `text` above the comment lines. */
function editor(name: string, text: string, exit = 0): string {
  const path = join(tools, name);
  writeFileSync(
    path,
    `#!/bin/sh\ncp "$1" '${join(tools, 'seen.txt')}'\n{ printf '%s\\n' '${text}'; cat '${join(tools, 'seen.txt')}'; } > "$1"\nexit ${exit}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}
const seen = () => readFileSync(join(tools, 'seen.txt'), 'utf8');
const events = () =>
  JSON.parse(hd.ok(['show', id, '--json'])).events as { type: string; text?: string; solution?: string }[];

describe('the editor for long texts', () => {
  it('writes a comment in $EDITOR, with the ticket, customer and last message as comment lines that are left out', async () => {
    const r = await inTerminal(hd.root, ['comment', id], [], {
      DESK_USER: 'mk',
      EDITOR: editor('ed', 'Rückruf vereinbart.'),
    });
    expect(r.code).toBe(0);
    const shown = seen();
    expect(shown).toMatch(/^# Internal note\. Lines starting with '#' are left out/m);
    expect(shown).toMatch(/^# T-\w+: Lohnexport bricht ab$/m);
    expect(shown).toMatch(/^# Customer: ACME Maschinenbau GmbH \(acme\), contact Sabine Vogt$/m);
    expect(shown).toMatch(
      /^# Last message \(from the customer, .*\):\n# > Der Fehler kommt bei jedem Export im November\.$/m,
    );
    const note = events().find((e) => e.type === 'comment')!;
    expect(note.text).toBe('Rückruf vereinbart.');
  });

  it('prefers $VISUAL to $EDITOR, and writes replies and solutions the same way', async () => {
    const env = { DESK_USER: 'mk', VISUAL: editor('visual', 'Wir sehen uns das an.'), EDITOR: editor('ed', 'falsch') };
    expect((await inTerminal(hd.root, ['reply', id, '--no-send'], [], env)).code).toBe(0);
    expect(seen()).toMatch(/^# Message to the customer\./m);
    expect(
      events()
        .filter((e) => e.type === 'message')
        .pop()!.text,
    ).toBe('Wir sehen uns das an.');
    const solve = { DESK_USER: 'mk', EDITOR: editor('ed2', 'Leeres Austrittsdatum abgefangen.') };
    hd.ok(['qualify', id, '--category', 'malfunction', '--product', 'lohn/export', '--priority', 'high']);
    const resolved = await inTerminal(hd.root, ['resolve', id], [], solve);
    expect(resolved.output).not.toContain('desk:');
    expect(resolved.code).toBe(0);
    expect(events().find((e) => e.type === 'resolved')!.solution).toBe('Leeres Austrittsdatum abgefangen.');
  });

  it('aborts without a change when only comment lines are left, or the editor fails, and keeps the text', async () => {
    const before = snapshot(hd);
    const empty = await inTerminal(hd.root, ['comment', id], [], {
      DESK_USER: 'mk',
      EDITOR: editor('empty', '# nichts'),
    });
    expect(empty.code).toBe(1);
    expect(empty.output).toContain('empty internal note: nothing was changed');
    const failing = await inTerminal(hd.root, ['comment', id], [], {
      DESK_USER: 'mk',
      EDITOR: editor('failing', 'Halb geschrieben', 3),
    });
    expect(failing.code).toBe(1);
    expect(failing.output).toMatch(/the editor \(.*failing\) exited with 3; nothing was changed/);
    expect(failing.output).toContain('your text is kept in');
    expect(readFileSync(join(hd.root, '.desk/edit/message.txt'), 'utf8')).toContain('Halb geschrieben');
    expect(snapshot(hd)).toBe(before);
  });

  it('starts a reply from its template, and asks for nothing without a terminal', async () => {
    const env = { DESK_USER: 'mk', EDITOR: editor('ed', 'PS: bitte neu starten.') };
    expect((await inTerminal(hd.root, ['reply', id, '--no-send', '--template', 'acknowledgement'], [], env)).code).toBe(
      0,
    );
    const text = events()
      .filter((e) => e.type === 'message')
      .pop()!.text!;
    expect(text.startsWith('PS: bitte neu starten.')).toBe(true);
    expect(text.length).toBeGreaterThan('PS: bitte neu starten.'.length + 20); // the template follows
    expect(existsSync(join(tools, 'seen.txt'))).toBe(true);
    const piped = hd.desk(['comment', id], { env: { EDITOR: editor('never', 'x') } });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('missing --message');
  });
});
