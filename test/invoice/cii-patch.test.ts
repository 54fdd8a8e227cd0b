import { describe, expect, it } from 'vitest';
import { patchCii } from '../../src/render/invoice/cii-patch.js';

const CII = `<rsm:CrossIndustryInvoice>
	<rsm:SupplyChainTradeTransaction>
		<ram:ApplicableHeaderTradeAgreement>
			<ram:SellerTradeParty>
				<ram:Name>Nordlicht &amp; Co</ram:Name>
			</ram:SellerTradeParty>
		</ram:ApplicableHeaderTradeAgreement>
		<ram:ApplicableHeaderTradeSettlement>
			<ram:SpecifiedTradeSettlementHeaderMonetarySummation>
				<ram:DuePayableAmount>10.00</ram:DuePayableAmount>
			</ram:SpecifiedTradeSettlementHeaderMonetarySummation>
		</ram:ApplicableHeaderTradeSettlement>
	</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

describe('patching what the library drops from CII', () => {
  it('puts the cancelled invoice (BT-25, BT-26) after the monetary summation, where the schema wants it', () => {
    const out = patchCii(CII, { precedingInvoice: { number: 'RE-2026-0002', issueDate: '2026-11-01' } });
    expect(out).toContain(
      `</ram:SpecifiedTradeSettlementHeaderMonetarySummation>
			<ram:InvoiceReferencedDocument>
				<ram:IssuerAssignedID>RE-2026-0002</ram:IssuerAssignedID>
				<ram:FormattedIssueDateTime>
					<qdt:DateTimeString format="102">20261101</qdt:DateTimeString>
				</ram:FormattedIssueDateTime>
			</ram:InvoiceReferencedDocument>
		</ram:ApplicableHeaderTradeSettlement>`,
    );
    expect(patchCii(out, { precedingInvoice: { number: 'X', issueDate: '2026-11-01' } })).toBe(out); // not twice
  });

  it('puts the seller id (BT-29) first in the seller party, escaped', () => {
    expect(patchCii(CII, { sellerId: '305/5781&2406' })).toContain(
      '<ram:SellerTradeParty>\n\t\t\t\t<ram:ID>305/5781&amp;2406</ram:ID>\n\t\t\t\t<ram:Name>',
    );
  });

  it('refuses when the library no longer writes the anchor, rather than writing a wrong e-invoice', () => {
    expect(() =>
      patchCii(CII.replace(/MonetarySummation/g, 'Summation'), {
        precedingInvoice: { number: 'RE-1', issueDate: '2026-11-01' },
      }),
    ).toThrow('the CII has not exactly one');
  });
});
