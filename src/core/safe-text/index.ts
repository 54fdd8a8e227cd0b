/**
 * Outside text — what customers and strangers wrote: titles, descriptions, names, mail — is
 * hostile until it is made safe for where it goes. One function per destination, all here:
 * terminal, one line, commit message, CSV, Markdown, HTML, XML, PDF, JSON, file names. docs/safe-text.md
 * says what each one does and why.
 */
export { forTerminal, forTerminalLine, guardTerminal } from './terminal.js';
export { oneLine, oneLineProblem } from './one-line.js';
export { commitMessage, commitSubject, SUBJECT_LIMIT, type Trailer } from './commit-message.js';
export { csvField, csvText } from './csv.js';
export { htmlText, markdownSource, markdownText } from './markup.js';
export { xmlCharacter, xmlDocumentCharacterProblem, xmlProblem, xmlText } from './xml.js';
export { forPdf, forPdfDeep } from './pdf.js';
export { safeJson } from './json.js';
export { FILE_NAME_BYTES, FILE_NAME_CHARS, safeFileName } from './file-name.js';
