import type { Texts } from '../../keys.js';
import type { statement as en } from '../en/statement.js';

export const statement: Texts<typeof en> = {
  inFile: '{file}: {problem}',
  notXml: 'kein wohlgeformtes XML: {detail} (Zeile {line})',
  noStatement: 'enthält keinen Kontoauszug (Document/BkToCstmrStmt/Stmt)',
  noBookingDate: 'Umsatz {entry}: kein Buchungstag (BookgDt)',
  notAmount: 'Umsatz {entry}: "{amount}" ist kein Betrag (Amt)',
  notMt940: 'kein lesbarer MT940-Kontoauszug: {detail}',
};
