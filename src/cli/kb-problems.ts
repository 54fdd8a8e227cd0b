import { relative, resolve } from 'node:path';
import type { ArticleProblem } from '../kb/article.js';
import { warn } from './output.js';
import { t } from '../i18n/index.js';
import { schemaMessage } from '../i18n/schema-messages.js';

/** Articles left out, named by file (as in the helpdesk) and line, the way `desk check` names them. */
export function reportSkipped(root: string, problems: readonly ArticleProblem[]): void {
  for (const p of problems) {
    const line = p.line !== undefined && !p.message.includes(`line ${p.line}`) ? String(p.line) : 'none';
    const file = relative(root, resolve(root, p.file));
    warn(`${t('site.skipped', { file, field: p.field, line, message: schemaMessage(p.message) })}\n`);
  }
}
