import { LAYOUT_FORMAT } from '../../core/ticket/paths.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';

/** `desk upgrade`: the files of an older layout moved into the current one, in one commit (docs/files.md). */
export async function upgrade(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, actor } = await openForChange(o, 'config.change', { layout: 'any' });
  const result = await hd.upgrade(actor);
  if (o.json) return printJson({ format: LAYOUT_FORMAT, ...result, commit: result.commit ?? null });
  if (!result.commit) return print(`Nothing to upgrade: the helpdesk is laid out as format ${LAYOUT_FORMAT}.`);
  const moved = result.moved === 1 ? '1 ticket' : `${result.moved} tickets`;
  await print(
    `Upgraded from format ${result.from} to ${LAYOUT_FORMAT}: moved ${moved} into folders by their ids (commit ${result.commit.slice(0, 7)}).\n` +
      'Send it to the team with desk sync; git log --follow shows each ticket file with its history.',
  );
}
