import type { HistoryProblem } from '../../core/permissions/history.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { t } from '../../i18n/index.js';

/**
 * Commits of the history that break the permission table or the signing rule, one line each:
 * `commit 1a2b3c4d5e (Jonas Becker <…>): contracts/acme.yaml: … may not …`.
 */
export function describeHistory(problems: readonly HistoryProblem[]): string[] {
  return problems.map((p) =>
    t('system.historyLine', {
      commit: p.commit.slice(0, 10),
      author: line(p.author),
      file: p.file ? line(p.file) : 'none',
      rule: line(p.said ? t(p.said.key, p.said.values) : p.rule),
    }),
  );
}
