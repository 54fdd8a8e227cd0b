// Files of the helpdesk edited by hand or planted: each problem is named by its file (and field,
// line or byte), never an "unexpected error", never followed out of the helpdesk, never replaced
// silently. desk runs in-process against real temporary git repositories.
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { at, billing, invoiceHelpdesk } from '../invoice/helpers.js';

const BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`;

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const commit = (message: string) => {
  hd.git('add', '-A');
  hd.git('commit', '-qm', message);
};

describe('YAML alias bombs', () => {
  it('in a ticket, a customer file and desk.yaml: show, customer show and check name the file', async () => {
    hd = helpdesk();
    const id = await openTicket(hd);
    const file = ticketFile(id);
    hd.write(file, `${hd.read(file)}${BOMB}`);
    hd.write('contracts/bomb.yaml', `id: bomb\nname: Bomb GmbH\n${BOMB}`);
    commit('alias bombs, by hand');

    const show = await hd.desk(['show', id]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(`desk: ${file}: (yaml): its aliases (*name) expand to more than 100 copies`);
    const customer = await hd.desk(['customer', 'show', 'bomb']);
    expect(customer.code).toBe(2);
    expect(customer.stderr).toContain('desk: contracts/bomb.yaml: (yaml): its aliases');
    const list = await hd.desk(['list']);
    expect(list.code).toBe(0);
    expect(list.stderr).toContain(`skipped ${file}: (yaml): its aliases`);
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('contracts/bomb.yaml: (yaml): its aliases');
    expect(check.stdout).toContain(`${file}: (yaml): its aliases`);
    for (const r of [show, customer, list, check]) expect(r.stderr).not.toContain('unexpected error');

    hd.write('desk.yaml', `${hd.read('desk.yaml')}${BOMB}`);
    commit('and desk.yaml');
    const any = await hd.desk(['list']);
    expect(any.code).toBe(2);
    expect(any.stderr).toContain('desk: desk.yaml: (yaml): its aliases');
    const check2 = await hd.desk(['check']);
    expect(check2.stdout).toContain('desk.yaml: (yaml): its aliases');
  });

  it('an alias bomb in an article names the article', async () => {
    hd = helpdesk({ 'kb/bombe.md': `---\ntitle: Bombe\n${BOMB}---\nText\n` });
    const check = await hd.desk(['check']);
    expect(check.stdout).toContain('kb/bombe.md: front matter: line 1: its aliases');
    expect((await hd.desk(['kb', 'show', 'bombe'])).stderr).toContain('kb/bombe.md: front matter');
  });
});

describe('links and files that are not files', () => {
  it('a ticket linked to /etc/passwd is refused by its path, never read', async () => {
    hd = helpdesk();
    const good = await openTicket(hd);
    const planted = `T-${good.slice(2, 6)}ZZZZZZZZ`;
    symlinkSync('/etc/passwd', join(hd.root, ticketFile(planted)));
    commit('a link');
    const list = await hd.desk(['list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((t: { id: string }) => t.id)).toEqual([good]);
    expect(list.stderr).toContain(`skipped ${ticketFile(planted)}: (file): is a symbolic link`);
    expect(list.stderr).not.toContain('root:');
    const show = await hd.desk(['show', planted]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(`desk: ${ticketFile(planted)}: is a symbolic link`);
    expect(show.stderr).not.toContain('root:');
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`${ticketFile(planted)}: (file): is a symbolic link`);
    expect(check.stdout).not.toContain('root:');
  });

  it('a linked customer file, article and desk.yaml are refused the same way', async () => {
    hd = helpdesk({ 'kb/.keep': '' });
    symlinkSync('/etc/passwd', join(hd.root, 'contracts/passwd.yaml'));
    symlinkSync('/etc/hostname', join(hd.root, 'kb/hostname.md'));
    commit('links');
    const check = await hd.desk(['check']);
    expect(check.stdout).toContain('contracts/passwd.yaml: (file): is a symbolic link');
    expect(check.stdout).toContain('kb/hostname.md: (file): is a symbolic link');
    expect((await hd.desk(['customer', 'show', 'passwd'])).stderr).toContain(
      'desk: contracts/passwd.yaml: (file): is a symbolic link',
    );
    writeFileSync(join(hd.root, 'real.yaml'), hd.read('desk.yaml'));
    hd.git('rm', '-q', 'desk.yaml');
    symlinkSync('real.yaml', join(hd.root, 'desk.yaml'));
    commit('desk.yaml as a link');
    const any = await hd.desk(['list']);
    expect(any.code).toBe(2);
    expect(any.stderr).toContain('desk: desk.yaml: is a symbolic link');
  });

  it('a tickets folder that is a link is refused, not followed', async () => {
    hd = helpdesk();
    await openTicket(hd);
    execFileSync('mv', [join(hd.root, 'tickets'), join(hd.root, 'elsewhere')]);
    symlinkSync('elsewhere', join(hd.root, 'tickets'));
    const list = await hd.desk(['list']);
    expect(list.stderr).toContain('skipped tickets: (file): is a symbolic link, not a folder of the helpdesk');
    expect((await hd.desk(['check'])).stdout).toContain('tickets: (file): is a symbolic link, not a folder');
  });

  it('a named pipe in tickets/ is refused at once instead of hanging the command', async () => {
    hd = helpdesk();
    const good = await openTicket(hd);
    const pipe = `T-${good.slice(2, 6)}PPPPPPPP`;
    execFileSync('mkfifo', [join(hd.root, ticketFile(pipe))]);
    const list = await hd.desk(['list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((t: { id: string }) => t.id)).toEqual([good]);
    const show = await hd.desk(['show', pipe]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(`desk: ${ticketFile(pipe)}: is not a regular file (a named pipe)`);
    const check = await hd.desk(['check']);
    expect(check.stdout).toContain(`${ticketFile(pipe)}: (file): is not a regular file`);
  });
});

describe('invalid UTF-8', () => {
  it('is reported with the file and the byte where it starts, never replaced', async () => {
    hd = helpdesk();
    const id = await openTicket(hd);
    const file = ticketFile(id);
    const text = hd.read(file);
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Drucker')));
    writeFileSync(
      join(hd.root, file),
      Buffer.concat([
        Buffer.from(text.slice(0, text.indexOf('Drucker'))),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(text.slice(text.indexOf('Drucker'))),
      ]),
    );
    writeFileSync(join(hd.root, 'contracts/latin1.yaml'), Buffer.from('id: latin1\nname: M\xfcller GmbH\n', 'latin1'));
    commit('bytes that are not UTF-8');
    const show = await hd.desk(['show', id]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(`desk: ${file}: is not valid UTF-8 at byte ${at}`);
    expect(show.stderr).toContain('hint: save the file as UTF-8');
    const check = await hd.desk(['check']);
    expect(check.stdout).toContain(`${file}: (file): is not valid UTF-8 at byte ${at}`);
    expect(check.stdout).toContain('contracts/latin1.yaml: (file): is not valid UTF-8 at byte 18');
    expect(snapshot(hd)).toContain(hd.git('rev-parse', 'HEAD')); // nothing was rewritten
    expect(hd.git('status', '--porcelain')).toBe('');
  });
});

describe('local times that do not exist', () => {
  it('open --received-at in the hour skipped in spring is refused with the two valid readings', async () => {
    hd = helpdesk();
    const before = snapshot(hd);
    const r = await hd.desk(
      ['open', '-c', 'acme', '--channel', 'phone', '-t', 'Nachts', '--received-at', '2026-03-29 02:30'],
      { env: { DESK_NOW: '2026-04-01T10:00:00+02:00' } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('desk: --received-at: 2026-03-29 02:30 does not exist in Europe/Berlin');
    expect(r.stderr).toContain('2026-03-29 01:30 (+01:00) or 2026-03-29 03:30 (+02:00)');
    expect(snapshot(hd)).toBe(before);
    const ok = await hd.ok(
      ['open', '-c', 'acme', '--channel', 'phone', '-t', 'Nachts', '--received-at', '2026-03-29 03:30', '--json'],
      { env: { DESK_NOW: '2026-04-01T10:00:00+02:00' } },
    );
    expect(hd.read(ticketFile(JSON.parse(ok).id))).toContain('receivedAt: "2026-03-29T03:30:00+02:00"');
  });
});

describe('days and instants that do not exist, written by hand', () => {
  const logged = async () => {
    hd = invoiceHelpdesk();
    const id = await openTicket(hd, ['--received-at', '2026-10-01 08:00'], at('2026-10-30'));
    await hd.ok(['log', id, '7:40', '--activity', 'remote-session', '--on', '2026-10-20'], { env: at('2026-10-30') });
    return id;
  };

  it('a time entry on 2026-10-32 is refused by check, show, list and the invoice run, never left unbilled', async () => {
    const id = await logged();
    hd.write(ticketFile(id), hd.read(ticketFile(id)).replace('on: 2026-10-20', 'on: 2026-10-32'));
    commit('a typo in the day of a time entry');
    const problem = `${ticketFile(id)}: events[1].on: "2026-10-32" is not a date`;
    const check = await hd.desk(['check']);
    expect(check.code).not.toBe(0);
    expect(check.stdout + check.stderr).toContain(problem);
    const show = await hd.desk(['show', id]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(problem);
    const list = await hd.desk(['list', '--all']);
    expect(list.stdout).not.toContain(id);
    expect(list.stderr).toContain(ticketFile(id));
    const before = snapshot(hd);
    const run = await hd.desk(['invoice', 'run', '--date', '2026-11-02'], { env: billing('2026-11-02') });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(ticketFile(id));
    expect(snapshot(hd)).toBe(before);
  });

  it('a day that does not exist is refused in every file that keeps days', async () => {
    const id = await logged();
    hd.write(ticketFile(id), hd.read(ticketFile(id)).replace('on: 2026-10-20', 'on: 2026-02-30'));
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace('start: 2026-01-01', 'start: 2026-04-31'));
    commit('days that do not exist');
    const check = await hd.desk(['check']);
    const out = check.stdout + check.stderr;
    expect(out).toContain(`${ticketFile(id)}: events[1].on: "2026-02-30" is not a date`);
    expect(out).toContain('contracts/acme.yaml: contracts[0].start: "2026-04-31" is not a date');
  });

  it('an event recorded at an instant that does not exist is refused, not moved to another day', async () => {
    const id = await logged();
    const text = hd.read(ticketFile(id));
    const at0 = /at: "?([^"\n]+)"?/.exec(text)![1]!;
    hd.write(ticketFile(id), text.replace(at0, '2026-02-30T08:48:30+01:00'));
    commit('an instant that does not exist');
    const show = await hd.desk(['show', id]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(`${ticketFile(id)}: events[0].at: "2026-02-30T08:48:30+01:00" is not an instant`);
  });
});

describe('typed days and instants that do not exist', () => {
  const NOW = { DESK_NOW: '2026-11-26T10:00:00+01:00' };
  const open = ['open', '-c', 'acme', '--channel', 'phone', '-t', 'Anruf'];

  it('--received-at with an offset is checked to exist, in open and in edit', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, [], NOW);
    const before = snapshot(hd);
    for (const args of [
      [...open, '--received-at', '2026-02-30T10:00Z'],
      ['edit', id, '--received-at', '2026-02-30T10:00Z'],
    ]) {
      const r = await hd.desk(args, { env: NOW });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('desk: --received-at: "2026-02-30T10:00Z" is not a real date and time');
      expect(r.stderr).toContain('hint: write it like 2026-11-20 15:30 (company time) or 2026-11-20T15:30:00+01:00');
    }
    for (const t of ['2026-11-20T24:30+01:00', '2026-11-20T10:00+25:00']) {
      const r = await hd.desk([...open, '--received-at', t], { env: NOW });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`desk: --received-at: "${t}" is not a real date and time`);
    }
    const ancient = await hd.desk([...open, '--received-at', '0050-01-01 10:00'], { env: NOW });
    expect(ancient.code).toBe(2);
    expect(ancient.stderr).toContain(
      'desk: --received-at: "0050-01-01 10:00" is outside the years desk takes (1970 to 9999)',
    );
    expect(snapshot(hd)).toBe(before);
  });

  it('DESK_NOW takes only an ISO instant with offset that exists, and says so in one line', async () => {
    hd = helpdesk();
    const before = snapshot(hd);
    for (const value of [
      '0',
      '-1',
      '2026',
      'Nov 20 2026',
      '2026-02-30T10:00:00+01:00',
      '2026-11-20 15:30',
      '0001-01-01T00:00Z',
    ]) {
      const r = await hd.desk(open, { env: { DESK_NOW: value } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`desk: DESK_NOW: "${value}" is not an ISO instant`);
    }
    expect(snapshot(hd)).toBe(before);
    const ok = await hd.ok([...open, '--json'], { env: { DESK_NOW: '2026-11-20T15:30:00-05:00' } });
    expect(hd.read(ticketFile(JSON.parse(ok).id))).toContain('receivedAt: "2026-11-20T21:30:00+01:00"');
  });

  it('report --as-of refuses an instant that does not exist and a year out of range', async () => {
    hd = helpdesk();
    const bad = {
      '2026-02-30T10:00Z': '--as-of: "2026-02-30T10:00Z" is not a real date and time',
      '0001-01-01': '--as-of: "0001-01-01" is outside the years desk takes (1970 to 9999)',
      '0001-01-01 10:00': '--as-of: "0001-01-01 10:00" is outside the years desk takes (1970 to 9999)',
    };
    for (const [value, said] of Object.entries(bad)) {
      const r = await hd.desk(['report', 'sla', '--as-of', value], { env: { ...NOW, DESK_USER: 'ak' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`desk: ${said}`);
    }
  });

  it('log --on and other typed days refuse a year out of range', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, [], NOW);
    const r = await hd.desk(['log', id, '10m', '--on', '0050-01-01'], { env: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('desk: --on: "0050-01-01" is outside the years desk takes (1970 to 9999)');
  });

  it('usage --period refuses a year out of range as a usage error naming --period', async () => {
    hd = helpdesk();
    for (const period of ['9999', '0000', '0050', '9999-12', '1969-Q4']) {
      const r = await hd.desk(['usage', 'acme', '--period', period], { env: NOW });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`desk: --period: "${period}" is outside the years desk takes (1970 to 9998)`);
    }
  });

  it('wait --until a day that does not exist says it is not a date', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, ['--category', 'question', '--priority', 'normal'], NOW);
    const before = snapshot(hd);
    const r = await hd.desk(['wait', id, '--until', '2026-02-30'], { env: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('desk: --until: "2026-02-30" is not a date');
    expect(snapshot(hd)).toBe(before);
  });
});
