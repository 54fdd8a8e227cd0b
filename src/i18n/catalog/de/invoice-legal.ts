import type { Texts } from '../../keys.js';
import type { invoiceLegal as en } from '../en/invoice-legal.js';

export const invoiceLegal: Texts<typeof en> = {
  legal: 'die Rechtsform {form} nennt ihre Pflichtangaben auf jedem Geschäftsbrief ({law})',
  seat: 'der Sitz der Gesellschaft ({law})',
  registerCourt: 'das Registergericht, z. B. „Amtsgericht Münster“ ({law})',
  registerNumber: 'die Registernummer, z. B. „HRB 18234“ ({law})',
  managingDirectors: 'alle Geschäftsführer mit Namen ({law})',
  supervisoryBoardChair: 'der oder die Vorsitzende des Aufsichtsrats ({law})',
  numberFormat: '{file}: invoices.numberFormat: "{format}" {problem}',
  seq: "braucht genau ein '{seq}' oder '{seq:N}', z. B. RE-'{year}'-'{seq:4}'",
  year: "braucht '{year}': die Nummern laufen je Jahr",
  characters: 'darf keine Schrägstriche, Punkte oder Leerzeichen enthalten (die Nummer benennt die Dateien)',
};
