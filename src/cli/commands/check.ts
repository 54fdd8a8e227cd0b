import { DeskError } from '../../core/errors.js';
import { checkHelpdesk, checkHistory } from '../../store/check.js';
import { describeHistory } from '../../render/terminal/history-text.js';
import { findHelpdesk } from '../../store/locate.js';
import type { GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { io } from '../../io/context.js';
import { say, t, text } from '../../i18n/index.js';
import { schemaMessage } from '../../i18n/schema-messages.js';

/**
 * `desk check`: every problem as `file: field: what is wrong`, then the commits of the history
 * that break the permission table or the signing rule (docs/roles.md#history); exit 2 when there
 * is any.
 */
export async function check(o: GlobalOptions & { json?: boolean }): Promise<void> {
  // no full open: a broken desk.yaml must be reported here, not stop the check
  const { root } = await findHelpdesk(io().cwd, o.repo, io().env.DESK_REPO);
  const problems = await checkHelpdesk(root);
  const history = await checkHistory(root);
  const count = problems.length + history.length;
  if (o.json)
    await printJson({
      ok: count === 0,
      problems: problems.map(({ said: _, ...p }) => p),
      history: history.map(({ said: _, ...p }) => p),
    });
  else if (count === 0) await print(t('system.allValid'));
  else
    await print(
      [
        ...problems.map((p) =>
          t('system.problemLine', {
            file: line(p.file),
            field: line(p.field),
            line: p.line !== undefined && !p.message.includes(`line ${p.line}`) ? String(p.line) : 'none',
            message: line(say(p.said ?? schemaMessage(p.message))),
          }),
        ),
        ...describeHistory(history),
      ].join('\n'),
    );
  if (count) throw new DeskError('invalid', text('system.problemsFound', { count }));
}
