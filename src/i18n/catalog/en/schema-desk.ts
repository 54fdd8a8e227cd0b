/**
 * desk's own verdicts on a file's field (src/core/schema, core/money.ts), said again from the
 * catalog in `desk check` (src/i18n/schema-messages.ts recognises them by these English words).
 * Each must read exactly as the schema writes it: files, the ticket index and --json keep it.
 */
export const schemaDesk = {
  date: 'expected a date like 2026-11-26',
  realDate: 'not a real calendar date',
  notAmount: '"{value}" is not an amount; write it like 110.00',
  tooMuchMoney: '"{value}" is more than {max}, the largest amount desk takes',
  notHours: '"{value}" is not a number of hours; write it like 10 or 7h30m',
  tooManyHours: '"{value}" is more than {max} hours, the most desk takes',
  staffId: 'staff ids are lower-case letters, digits and dashes',
  customerId: 'customer ids are lower-case letters, digits and dashes',
  country: 'use the two-letter ISO country code, e.g. DE',
  mailActor: '"{actor}" is reserved for what desk records from incoming mail',
  roles: 'give every staff member at least one role',
  productId: 'product ids are lower-case letters, digits and dashes',
  logo: 'a path inside the repository to an .svg, .png, .jpg or .webp file',
  helpCenterUrl: 'the address the help center is served from, e.g. https://hilfe.example.de/',
  stages: 'give at least one stage, e.g. \'{ days: 7, fee: "0.00" }\'',
  signersPath: 'a path inside the helpdesk, like allowed_signers',
  commit: 'a commit id, at least 7 hex digits',
  note: 'say what was found and done',
  cap: 'give the cap as hours, e.g. 10 or 8h30m',
  mailDomain: 'a mail domain in lower case, e.g. acme.de',
  envName: 'an environment variable name, e.g. DESK_IMAP_PASSWORD',
  password: "give the password as '{ env: VARIABLE }' or '{ command: \"…\" }', never the password itself",
  sourceName: 'source names are lower-case letters, digits and dashes',
  sourceKind: "give a source either imap: '{ … }' or maildir: PATH",
  twoSources: 'two sources are named {name}',
  webhookName: 'webhook names are lower-case letters, digits and dashes',
  webhookUrl: 'the webhook address, e.g. https://chat.example.de/hooks/…',
  channel: 'a channel is email or webhook:NAME',
  twoWebhooks: 'two webhooks are named {name}',
  xmlCharacter: 'has the character U+{cp} at position {at}, which an e-invoice (XML) cannot carry; remove it',
  lineBreak: 'has a line break (at character {at}); it must be one line',
};
