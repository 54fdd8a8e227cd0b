/**
 * zod's most common verdicts on a file's field (`desk check`), said again from the catalog
 * (src/i18n/schema-messages.ts). English keeps zod's own words, as files and --json carry them.
 */
export const schema = {
  required: 'Invalid input: expected {expected}, received undefined',
  wrongType: 'Invalid input: expected {expected}, received {received}',
  wrongOption: 'Invalid option: expected one of {choices}',
  unknownKeys: 'Unrecognized {count, plural, one {key} other {keys}}: {keys}',
  invalid: 'Invalid input',
  type: '{type}',
};
