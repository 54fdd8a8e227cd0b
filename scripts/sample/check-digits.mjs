/**
 * Check digits for the sample's fictional tax and routing ids, so that validators accept them
 * without any of them belonging to a real company.
 */

/** German USt-IdNr: DE + 8 digits + an ISO 7064 MOD 11,10 check digit. */
export function vatIdDE(eightDigits) {
  let product = 10;
  for (const ch of eightDigits) {
    let s = (Number(ch) + product) % 10;
    if (s === 0) s = 10;
    product = (2 * s) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return `DE${eightDigits}${check}`;
}

/** Austrian UID: ATU + 7 digits + check digit. */
export function vatIdAT(sevenDigits) {
  const d = [...sevenDigits].map(Number);
  const crossSum = (n) => Math.floor(n / 10) + (n % 10);
  const s = d[0] + crossSum(2 * d[1]) + d[2] + crossSum(2 * d[3]) + d[4] + crossSum(2 * d[5]) + d[6];
  return `ATU${sevenDigits}${(10 - ((s + 4) % 10)) % 10}`;
}

/** Swiss UID with VAT: CHE-123.456.78c MWST, weights 5 4 3 2 7 6 5 4, modulo 11. */
export function vatIdCH(eightDigits) {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4];
  const s = [...eightDigits].reduce((n, ch, i) => n + Number(ch) * weights[i], 0);
  const check = (11 - (s % 11)) % 11;
  if (check === 10) throw new Error(`no Swiss UID ends ${eightDigits}: choose other digits`);
  const all = `${eightDigits}${check}`;
  return `CHE-${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6)} MWST`;
}

/** Dutch VAT id of a B.V.: NL + RSIN (8 digits + eleven-test digit) + B01. */
export function vatIdNL(eightDigits) {
  const s = [...eightDigits].reduce((n, ch, i) => n + Number(ch) * (9 - i), 0);
  const check = s % 11;
  if (check === 10) throw new Error(`no RSIN starts ${eightDigits}: choose other digits`);
  return `NL${eightDigits}${check}B01`;
}

/** MOD 97-10 over digits and letters (A = 10 … Z = 35), as IBANs and Leitweg-IDs use it. */
function mod97(text) {
  const digits = [...text.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

/** Leitweg-ID (XRechnung buyer reference): coarse-fine-check, check digits MOD 97-10. */
export function leitwegId(coarse, fine) {
  const check = 98 - mod97(`${coarse}${fine}00`);
  return `${coarse}-${fine}-${String(check).padStart(2, '0')}`;
}

export function isValidIban(iban) {
  const s = iban.replace(/\s+/g, '');
  return mod97(`${s.slice(4)}${s.slice(0, 4)}`) === 1;
}
