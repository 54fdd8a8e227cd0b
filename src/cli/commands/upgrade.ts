import { LAYOUT_FORMAT } from '../../core/ticket/paths.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { t } from '../../i18n/index.js';

/** `desk upgrade`: the files of an older layout moved into the current one, in one commit (docs/files.md). */
export async function upgrade(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, actor } = await openForChange(o, 'config.change', { layout: 'any' });
  const result = await hd.upgrade(actor);
  if (o.json) return printJson({ format: LAYOUT_FORMAT, ...result, commit: result.commit ?? null });
  if (!result.commit) return print(t('system.nothingToUpgrade', { format: String(LAYOUT_FORMAT) }));
  await print(
    t('system.upgraded', {
      from: String(result.from),
      to: String(LAYOUT_FORMAT),
      count: result.moved,
      commit: result.commit.slice(0, 7),
    }),
  );
}
