/**
 * What a company's business letters must name for its legal form (core/invoice/legal.ts) and
 * what an invoice number format must hold (core/invoice/numbering.ts), as `desk invoice run` and
 * `desk check` name them. `--json` and refusals thrown as usage carry these English words.
 */
export const invoiceLegal = {
  legal: 'a {form} names its legal details on every business letter ({law})',
  seat: 'the registered office ({law})',
  registerCourt: 'the register court, e.g. "Amtsgericht Münster" ({law})',
  registerNumber: 'the register number, e.g. "HRB 18234" ({law})',
  managingDirectors: 'every managing director by name ({law})',
  supervisoryBoardChair: 'the chair of the supervisory board ({law})',
  numberFormat: '{file}: invoices.numberFormat: "{format}" {problem}',
  seq: "needs exactly one '{seq}' or '{seq:N}', e.g. RE-'{year}'-'{seq:4}'",
  year: "needs '{year}': numbers run per year",
  characters: 'may not contain slashes, dots or spaces (the number names the files)',
};
