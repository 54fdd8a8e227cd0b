import type { HistoryProblem } from '../../core/permissions/history.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

/**
 * Commits of the history that break the permission table or the signing rule, one line each:
 * `commit 1a2b3c4d5e (Jonas Becker <…>): contracts/acme.yaml: … may not …`.
 */
export function describeHistory(problems: readonly HistoryProblem[]): string[] {
  return problems.map(
    (p) => `commit ${p.commit.slice(0, 10)} (${line(p.author)}): ${p.file ? `${line(p.file)}: ` : ''}${line(p.rule)}`,
  );
}
