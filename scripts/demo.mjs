#!/usr/bin/env node
// The demo: copies the sample helpdesk into a temporary git repository and walks one ticket
// through its life there, printing each desk command before running it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const repo = resolve(import.meta.dirname, '..');
const desk = join(repo, 'bin', 'desk.js');
const dir = mkdtempSync(join(tmpdir(), 'desk-demo-'));
for (const part of ['desk.yaml', 'contracts', 'tickets', 'kb', 'invoices', '.gitattributes']) {
  if (existsSync(join(repo, part))) cpSync(join(repo, part), join(dir, part), { recursive: true });
}
// as `desk init` writes it: the caches in .desk/ are never committed
writeFileSync(join(dir, '.gitignore'), '# derived caches and indexes, always safe to delete\n.desk/\n');
const quiet = { cwd: dir, stdio: 'ignore' };
execFileSync('git', ['init', '-q', '-b', 'main'], quiet);
execFileSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.invalid', 'add', '-A'], quiet);
execFileSync(
  'git',
  ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.invalid', 'commit', '-qm', 'The sample helpdesk'],
  quiet,
);

const config = parse(readFileSync(join(dir, 'desk.yaml'), 'utf8'));
const withRole = (role) => config.staff.find((s) => s.roles.includes(role))?.id;
const firstLevel = withRole('first-level');
const secondLevel = withRole('second-level');
const manager = withRole('manager'); // payments, invoices and reminders are the manager's (docs/roles.md)

const bold = (s) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s);
/** `where`: run in another folder (`prompt` shown before the $) with more environment (shown too). */
function step(title, args, as = firstLevel, where = {}) {
  const env = Object.entries(where.env ?? {})
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  console.log(
    `\n${bold(`# ${title}`)}\n${where.prompt ?? ''}$ ${as ? `DESK_USER=${as} ` : ''}${env}desk ${args.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ')}`,
  );
  return execFileSync(process.execPath, [desk, ...args], {
    cwd: where.cwd ?? dir,
    env: { ...process.env, DESK_USER: as ?? '', ...where.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}
const show = (title, args, as, where) => process.stdout.write(step(title, args, as, where));

console.log(`A copy of the sample helpdesk in ${dir} (a git repository of its own).`);
show('The morning: resolved tickets nobody answered for 10 business days close as accepted by silence', [
  'housekeeping',
]);
const call = JSON.parse(
  step('A customer calls and First Level fixes it on the spot: opening it while talking is the reaction', [
    'open',
    '--customer',
    'bergmann',
    '--channel',
    'phone',
    '--contact',
    'Thomas Bergmann',
    '--title',
    'Passwort für die Zeiterfassung vergessen',
    '--category',
    'question',
    '--priority',
    'normal',
    '--json',
  ]),
).short;
show('Solved during the call', ['resolve', call, '--solution', 'Passwort zurückgesetzt, Anmeldung am Telefon geprüft']);
show('The customer confirms on the phone', ['close', call, '--accepted-by', 'Thomas Bergmann']);
console.log(step('Reacted at once, met for good', ['show', call]).split('\n').slice(0, 10).join('\n'));
// the mail came in an hour ago, so the work session below (started 50 minutes ago) begins after it on any clock
const opened = JSON.parse(
  step(
    'A customer wrote an hour ago: First Level records the request (the clock pinned with DESK_NOW)',
    [
      'open',
      '--customer',
      'acme',
      '--channel',
      'e-mail',
      '--contact',
      'Sabine Vogt',
      '--title',
      'Lohnexport bricht mit Fehler ab',
      '--description',
      'Seit dem Update bricht der Export an die Buchhaltung mit "Ungültiges Datum" ab.',
      '--json',
    ],
    firstLevel,
    { env: { DESK_NOW: new Date(Date.now() - 60 * 60_000).toISOString() } },
  ),
);
const id = opened.short;
console.log(JSON.stringify(opened));
show('Qualify it: category, product, priority (the knowledge base suggests articles; qualifying takes the ticket)', [
  'qualify',
  id,
  '--category',
  'malfunction',
  '--priority',
  'high',
]);
show('Acknowledge receipt: this is the reaction (docs/reaction-times.md)', [
  'reply',
  id,
  '--message',
  'Danke für Ihre Meldung, wir kümmern uns darum.',
]);
const duplicate = JSON.parse(
  step('The same customer writes again about the same problem: a second ticket', [
    'open',
    '--customer',
    'acme',
    '--channel',
    'e-mail',
    '--contact',
    'Sabine Vogt',
    '--title',
    'Export an Buchhaltung geht nicht',
    '--json',
  ]),
).short;
show('Her message in the second ticket', [
  'reply',
  duplicate,
  '--from-customer',
  '--message',
  'Auch der Export vom Oktober bricht jetzt ab.',
]);
show('Merge the duplicate into the first ticket: its messages, time and attachments move there', [
  'merge',
  duplicate,
  id,
]);
show('Not in the knowledge base and needs a developer: escalate to Second Level', [
  'escalate',
  id,
  '--reason',
  'Datumsformat im Export, braucht Analyse im Code',
  '--to',
  secondLevel,
]);

// --- support that speaks first (docs/communication.md) ---
show('Who hears of it: desk notify works out from the files what is due and for whom (a timer runs it)', [
  'notify',
  '--dry-run',
]);
const announcement = join(mkdtempSync(join(tmpdir(), 'desk-demo-text-')), 'wartung.txt');
writeFileSync(
  announcement,
  `--- de
Betreff: Wartung {{products}} am Samstag, 12. Dezember
{{greeting}},

am Samstag, 12. Dezember, spielen wir von 8 bis 12 Uhr ein Update auf die Server für {{products}} ein.
In dieser Zeit ist {{products}} für {{customer}} nicht erreichbar. Unsere Servicezeiten: {{serviceHours}}.

Ihr Support-Team
{{company}}
--- en
Subject: Maintenance of {{products}} on Saturday, 12 December
{{greeting}},

on Saturday, 12 December, we update the servers of {{products}} from 8 am to noon (CET).
{{products}} will not be available to {{customer}} during that time. Our service hours: {{serviceHours}}.

Your support team
{{company}}
`,
);
show(
  'An announcement to every customer of a product, each contact in their language (a dry run: nothing is sent)',
  [
    'announce',
    '--subject',
    'Wartung Lohn & Gehalt',
    '--file',
    announcement,
    '--product',
    'lohn',
    '--role',
    'IT',
    '--dry-run',
  ],
  manager,
);
// --- end support that speaks first ---

// Second Level works in the product's code repository; `git config desk.repo` points desk at the helpdesk
const code = join(mkdtempSync(join(tmpdir(), 'desk-demo-code-')), 'lohn-app');
const developer = config.staff.find((s) => s.id === secondLevel);
const inCode = (...args) =>
  execFileSync('git', ['-c', `user.name=${developer.name}`, '-c', `user.email=${developer.email}`, ...args], {
    cwd: code,
    stdio: 'ignore',
  });
mkdirSync(join(code, 'src'), { recursive: true });
writeFileSync(join(code, 'src', 'export.ts'), 'export const leavingDate = (d: string) => new Date(d);\n');
inCode('init', '-q', '-b', 'main');
inCode('add', '-A');
inCode('commit', '-qm', 'Lohnexport: Datumsfelder');
inCode('config', 'desk.repo', dir);
const there = { cwd: code, prompt: 'lohn-app ' };
console.log(`\nA code repository in ${code}, with \`git config desk.repo ${dir}\`.`);
show('Second Level, in the code repository: the queue at Second Level', ['queue'], secondLevel, there);
show(
  'A work session on the ticket (started 50 minutes ago: the clock pinned with DESK_NOW)',
  ['start', id, '--activity', 'analysis'],
  secondLevel,
  { ...there, env: { DESK_NOW: new Date(Date.now() - 50 * 60_000).toISOString() } },
);
writeFileSync(
  join(code, 'src', 'export.ts'),
  'export const leavingDate = (d: string) => (d ? new Date(d) : undefined);\n',
);
inCode('commit', '-qam', `Leeres Austrittsdatum im Export abfangen\n\nTicket: ${id}`);
console.log(
  `\n${bold('# The fix, committed in the code repository')}\nlohn-app $ git commit -am "Leeres Austrittsdatum im Export abfangen" -m "Ticket: ${id}"`,
);
show('Link the commits whose message names the ticket', ['link', id, '--scan'], secondLevel, there);
show('A second scan links nothing twice', ['link', id, '--scan'], secondLevel, there);
show(
  'Stop the session: it becomes a time entry',
  ['stop', '-m', 'Datumsparser analysiert und korrigiert'],
  secondLevel,
  there,
);
show(
  'Second Level analyses and logs the time',
  ['log', id, '1h30m', '--activity', 'analysis', '--message', 'Export-Logs und Datumsparser geprüft'],
  secondLevel,
);
show(
  'Second Level answers the customer',
  ['reply', id, '--message', 'Ursache gefunden: ein leeres Austrittsdatum. Korrektur ist eingespielt.'],
  secondLevel,
);
show(
  'Second Level resolves the ticket',
  ['resolve', id, '--solution', 'Leeres Austrittsdatum abgefangen; Export läuft wieder.'],
  secondLevel,
);
show(
  'Second Level writes the solution down for First Level: an article drafted from the ticket',
  ['kb', 'new', '--from-ticket', id, '--title', 'Lohnexport: Fehler „Ungültiges Datum“ bei leerem Austrittsdatum'],
  secondLevel,
);
show('Next time, First Level finds it', ['kb', 'search', 'Export Datum ungültig', '--limit', '3']);
// the help center: the customer articles as a static site, and a link to one in a reply
const site = join(dir, '..', `${dir.split('/').pop()}-hilfe`);
show('The customer articles as a help center: a static site with search, for any web server', [
  'kb',
  'publish',
  '--out',
  site,
]);
show('First Level sends the customer a link to a help-center article', [
  'reply',
  id,
  '-m',
  'Bis zur Korrektur hilft diese Anleitung zu Umlauten im Export:',
  '--kb',
  'export-zeichensatz-strasse',
]);
show(
  'Second Level hands it back to First Level for the final word',
  ['return', id, '--note', 'Bitte Abnahme beim Kunden einholen'],
  secondLevel,
);
show("First Level's queue: the returned ticket is there, with the day it closes by silence", ['queue']);
show("First Level closes it on the customer's acceptance", ['close', id, '--accepted-by', 'Sabine Vogt']);
show('The whole story of the ticket', ['show', id]);
show('What else is open at acme', ['list', '--customer', 'acme']);
console.log(
  `\n${bold('# Every step is a git commit, authored by the person who did it')}\n$ git log --format='%h %an: %s' -12`,
);
console.log(execFileSync('git', ['log', '--format=%h %an: %s', '-12'], { cwd: dir, encoding: 'utf8' }));
show('What the customer used this month (Auslastung)', ['usage', 'acme']);
const today = new Date();
const nextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
show("What the next invoice run would bill ACME: settlement of this month, next month's fee (nothing is written)", [
  'invoice',
  'run',
  '--date',
  nextMonth,
  '--customer',
  'acme',
  '--dry-run',
]);
show('Which invoices are open at acme (fees are paid in advance)', ['invoice', 'list', '--customer', 'acme', '--open']);
// the bank's statement as online banking exports it (CAMT.053): ACME pays the October fee, someone else pays something unknown
const iban = config.company.bank.iban;
const entry = (ref, amount, payer, text) => `
      <Ntry><NtryRef>${ref}</NtryRef><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-10-14</Dt></BookgDt><ValDt><Dt>2026-10-14</Dt></ValDt><AcctSvcrRef>${ref}</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Nm>${payer}</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>${text}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
writeFileSync(
  join(dir, 'kontoauszug-2026-10-14.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
  <GrpHdr><MsgId>DEMO-0001</MsgId><CreDtTm>2026-10-15T06:00:00+02:00</CreDtTm></GrpHdr>
  <Stmt><Id>DEMO-0001</Id><CreDtTm>2026-10-15T06:00:00+02:00</CreDtTm><Acct><Id><IBAN>${iban}</IBAN></Id></Acct>${entry('DEMO-1', '1428.00', 'ACME Maschinenbau GmbH', 'RE-2026-0066 Servicepauschale Oktober')}${entry('DEMO-2', '49.90', 'Max Mustermann', 'Mitgliedsbeitrag')}
  </Stmt></BkToCstmrStmt></Document>
`,
);
console.log(`\n${bold('# The bank statement of 14 October arrives as CAMT.053 (kontoauszug-2026-10-14.xml)')}`);
show(
  'The manager imports it: payments matched by the invoice number in the remittance information, the rest listed',
  ['payment', 'import', 'kontoauszug-2026-10-14.xml'],
  manager,
);
show('Importing it again records nothing twice', ['payment', 'import', 'kontoauszug-2026-10-14.xml'], manager);
show("ACME's balance after the payment", ['customer', 'show', 'acme']);
show('How much of its quota each customer uses, the trend, and where this month is heading (Auslastung)', [
  'report',
  'utilization',
]);

// --- mail (docs/email.md): a customer's mail becomes a ticket, the answer is threaded, desk's reply arrives ---
await mailDemo();
async function mailDemo() {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const { readdirSync } = await import('node:fs');
  const port = await new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => done(p));
    });
  });
  const maildir = join(dir, '..', `${dir.split('/').pop()}-maildir`);
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
  const outbox = join(dir, '..', `${dir.split('/').pop()}-sent`);
  // its input is a pipe from here: when the demo ends, however, the sink ends too
  const sink = spawn(
    process.execPath,
    [join(repo, 'scripts', 'mail-sink.mjs'), String(port), outbox, '--until-stdin-closes'],
    { stdio: ['pipe', 'pipe', 'ignore'] },
  );
  await new Promise((r) => sink.stdout.once('data', r));
  try {
    writeFileSync(
      join(dir, 'desk.yaml'),
      `${readFileSync(join(dir, 'desk.yaml'), 'utf8')}
# Mail in and out (docs/email.md): a Maildir as the support mailbox, a local SMTP sink as the server.
mail:
  address: ${config.company.email}
  name: ${config.company.name} Support
  smtp: { host: 127.0.0.1, port: ${port}, security: none }
  sources:
    - name: support
      address: ${config.company.email}
      acknowledge: true
      maildir: ${maildir}
`,
    );
    execFileSync(
      'git',
      ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.invalid', 'commit', '-qam', 'Mail: the support mailbox'],
      quiet,
    );
    console.log(
      `\n${bold('# Mail')}: the support mailbox is the Maildir ${maildir}; sent mail lands in ${outbox} (a local SMTP sink).`,
    );
    const customerMail = [
      'From: "Vogt, Sabine" <s.vogt@acme-antriebstechnik.example>',
      `To: ${config.company.email}`,
      'Subject: =?utf-8?Q?Lieferscheine_werden_nicht_gedruckt?=',
      'Message-ID: <demo-1@acme-antriebstechnik.example>',
      `Date: ${new Date().toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=windows-1252',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Guten Tag,',
      '',
      'seit heute fr=FCh druckt das Lager keine Lieferscheine mehr. Der Druckauftrag',
      'verschwindet ohne Meldung aus der Warteschlange.',
      '',
      'Mit freundlichen Gr=FC=DFen',
      'Sabine Vogt',
      'IT-Leitung',
      'ACME Antriebstechnik GmbH',
      '',
    ].join('\r\n');
    writeFileSync(join(maildir, 'new', 'demo-1.eml'), customerMail);
    console.log(
      `\n${bold('# A customer writes to support')} (as Outlook would send it: Windows-1252, quoted-printable)`,
    );
    const fetched = JSON.parse(
      step(
        'The mailbox becomes tickets: new ticket, acknowledgement sent as the reaction',
        ['mail', 'fetch', '--json'],
        undefined,
      ),
    );
    const mailId = fetched.sources[0].results[0].short;
    console.log(
      `new ticket ${mailId}; acknowledgement: ${fetched.sources[0].acknowledgements.map((a) => a.outcome).join(', ')}`,
    );
    const sent = () =>
      readdirSync(outbox)
        .sort()
        .map((f) => readFileSync(join(outbox, f), 'latin1'));
    // a long header goes on in lines that start with a space (RFC 5322 folding): one line again
    const header = (raw, name) =>
      new RegExp(`^${name}: (.*(?:\r?\n[ \t].*)*)`, 'mi').exec(raw)?.[1].replace(/\r?\n[ \t]+/g, ' ');
    const ack = sent()[0];
    console.log(`The acknowledgement in the customer's mailbox — Subject: ${header(ack, 'Subject')}`);
    writeFileSync(
      join(maildir, 'new', 'demo-2.eml'),
      [
        'From: "Vogt, Sabine" <s.vogt@acme-antriebstechnik.example>',
        `To: ${config.company.email}`,
        `Subject: AW: ${header(ack, 'Subject')}`,
        'Message-ID: <demo-2@acme-antriebstechnik.example>',
        `In-Reply-To: ${header(ack, 'Message-ID')}`,
        `Date: ${new Date().toUTCString()}`,
        '',
        'Nachtrag: es betrifft nur den Drucker im Lager Süd.',
        '',
        'Viele Grüße',
        'Sabine Vogt',
        '',
        `Am ${new Date().toLocaleDateString('de-DE')} schrieb ${config.company.name} Support:`,
        '> vielen Dank für Ihre Nachricht.',
        '',
      ].join('\r\n'),
    );
    show('She answers the acknowledgement: threaded to the ticket by its headers, the quote cut', ['mail', 'fetch']);
    show('First Level answers by mail', [
      'reply',
      mailId,
      '--message',
      'Guten Tag Frau Vogt,\n\nbitte starten Sie den Druckdienst auf dem Lagerrechner neu; danach sollten die Lieferscheine wieder kommen.',
    ]);
    const answer = sent()[1];
    console.log(
      `What arrived at the customer — To: ${header(answer, 'To')}\n  Subject: ${header(answer, 'Subject')}\n  In-Reply-To: ${header(answer, 'In-Reply-To')}`,
    );
    show('The conversation as the customer saw it', ['show', mailId]);
    // --- support that speaks first: a notification for real, through the outbox ---
    show('desk notify from the timer: each notification due goes out once, by mail to the person it is for', [
      'notify',
      '--no-sync',
    ]);
    const notice = sent().find((raw) => /^X-Desk-Notification: /im.test(raw));
    if (notice)
      console.log(
        `In ${/<([^>]+)>/.exec(header(notice, 'To'))?.[1]}'s mailbox — Subject: ${header(notice, 'Subject')}`,
      );
    // --- end support that speaks first ---
  } finally {
    sink.stdin.end();
    sink.kill('SIGTERM');
  }
}
// --- end mail ---

console.log(`\nThe demo helpdesk stays in ${dir}; try more commands there, e.g. DESK_USER=${firstLevel} desk list.`);
console.log(`The help center is in ${site}: open ${join(site, 'de', 'index.html')} in a browser, or serve the folder.`);
