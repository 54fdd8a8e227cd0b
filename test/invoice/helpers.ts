import { STAFF, helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';

/** A seller with everything a legal invoice and a valid XRechnung need. */
export const SELLER = `company:
  name: Nordlicht Software GmbH
  address: { street: Herforder Straße 214, postalCode: "33609", city: Bielefeld, country: DE }
  vatId: DE123456788
  taxNumber: 305/5781/2406
  email: rechnung@nordlicht.example
  phone: +49 521 98765-0
  contactName: Ulrike Rottmann
  bank: { name: Deutsche Kreditbank AG, iban: DE02120300000000202051, bic: BYLADEM1001 }
  legal:
    form: GmbH
    seat: Bielefeld
    registerCourt: Amtsgericht Bielefeld
    registerNumber: HRB 41872
    managingDirectors: [Ulrike Rottmann, Hendrik Sauer]
`;

export const DESK_YAML = `${SELLER}${STAFF}billing:\n  listRate: "130.00"\n`;

/** The docs/domain.md §4 service contract of ACME, in a customer file with what invoices need. */
export const acmeFile = (contracts = ACME_CONTRACT, more = '') => `id: acme
name: ACME Maschinenbau GmbH
address: { street: Industriestraße 4, postalCode: "33602", city: Bielefeld, country: DE }
vatId: DE811234567
invoiceEmail: rechnung@acme.example
projectLead: tb
salesRep: sh
${more}contracts:
${contracts}`;

export const ACME_CONTRACT = `  - kind: service
    start: 2026-01-01
    fee: "1200.00"
    includedHours: 10
    overageRate: "110.00"
    hourlyRate: "120.00"
`;

export const customerFile = (id: string, name: string, address: string, contracts: string, more = '') =>
  `id: ${id}\nname: ${name}\naddress: ${address}\ninvoiceEmail: invoices@${id}.example\nprojectLead: tb\nsalesRep: sh\n${more}contracts:\n${contracts}`;

export function invoiceHelpdesk(files: Record<string, string> = {}): InProcessHelpdesk {
  return helpdesk({ 'desk.yaml': DESK_YAML, 'contracts/acme.yaml': acmeFile(), ...files });
}

/** Pins the clock; runs and logs are dated by it. */
export const at = (day: string) => ({ DESK_NOW: `${day}T12:00:00+01:00` });

/** The same, for what only billing does (invoice run and cancel): Anja Keller, the manager. */
export const billing = (day: string) => ({ ...at(day), DESK_USER: 'ak' });

/** Logs the docs/domain.md §4 October 2026 time of ACME (tickets A–D) and returns the ticket ids. */
export async function logGoldenOctober(
  hd: InProcessHelpdesk,
  customer = 'acme',
): Promise<{ a: string; b: string; c: string; d: string }> {
  const env = at('2026-10-30');
  const open = async (category: string) =>
    await openTicket(
      hd,
      ['--customer', customer, '--category', category, '--priority', 'normal', '--received-at', '2026-10-01 08:00'],
      env,
    );
  const log = async (args: string[], user = 'mk') =>
    await hd.ok(['log', ...args], { env: { ...env, DESK_USER: user } });
  const a = await open('question');
  const b = await open('malfunction');
  const c = await open('malfunction');
  const d = await open('data-problem');
  await log([a, '0:20', '--activity', 'communication', '--on', '2026-10-05']);
  await log([a, '1h05m', '--activity', 'solution', '--on', '2026-10-05']);
  await hd.ok(['escalate', b, '-r', 'Datenbankanalyse nötig'], { env });
  await log([b, '3h', '--activity', 'analysis', '--on', '2026-10-06'], 'jb');
  await log([b, '2h', '--activity', 'analysis', '--on', '2026-10-07'], 'jb');
  await log([c, '7:40', '--activity', 'remote-session', '--on', '2026-10-08']);
  await log([d, '70m', '--activity', 'solution', '--on', '2026-10-09']);
  return { a, b, c, d };
}

export { STAFF };
