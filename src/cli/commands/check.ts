import { DeskError } from '../../core/errors.js';
import { checkHelpdesk } from '../../store/check.js';
import { findHelpdesk } from '../../store/locate.js';
import type { GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { io } from '../../io/context.js';

/** `desk check`: every problem as `file: field: what is wrong`; exit 2 when there is any. */
export async function check(o: GlobalOptions & { json?: boolean }): Promise<void> {
  // no full open: a broken desk.yaml must be reported here, not stop the check
  const { root } = await findHelpdesk(io().cwd, o.repo, io().env.DESK_REPO);
  const problems = await checkHelpdesk(root);
  if (o.json) await printJson({ ok: problems.length === 0, problems });
  else if (problems.length === 0) await print('All files are valid.');
  else
    await print(
      problems
        .map(
          (p) =>
            `${line(p.file)}: ${line(p.field)}: ${p.line !== undefined && !p.message.includes(`line ${p.line}`) ? `line ${p.line}: ` : ''}${line(p.message)}`,
        )
        .join('\n'),
    );
  if (problems.length)
    throw new DeskError('invalid', `${problems.length} problem${problems.length > 1 ? 's' : ''} found`);
}
