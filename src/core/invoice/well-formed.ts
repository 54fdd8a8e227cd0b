import { XMLValidator } from 'fast-xml-parser';
import { xmlDocumentCharacterProblem } from '../safe-text/index.js';

/** Why an XML document is not well-formed (tags, then characters), with the line; undefined when it is. */
export function wellFormedProblem(xml: string): { line: number; message: string } | undefined {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) return { line: verdict.err.line, message: verdict.err.msg };
  return xmlDocumentCharacterProblem(xml);
}
