import { inProcessCopy, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { acmeFile, billing, customerFile, DESK_YAML, invoiceHelpdesk } from '../invoice/helpers.js';

/** Pins the clock, with the manager acting: invoices, payments and dunning are the bookkeeping's (docs/roles.md). */
export const at = billing;

const contract = (fee: string) =>
  `  - { kind: service, start: 2026-11-01, fee: "${fee}", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }\n`;

/**
 * Three customers billed on 1 November 2026 (due on the 15th): ACME RE-2026-0001 1,428.00,
 * Dorn RE-2026-0002 595.00, Seeland (Switzerland, no VAT) RE-2026-0003 1,200.00.
 */
export async function billedHelpdesk(deskYaml = '', debtors = false): Promise<InProcessHelpdesk> {
  const key = JSON.stringify([deskYaml, debtors]);
  let template = billed.get(key);
  if (!template) {
    template = (await billNow(deskYaml, debtors)).root;
    billed.set(key, template);
  }
  return inProcessCopy(template);
}

/**
 * The billed helpdesks made so far, by their desk.yaml: an invoice run writes three PDFs and
 * their e-invoices, seconds on a busy machine, the same for every test that starts from it. The
 * originals stay untouched in the run's temporary folder (test/setup/scratch.ts); each test works
 * in its copy.
 */
const billed = new Map<string, string>();

async function billNow(deskYaml: string, debtors: boolean): Promise<InProcessHelpdesk> {
  const debtor = (n: number) => (debtors ? `debtorNumber: ${n}\n` : '');
  const hd = invoiceHelpdesk({
    'desk.yaml': `${DESK_YAML}${deskYaml}`,
    'contracts/acme.yaml': acmeFile(contract('1200.00'), debtor(10001)),
    'contracts/dorn.yaml': customerFile(
      'dorn',
      'Dorn Haustechnik GmbH',
      '{ street: Am Kanal 3, postalCode: "48155", city: Münster, country: DE }',
      contract('500.00'),
      `invoiceLanguage: de\n${debtor(10002)}`,
    ),
    'contracts/seeland.yaml': customerFile(
      'seeland',
      'Seeland Präzisionstechnik AG',
      '{ street: Bözingenstrasse 112, postalCode: "2502", city: Biel/Bienne, country: CH }',
      contract('1200.00'),
      `invoiceLanguage: en\n${debtor(10003)}`,
    ),
  });
  await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: at('2026-11-01') });
  return hd;
}

export const json = async (hd: InProcessHelpdesk, args: string[], day = '2026-11-20') =>
  JSON.parse(await hd.ok([...args, '--json'], { env: at(day) }));
