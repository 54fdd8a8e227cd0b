import { describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { notifyDeskYaml } from './fixtures.js';

/** Reports by mail to the customer's people and the weekly digest, against a real SMTP server. */
let hd: InProcessHelpdesk | undefined;
const { smtp } = smtpTestServers({
  afterEach: () => {
    hd?.cleanup();
    hd = undefined;
  },
});

const STAFF = `staff:
  - { id: mk, name: Miriam Krause, email: miriam.krause@example.de, roles: [first-level] }
  - { id: tb, name: Tobias Brandt, email: tobias.brandt@example.de, roles: [project-lead] }
  - { id: sh, name: Sandra Hoffmann, email: sandra.hoffmann@example.de, roles: [sales], language: en }
  - { id: ak, name: Anja Keller, email: anja.keller@example.de, roles: [manager] }
`;
const ACME = `id: acme
name: ACME Maschinenbau GmbH
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example }
projectLead: tb
salesRep: sh
contracts:
  - { kind: service, start: 2026-01-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }
`;
const SEELAND = `id: seeland
name: Seeland Logistics Ltd
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example }
salesRep: sh
`;

function setUp(): InProcessHelpdesk {
  return helpdesk({
    'desk.yaml': notifyDeskYaml({ smtpPort: smtp.port, staff: STAFF }),
    'contracts/acme.yaml': ACME,
    'contracts/seeland.yaml': SEELAND,
  });
}
const at = (day: string, time = '10:00') => ({ DESK_NOW: `${day}T${time}:00+01:00` });
const mails = () =>
  smtp.received
    .map((m) => ({ to: m.envelope.to[0]!, subject: m.parsed.subject ?? '', text: m.parsed.text ?? '' }))
    .sort((a, b) => a.to.localeCompare(b.to));

describe('reports by mail to staff', () => {
  it('the weekly digest goes to each project lead and sales rep about their customers, once a week', async () => {
    hd = setUp();
    await hd.ok(['open', '--title', 'Lohnexport bricht ab', '--customer', 'acme', '--channel', 'phone'], {
      env: at('2026-12-07', '09:00'),
    });
    const before = snapshot(hd);
    const dry = await hd.ok(['digest', '--weekly', '--dry-run'], { env: at('2026-12-07') });
    expect(dry).toContain('2 digests would go out (2026-W50)');
    expect(smtp.received).toHaveLength(0);
    expect(snapshot(hd)).toBe(before);

    await hd.ok(['digest', '--weekly'], { env: at('2026-12-07') });
    const sent = mails();
    expect(sent.map((m) => `${m.to}: ${m.subject}`)).toEqual([
      'sandra.hoffmann@example.de: Your customers this week (2026-W50)',
      'tobias.brandt@example.de: Ihre Kunden diese Woche (2026-W50)',
    ]);
    expect(sent[1]!.text).toContain('ACME Maschinenbau GmbH: 1 offenes Ticket');
    expect(sent[1]!.text).toContain('Kontingent 2026-12: 0:00 von 10:00 h');
    expect(sent[1]!.text).not.toContain('Seeland');
    expect(sent[0]!.text).toContain('ACME Maschinenbau GmbH: 1 open ticket');
    expect(sent[0]!.text).toContain('Seeland Logistics Ltd: no open tickets');
    expect(hd.read('staff-mail/2026/digest.tb.2026-W50.yaml')).toContain('status: sent');

    // the same week again (another run of the timer): nothing more
    const again = await hd.ok(['digest', '--weekly'], { env: at('2026-12-11') });
    expect(again).toContain('digest.tb.2026-W50: sent this week already');
    expect(smtp.received).toHaveLength(2);
    // the next week: a new one
    await hd.ok(['digest', '--weekly'], { env: at('2026-12-14') });
    expect(smtp.received).toHaveLength(4);
    expect((await hd.desk(['check'], { env: at('2026-12-14') })).code).toBe(0);
  });

  it("report customer --send-to mails the report to the customer's project lead and sales rep, once a day", async () => {
    hd = setUp();
    const dry = await hd.ok(['report', 'customer', 'acme', '--send-to', 'project-lead,sales', '--dry-run'], {
      env: at('2026-12-07'),
    });
    expect(dry).toContain('would go to Tobias Brandt, Sandra Hoffmann');
    expect(smtp.received).toHaveLength(0);
    const out = await hd.ok(['report', 'customer', 'acme', '--send-to', 'project-lead,sales'], {
      env: at('2026-12-07'),
    });
    expect(out).toContain('customer-report.acme.2026-12-07: mailed 2 of 2');
    const sent = mails();
    expect(sent.map((m) => `${m.to}: ${m.subject}`)).toEqual([
      'sandra.hoffmann@example.de: Customer report ACME Maschinenbau GmbH, 2026-12',
      'tobias.brandt@example.de: Kundenbericht ACME Maschinenbau GmbH, 2026-12',
    ]);
    expect(sent[1]!.text).toContain('ACME Maschinenbau GmbH');
    // the report itself in each reader's language, as the greeting is
    expect(sent[0]!.text).toContain('## Overview');
    expect(sent[1]!.text).toContain('## Überblick');
    const again = await hd.ok(['report', 'customer', 'acme', '--send-to', 'sales'], { env: at('2026-12-07', '15:00') });
    expect(again).toContain('was mailed today already');
    expect(smtp.received).toHaveLength(2);

    const noLead = await hd.desk(['report', 'customer', 'seeland', '--send-to', 'project-lead'], {
      env: at('2026-12-07'),
    });
    expect(noLead.code).not.toBe(0);
    expect(noLead.stderr).toContain('contracts/seeland.yaml names no projectLead');
    const badRole = await hd.desk(['report', 'customer', 'acme', '--send-to', 'ceo'], { env: at('2026-12-07') });
    expect(badRole.stderr).toContain('--send-to: "ceo" is not project-lead or sales');
    expect(smtp.received).toHaveLength(2);
  });
});
