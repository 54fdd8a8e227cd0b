import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtDesk } from '../helpers/built.js';
import { cleanEnv, helpdesk, STAFF, type InProcessHelpdesk } from '../helpers/helpdesk.js';

export const CORPUS = join(import.meta.dirname, 'corpus');

/** A corpus message with its placeholders filled: the ticket id a reply names, the message it answers. */
export function corpus(name: string, vars: { TICKET?: string; IN_REPLY_TO?: string } = {}): Buffer {
  let text = readFileSync(join(CORPUS, name), 'latin1');
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{{${k}}}`, v);
  return Buffer.from(text, 'latin1');
}

export const ACME_MAIL = `id: acme
name: ACME Maschinenbau GmbH
language: de
emailDomains: [acme.example]
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example, role: IT-Leitung }
  - { name: Jörg Henning, email: j.henning@acme.example, role: Lagerleitung }
projectLead: tb
salesRep: sh
contracts:
  - kind: service
    start: 2026-01-01
    fee: "1200.00"
    includedHours: 10
    overageRate: "110.00"
    hourlyRate: "120.00"
    reactionTimes: 4h
`;

export const SEELAND = `id: seeland
name: Seeland Logistics Ltd
language: en
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example }
contracts:
  - { kind: none, start: 2026-01-01, hourlyRate: "130.00" }
`;

export interface MailSettings {
  smtpPort?: number;
  sources?: string;
  extra?: string;
}

/** desk.yaml with a mail section pointing at the test servers. */
export function mailDeskYaml(s: MailSettings = {}): string {
  return `company:
  name: Nordlicht Software GmbH
  phone: "+49 251 000000"
${STAFF.replace('roles: [first-level] }', 'roles: [first-level], signature: "Miriam Krause\\nNordlicht Software GmbH – Support" }')}products:
  - { id: lohn, name: Lohn & Gehalt, modules: [export, meldewesen] }
mail:
  address: support@lutterbach-software.example
  name: Nordlicht Support
${s.smtpPort ? `  smtp: { host: 127.0.0.1, port: ${s.smtpPort}, security: none }\n` : ''}${s.sources ?? ''}${s.extra ?? ''}`;
}

/**
 * A helpdesk with the mail settings, desk run in-process: the servers of the test answer while
 * desk talks to them. A run that must crash or be killed is a process: deskAsync.
 */
export function mailHelpdesk(s: MailSettings = {}, files: Record<string, string> = {}): InProcessHelpdesk {
  return helpdesk({
    'desk.yaml': mailDeskYaml(s),
    'contracts/acme.yaml': ACME_MAIL,
    'contracts/seeland.yaml': SEELAND,
    ...files,
  });
}

type Shown = { state: Record<string, unknown>; events: Record<string, unknown>[] };

/** The ticket files' parsed JSON view through desk show --json. */
export async function showJson(hd: InProcessHelpdesk, id: string): Promise<Shown> {
  return JSON.parse(await hd.ok(['show', id, '--json'])) as Shown;
}

/**
 * Runs the built desk as a process (for a crash or a kill) in a helpdesk's folder, without
 * blocking this process: the SMTP server of the test lives here and must answer while desk
 * sends (spawnSync would leave it deaf).
 */
export function deskAsync(
  hd: { root: string },
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [builtDesk(), ...args], {
      cwd: opts.cwd ?? hd.root,
      env: cleanEnv({ DESK_USER: 'mk', ...opts.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** Same, failing the test with desk's error when it fails. */
export async function deskOk(
  hd: { root: string },
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<string> {
  const r = await deskAsync(hd, args, opts);
  if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}
