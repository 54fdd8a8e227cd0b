/**
 * Bank statements as banks deliver them, written by hand after the formats' published rules:
 * camt.053.001.02 as a Sparkasse exports it (remittance split over several Ustrd lines, status
 * as plain text, debtor name directly under Dbtr), camt.053.001.08 as a cooperative bank does
 * (status in Sts/Cd, debtor in Dbtr/Pty, a structured creditor reference, a collective booking
 * with two transactions), and MT940 with the German structured :86: field.
 */
export const IBAN = 'DE02120300000000202051';

export interface Tx {
  amount: string;
  ref?: string;
  lines?: string[];
  payer?: string;
  booked?: boolean;
  debit?: boolean;
  date?: string;
  structured?: string;
}

export function camt02(entries: Tx[], statementId = 'STMT-2026-11-03'): string {
  const ntry = (t: Tx) => `
      <Ntry>
        <NtryRef>${t.ref ?? ''}</NtryRef>
        <Amt Ccy="EUR">${t.amount}</Amt>
        <CdtDbtInd>${t.debit ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        <Sts>${t.booked === false ? 'PDNG' : 'BOOK'}</Sts>
        <BookgDt><Dt>${t.date ?? '2026-11-03'}</Dt></BookgDt>
        <ValDt><Dt>${t.date ?? '2026-11-03'}</Dt></ValDt>
        <AcctSvcrRef>${t.ref ?? ''}</AcctSvcrRef>
        <BkTxCd><Prtry><Cd>NTRF+166+9310+997</Cd><Issr>ZKA</Issr></Prtry></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <RltdPties>
              <Dbtr><Nm>${t.payer ?? ''}</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf>${(t.lines ?? []).map((l) => `<Ustrd>${l}</Ustrd>`).join('')}</RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${statementId}</MsgId><CreDtTm>2026-11-04T06:12:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${statementId}</Id>
      <ElctrncSeqNb>214</ElctrncSeqNb>
      <CreDtTm>2026-11-04T06:12:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-02</Dt></Dt></Bal>${entries.map(ntry).join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

/** camt.053.001.08: Sts/Cd, Dbtr/Pty/Nm, Strd/CdtrRefInf; one collective entry of two transactions. */
export function camt08(batchRef: string, txs: Tx[], single?: Tx): string {
  const tx = (t: Tx, i: number) => `
          <TxDtls>
            <Refs><AcctSvcrRef>${batchRef}-${i + 1}</AcctSvcrRef><EndToEndId>${t.ref ?? 'NOTPROVIDED'}</EndToEndId></Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">${t.amount}</Amt></TxAmt></AmtDtls>
            <RltdPties><Dbtr><Pty><Nm>${t.payer ?? ''}</Nm></Pty></Dbtr></RltdPties>
            <RmtInf>${(t.lines ?? []).map((l) => `<Ustrd>${l}</Ustrd>`).join('')}${t.structured ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${t.structured}</Ref></CdtrRefInf></Strd>` : ''}</RmtInf>
          </TxDtls>`;
  const total = txs.reduce((s, t) => s + Math.round(Number(t.amount) * 100), 0);
  const entry = (amount: string, body: string, ref: string) => `
      <Ntry>
        <Amt Ccy="EUR">${amount}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><DtTm>2026-11-05T10:00:00+01:00</DtTm></BookgDt>
        <ValDt><Dt>2026-11-05</Dt></ValDt>
        <AcctSvcrRef>${ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${body}
        </NtryDtls>
      </Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>VR-${batchRef}</MsgId><CreDtTm>2026-11-06T05:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>VR-${batchRef}</Id>
      <Acct><Id><IBAN>${IBAN}</IBAN></Id></Acct>${entry(`${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`, txs.map(tx).join(''), batchRef)}${single ? entry(single.amount, tx(single, 0).replace(`${batchRef}-1`, `${batchRef}-S`), `${batchRef}-S`) : ''}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

/** MT940 with the German :86: subfields (?20.. remittance, ?32 payer). */
export function mt940(txs: { amount: string; ref: string; purpose: string[]; payer: string; date?: string }[]): string {
  const lines = [':20:STARTUMSE', `:25:12030000/202051`, ':28C:00214/001', ':60F:C261102EUR10000,00'];
  for (const t of txs) {
    const d = (t.date ?? '2026-11-03').slice(2).replace(/-/g, '');
    lines.push(`:61:${d}${d.slice(2)}CR${t.amount.replace('.', ',')}NTRFNONREF//${t.ref}`);
    const purpose = t.purpose.map((p, i) => `?${20 + i}${p}`).join('');
    lines.push(`:86:166?00GUTSCHR. UEBERWEISUNG?109310${purpose}?30BYLADEM1001?31DE89370400440532013000?32${t.payer}`);
  }
  const total = txs.reduce((sum, t) => sum + Math.round(Number(t.amount) * 100), 1_000_000);
  lines.push(`:62F:C261103EUR${Math.floor(total / 100)},${String(total % 100).padStart(2, '0')}`, '-');
  return `${lines.join('\r\n')}\r\n`;
}
