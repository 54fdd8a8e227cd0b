/**
 * What @e-invoice-eu/core's UBL→CII mapping loses, put back into the CII it made. Its mapping
 * of the preceding invoice reference (BG-3) reads `cbc:ID` directly under `cac:BillingReference`
 * instead of under `cac:InvoiceDocumentReference`, so credit notes come out without BT-25/BT-26;
 * and it drops the seller identifier BT-29. Each patch inserts one element at the place the CII
 * schema (D16B) puts it, and refuses when the anchor is not there exactly once, so a library
 * update that changes its output fails loudly instead of writing a wrong e-invoice.
 */
export interface CiiPatches {
  /** BT-25 and BT-26: the invoice a credit note cancels. */
  precedingInvoice?: { number: string; issueDate: string };
  /** BT-29: the seller identifier, when no legal registration id (BT-30) identifies the seller. */
  sellerId?: string;
}

export function patchCii(xml: string, patches: CiiPatches): string {
  let out = xml;
  const p = patches.precedingInvoice;
  if (p && !out.includes('<ram:InvoiceReferencedDocument>')) {
    // after the monetary summation, before the receivable accounting account (CII D16B order)
    out = insertAfter(
      out,
      '</ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
      (indent) =>
        `\n${indent}<ram:InvoiceReferencedDocument>` +
        `\n${indent}\t<ram:IssuerAssignedID>${escapeXml(p.number)}</ram:IssuerAssignedID>` +
        `\n${indent}\t<ram:FormattedIssueDateTime>` +
        `\n${indent}\t\t<qdt:DateTimeString format="102">${p.issueDate.replaceAll('-', '')}</qdt:DateTimeString>` +
        `\n${indent}\t</ram:FormattedIssueDateTime>` +
        `\n${indent}</ram:InvoiceReferencedDocument>`,
    );
  }
  if (patches.sellerId !== undefined) {
    const open = '<ram:SellerTradeParty>';
    const at = out.indexOf(open);
    if (at < 0 || out.indexOf(open, at + 1) >= 0) throw new Error(`the CII has not exactly one ${open}`);
    if (!/^\s*<ram:ID>/.test(out.slice(at + open.length))) {
      const indent = indentOf(out, out.indexOf('<ram:Name>', at));
      out = `${out.slice(0, at + open.length)}\n${indent}<ram:ID>${escapeXml(patches.sellerId)}</ram:ID>${out.slice(at + open.length)}`;
    }
  }
  return out;
}

function insertAfter(xml: string, anchor: string, element: (indent: string) => string): string {
  const at = xml.indexOf(anchor);
  if (at < 0 || xml.indexOf(anchor, at + 1) >= 0) throw new Error(`the CII has not exactly one ${anchor}`);
  const end = at + anchor.length;
  return xml.slice(0, end) + element(indentOf(xml, at)) + xml.slice(end);
}

/** The whitespace before the line holding `at`. */
function indentOf(xml: string, at: number): string {
  const lineStart = xml.lastIndexOf('\n', at) + 1;
  return /^[\t ]*/.exec(xml.slice(lineStart, at))![0];
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
