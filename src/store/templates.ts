import { LAYOUT_FORMAT } from '../core/ticket/paths.js';

/** The desk.yaml a new helpdesk starts with: every setting present, commented, with its default. */
export function deskYamlTemplate(opts: { company: string; staff?: { name: string; email: string } }): string {
  const staffId = opts.staff
    ? opts.staff.email
        .split('@')[0]!
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, '-')
        .replace(/^[^a-z]+/, '') || 'me'
    : undefined;
  const staff = opts.staff
    ? `staff:
  - id: ${staffId}
    name: ${JSON.stringify(opts.staff.name)}
    email: ${opts.staff.email}
    roles: [first-level, manager]   # first-level, second-level, project-lead, sales, manager, billing (docs/roles.md)`
    : `staff: []                        # - { id: mk, name: Miriam Krause, email: …, roles: [first-level] }`;
  return `# desk.yaml — the company running this helpdesk. Every field is explained in docs/files.md.
format: ${LAYOUT_FORMAT} # how the files are laid out (docs/files.md)

company:
  name: ${JSON.stringify(opts.company)}
  # address: { street: "Hafenstraße 12", postalCode: "48155", city: Münster, country: DE }
  # vatId: DE123456789              # needed on invoices (or taxNumber)
  # email: support@example.de
  # phone: "+49 251 000000"
  # bank: { name: Sparkasse, iban: DE02120300000000202051, bic: BYLADEM1001 }

# Service hours for reaction times (docs/domain.md §5). Defaults shown.
calendar:
  timeZone: Europe/Berlin
  hours:
    mon: ["08:00-17:00"]
    tue: ["08:00-17:00"]
    wed: ["08:00-17:00"]
    thu: ["08:00-17:00"]
    fri: ["08:00-17:00"]
  holidays: DE-NW                   # public holidays of this German state
  closingDays: []                   # company closing days, e.g. ["2026-12-24"]

${staff}

products: []                        # - { id: lohn, name: "Lohn & Gehalt", modules: [abrechnung, meldewesen] }

billing:
  vatRate: 19
  # listRate: "130.00"              # EUR per hour for customers without a contract
  increment: 15                     # minutes; every time entry is billed per started increment
  paymentTermsDays: 14

invoices:
  numberFormat: "RE-{year}-{seq:4}"

# Who may do what: the permission table of docs/roles.md holds unless a row is named here.
# permissions:
#   invoice.issue: [manager, billing]
#   act-for-others: [first-level, manager]

# Signed commits (docs/roles.md#signed-commits): every commit signed, checked against allowed_signers.
# signing: { required: true, allowedSigners: allowed_signers }
`;
}
