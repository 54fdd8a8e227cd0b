import { relative, resolve } from 'node:path';
import type { ArticleProblem } from '../kb/article.js';
import { warn } from './output.js';

/** Articles left out, named by file (as in the helpdesk) and line, the way `desk check` names them. */
export function reportSkipped(root: string, problems: readonly ArticleProblem[]): void {
  for (const p of problems) {
    const at = p.line !== undefined && !p.message.includes(`line ${p.line}`) ? `line ${p.line}: ` : '';
    warn(`skipped ${relative(root, resolve(root, p.file))}: ${p.field}: ${at}${p.message}\n`);
  }
}
