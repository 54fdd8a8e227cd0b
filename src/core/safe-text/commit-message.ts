import { forTerminalLine } from './terminal.js';

/** Longer subjects are cut: `git log --oneline` and every forge's history show one line. */
export const SUBJECT_LIMIT = 120;

/**
 * The subject of a commit desk makes, from text that may hold outside text (a title, a reason):
 * one line, so no body and no trailer (`Signed-off-by:`, `Co-authored-by:`) can be forged after
 * it; controls shown as in the terminal, so `git log` never interprets them; cut at
 * SUBJECT_LIMIT characters.
 */
export function commitSubject(text: string): string {
  const line = forTerminalLine(text).replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= SUBJECT_LIMIT ? line : `${chars.slice(0, SUBJECT_LIMIT - 1).join('')}…`;
}

/**
 * The tickets a commit changes, as its subject names them: six at most and the rest counted, so
 * that what was done, which follows the list, still fits in the subject (a daily close by
 * silence can name hundreds). The files the commit changes name them all.
 */
export function ticketsInSubject(names: readonly string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
}

/** A trailer desk writes itself (`Entered-by: Miriam Krause <miriam.krause@…>`), its value one line. */
export interface Trailer {
  key: string;
  value: string;
}

/** A line git could read as a trailer (`Token: value`) if it ended up in the last paragraph. */
const TRAILER_LIKE = /^[A-Za-z0-9][A-Za-z0-9-]*\s*:/;

/**
 * The whole message: the subject made safe; then the lines of a body desk composed, each one
 * safe line (indented if it looks like a trailer, so it is never read as one); then desk's own
 * trailers, if any, in the last paragraph.
 */
export function commitMessage(
  subject: string,
  more: { body?: readonly string[]; trailers?: readonly Trailer[] } = {},
): string {
  const parts = [commitSubject(subject)];
  const body = (more.body ?? []).map((l) => {
    const line = forTerminalLine(l).trimEnd();
    return TRAILER_LIKE.test(line) ? `  ${line}` : line;
  });
  if (body.length > 0) parts.push(body.join('\n'));
  const trailers = more.trailers ?? [];
  if (trailers.length > 0) parts.push(trailers.map((t) => `${t.key}: ${commitSubject(t.value)}`).join('\n'));
  return parts.join('\n\n');
}
