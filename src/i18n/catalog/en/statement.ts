/** Why a bank statement could not be read (`desk payment import`, src/bank/); the library's own words stay English. */
export const statement = {
  inFile: '{file}: {problem}',
  notXml: 'not well-formed XML: {detail} (line {line})',
  noStatement: 'no statement (Document/BkToCstmrStmt/Stmt) in it',
  noBookingDate: 'entry {entry}: no booking date (BookgDt)',
  notAmount: 'entry {entry}: "{amount}" is not an amount (Amt)',
  notMt940: 'not a readable MT940 statement: {detail}',
};
