import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeFile, billing, DESK_YAML } from '../invoice/helpers.js';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { uncatalogued, visible } from './marks.js';

/**
 * What keeps an invoice run from issuing, a cancellation reason an e-invoice cannot carry and a
 * bank statement desk cannot read, in the reader's language.
 */
const DATA = `desk yaml company phone contracts acme address invoiceEmail reason statement camt xml
  Document BkToCstmrStmt Stmt`;

const WORDS = {
  de: {
    phone: 'desk.yaml: company.phone: fehlt — die Telefonnummer des Ansprechpartners beim Verkäufer (BR-DE-6)',
    email:
      'contracts/acme.yaml: invoiceEmail: fehlt — wohin die E-Rechnung geht, die elektronische Adresse des Käufers (BT-49)',
    reason: '--reason: enthält das Zeichen U+0007 an Position 7, das eine E-Rechnung (XML) nicht tragen kann',
    statement: 'statement.xml: enthält keinen Kontoauszug (Document/BkToCstmrStmt/Stmt)',
  },
  en: {
    phone: 'desk.yaml: company.phone: missing — the seller contact telephone number (BR-DE-6)',
    email:
      "contracts/acme.yaml: invoiceEmail: missing — where the e-invoice goes, the buyer's electronic address (BT-49)",
    reason: '--reason: has the character U+0007 at position 7, which an e-invoice (XML) cannot carry; remove it',
    statement: 'statement.xml: no statement (Document/BkToCstmrStmt/Stmt) in it',
  },
} as const;

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());
const folder = tempFolders('desk-i18n-');

describe.each(['de', 'en'] as const)('invoice and statement problems in %s', (lang) => {
  const words = WORDS[lang];
  const said: string[] = [];
  const run = async (args: string[]) => {
    const r = await hd.desk(args, { env: { ...billing('2026-11-01'), DESK_LANG: lang, DESK_I18N_MARK: '1' } });
    said.push(r.stderr);
    return { code: r.code, err: visible(r.stderr) };
  };

  it('names what is missing, what an e-invoice cannot carry and why a statement is unreadable', async () => {
    hd = helpdesk({
      'desk.yaml': DESK_YAML.replace(/ {2}phone: .*\n/, ''),
      'contracts/acme.yaml': acmeFile().replace(/invoiceEmail: .*\n/, ''),
    });
    const run1 = await run(['invoice', 'run', '--date', '2026-11-01']);
    expect(run1.code).toBe(2);
    expect(run1.err).toContain(words.phone);
    expect(run1.err).toContain(words.email);

    const cancel = await run(['invoice', 'cancel', 'RE-2026-0001', '--reason', 'Fehler\u0007']);
    expect(cancel.code).toBe(2);
    expect(cancel.err).toContain(words.reason);

    const dir = folder();
    writeFileSync(join(dir, 'statement.xml'), '<Document><BkToCstmrStmt></BkToCstmrStmt></Document>\n');
    const imported = await hd.desk(['payment', 'import', 'statement.xml'], {
      cwd: dir,
      env: { ...billing('2026-11-01'), DESK_LANG: lang, DESK_I18N_MARK: '1', DESK_REPO: hd.root },
    });
    said.push(imported.stderr);
    expect(imported.code).toBe(2);
    expect(visible(imported.stderr)).toContain(words.statement);
    expect(said.flatMap((s) => uncatalogued(s, DATA))).toEqual([]);
  });
});

const LEGAL = {
  de: {
    seat: 'desk.yaml: company.legal.seat: fehlt — der Sitz der Gesellschaft (§ 35a GmbHG)',
    number: 'desk.yaml: company.legal.registerNumber: fehlt — die Registernummer, z. B. „HRB 18234“ (§ 35a GmbHG)',
    format: 'desk.yaml: invoices.numberFormat: "RE-{seq:4}" braucht {year}: die Nummern laufen je Jahr',
  },
  en: {
    seat: 'desk.yaml: company.legal.seat: missing — the registered office (§ 35a GmbHG)',
    number: 'desk.yaml: company.legal.registerNumber: missing — the register number, e.g. "HRB 18234" (§ 35a GmbHG)',
    format: 'desk.yaml: invoices.numberFormat: "RE-{seq:4}" needs {year}: numbers run per year',
  },
} as const;

describe.each(['de', 'en'] as const)('the legal details and the number format an invoice run needs, in %s', (lang) => {
  it('names them in the reader’s language in desk invoice run and desk check; --json keeps the English', async () => {
    hd = helpdesk({
      'desk.yaml': `${DESK_YAML.replace('    seat: Bielefeld\n', '').replace('    registerNumber: HRB 41872\n', '')}invoices:\n  numberFormat: "RE-{seq:4}"\n`,
      'contracts/acme.yaml': acmeFile(),
    });
    const env = { ...billing('2026-11-01'), DESK_LANG: lang, DESK_I18N_MARK: '1' };
    const r = await hd.desk(['invoice', 'run', '--date', '2026-11-01'], { env });
    expect(r.code).toBe(2);
    for (const line of Object.values(LEGAL[lang])) expect(visible(r.stderr)).toContain(line);
    const check = await hd.desk(['check'], { env });
    expect(visible(check.stdout)).toContain(LEGAL[lang].seat);
    expect(visible(check.stdout)).toContain(LEGAL[lang].number);
    const json = (await hd.desk(['check', '--json'], { env })).stdout;
    expect(json).toContain('missing — the registered office (§ 35a GmbHG)');
  });
});
