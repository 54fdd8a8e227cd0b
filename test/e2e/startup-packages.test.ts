// A command loads what it uses: the PDF, e-invoice and mail libraries cost tens of milliseconds
// to load, and a command that shows something never needs them (docs/build.md). Each command
// runs as a process, the way a person starts it, and says which npm packages it loaded. Nor does
// a command that only reads tickets and contracts load zod, the file schemas' library (about 20 ms
// to compile): desk checks a file against its schema only when the cache does not know it valid.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';

const SENDING_AND_DOCUMENTS = ['pdfkit', 'fontkit', '@e-invoice-eu/core', 'nodemailer', 'imapflow', 'mailparser'];
const SCHEMAS = 'zod';

let hd: TempHelpdesk;
let id: string;
beforeAll(() => {
  hd = tempHelpdesk();
  id = openTicket(hd);
  hd.ok(['log', id, '1h', '-m', 'Druckertreiber neu installiert']);
});
afterAll(() => hd.cleanup());

function packagesLoadedBy(args: string[]): string[] {
  const record = join(hd.root, '.git', 'loaded-packages.txt');
  hd.ok(args, {
    env: {
      NODE_OPTIONS: `--require ${resolve('test/helpers/loaded-packages.cjs')}`,
      DESK_TEST_LOADED: record,
      DESK_NOW: '2026-11-24T10:00:00+01:00',
    },
  });
  return readFileSync(record, 'utf8').split('\n').filter(Boolean);
}

describe('a command that shows loads no PDF, e-invoice or mail library', { timeout: 60_000 }, () => {
  it.each([
    [['list']],
    [['queue']],
    [['usage', 'acme', '--period', '2026-11']],
    [['report', 'utilization', '--period', '2026-11']],
    [['sla']],
  ])('desk %j', (args) => {
    const loaded = packagesLoadedBy(args);
    expect(loaded.length).toBeGreaterThan(0); // the record works: desk loads some packages
    expect(loaded.filter((p) => SENDING_AND_DOCUMENTS.includes(p))).toEqual([]);
  });

  it.each([[['list']], [['queue']], [['sla']], [['usage', 'acme', '--period', '2026-11']]])(
    'desk %j reads known files without their schemas',
    (args) => {
      packagesLoadedBy(args); // the first reading may check the files
      expect(packagesLoadedBy(args)).not.toContain(SCHEMAS);
    },
  );

  it('desk show, and a write', () => {
    expect(packagesLoadedBy(['show', id]).filter((p) => SENDING_AND_DOCUMENTS.includes(p))).toEqual([]);
    expect(packagesLoadedBy(['show', id])).not.toContain(SCHEMAS);
    const write = packagesLoadedBy(['comment', id, '-m', 'Kunde informiert']);
    expect(write.filter((p) => SENDING_AND_DOCUMENTS.includes(p))).toEqual([]);
  });
});
