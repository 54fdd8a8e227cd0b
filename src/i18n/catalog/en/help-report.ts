/** `--help` of the language flags of reports (keys in src/cli/main.ts). */
export const helpReport = {
  lang: "the report's language: de or en (default: the reader's, docs/commands.md#language); --json never changes",
  header:
    'csv: keys (default: the fixed English column keys scripts read) or localized (titles and columns in the language of --lang)',
};
