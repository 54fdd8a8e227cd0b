import type { Texts } from '../../keys.js';
import type { invoiceProblems as en } from '../en/invoice-problems.js';

export const invoiceProblems: Texts<typeof en> = {
  lines: '{a}\n  {b}',
  missing: '{file}: {field}: fehlt — {why}',
  sellerAddress: 'die Anschrift des Verkäufers steht auf jeder Rechnung (§ 14 UStG, BR-08)',
  sellerVatId: 'USt-IdNr. oder Steuernummer (company.taxNumber) angeben (§ 14 UStG, BR-CO-26, BR-DE-16)',
  sellerIban: 'das Konto, auf das der Kunde zahlt (BR-DE-1, BR-61)',
  sellerEmail: 'die elektronische Adresse und Kontakt-E-Mail des Verkäufers (BT-34, BR-DE-7)',
  sellerPhone: 'die Telefonnummer des Ansprechpartners beim Verkäufer (BR-DE-6)',
  sellerContact: 'der Ansprechpartner beim Verkäufer (BR-DE-5)',
  badIban: '{file}: company.bank.iban: "{iban}" hat falsche Prüfziffern (BR-DE-19)',
  buyerAddress: 'die Anschrift des Käufers steht auf jeder Rechnung (BR-10, BR-DE-8, BR-DE-9)',
  buyerEmail: 'wohin die E-Rechnung geht, die elektronische Adresse des Käufers (BT-49)',
  buyerVatId: 'Reverse Charge für einen Kunden in {country} braucht seine USt-IdNr. (BR-AE-02)',
  vatPrefix: '{file}: vatId: "{vatId}" beginnt nicht mit dem Länderkürzel (BR-CO-09)',
  xmlCharacter:
    '{flag}: enthält das Zeichen U+{cp} an Position {at}, das eine E-Rechnung (XML) nicht tragen kann; bitte entfernen',
};
