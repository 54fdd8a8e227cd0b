/**
 * What `desk check` finds beyond a file's schema and its references: git's leftover lock file, a
 * ticket in the flat folder of an older desk, a payment naming no issued invoice or credit note.
 * `--json` carries these English words.
 */
export const checkProblems = {
  noConfig: 'missing; create it with `desk init`',
  gitLock:
    "git's lock file, left by a git command that was killed; if no git command is running in this clone, remove it: rm ''{path}''",
  flatFolder:
    'lies in the flat folder of an older desk, where no command reads it: run `desk upgrade` to move it into its folder',
  noInvoice: '{number} is no issued invoice',
  noCreditNote: '{number} is no issued credit note',
  dayOverfull:
    '{staff} has {total} logged on {on}, more than a day has, on {tickets}: correct the day or the durations (desk log ID --replace ENTRY)',
  missing: 'missing — {why}',
  configWaits:
    'until desk.yaml loads, the checks that need it wait: staff, products and customers named in tickets, list rates of contracts, gaps in invoice numbers',
};
