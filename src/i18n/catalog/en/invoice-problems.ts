/** What keeps an invoice run from issuing (core/invoice/plan.ts) and text an e-invoice cannot carry. */
export const invoiceProblems = {
  lines: '{a}\n  {b}',
  missing: '{file}: {field}: missing — {why}',
  sellerAddress: 'the seller address is on every invoice (§ 14 UStG, BR-08)',
  sellerVatId: 'give the VAT id or the tax number (company.taxNumber) (§ 14 UStG, BR-CO-26, BR-DE-16)',
  sellerIban: 'the account the customer pays to (BR-DE-1, BR-61)',
  sellerEmail: "the seller's electronic address and contact e-mail (BT-34, BR-DE-7)",
  sellerPhone: 'the seller contact telephone number (BR-DE-6)',
  sellerContact: 'the seller contact point (BR-DE-5)',
  badIban: '{file}: company.bank.iban: "{iban}" has wrong check digits (BR-DE-19)',
  buyerAddress: 'the buyer address is on every invoice (BR-10, BR-DE-8, BR-DE-9)',
  buyerEmail: "where the e-invoice goes, the buyer's electronic address (BT-49)",
  buyerVatId: 'reverse charge for a customer in {country} needs its VAT id (BR-AE-02)',
  vatPrefix: '{file}: vatId: "{vatId}" does not start with the country prefix (BR-CO-09)',
  xmlCharacter: '{flag}: has the character U+{cp} at position {at}, which an e-invoice (XML) cannot carry; remove it',
};
