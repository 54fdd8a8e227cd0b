import type { Problem } from '../core/files/yaml-text.js';
import { invoiceDir, type InvoiceRecord } from '../core/invoice/index.js';
import { wellFormedProblem } from '../core/invoice/well-formed.js';
import { readHelpdeskText, UnreadableFile } from './helpdesk-files.js';

/**
 * The e-invoices of issued invoices that are not well-formed XML: every receiver rejects them,
 * so `desk check` names each with its line, whatever made it (a hand edit, an older desk).
 */
export async function invoiceXmlProblems(root: string, records: readonly InvoiceRecord[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const r of records) {
    for (const name of r.files.filter((f) => f.endsWith('.xml'))) {
      const file = `${invoiceDir(r)}/${name}`;
      let text: string;
      try {
        text = await readHelpdeskText(root, file);
      } catch (e) {
        if (e instanceof UnreadableFile) problems.push(e.problem);
        else problems.push({ file, field: '(file)', message: `missing, though ${r.number} lists it` });
        continue;
      }
      const problem = wellFormedProblem(text);
      if (problem)
        problems.push({
          file,
          field: '(xml)',
          line: problem.line,
          message: `line ${problem.line}: not well-formed XML (${problem.message}); no receiver accepts this e-invoice (docs/invoicing.md#e-invoices-that-are-not-well-formed)`,
        });
    }
  }
  return problems;
}
