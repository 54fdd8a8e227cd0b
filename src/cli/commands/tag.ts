import { usage } from '../../core/errors.js';
import { text } from '../../i18n/keys.js';
import { batchIds } from '../batch.js';
import { runBatchAction, type ActionOptions } from '../ticket-action.js';

/** `desk tag ID... +urgent -billing` (or the ids on stdin): one commit for every ticket named. */
export async function tag(args: string[], o: ActionOptions) {
  const add = args.filter((a) => a.startsWith('+')).map((a) => a.slice(1));
  const remove = args.filter((a) => a.startsWith('-') && a !== '-').map((a) => a.slice(1));
  const refs = args.filter((a) => a === '-' || !/^[+-]./.test(a));
  if (add.length + remove.length === 0)
    throw usage(text('workflow.noTags'), text('workflow.noTagsHint', { id: 'T-4K7M2' }));
  const both = add.filter((t) => remove.includes(t));
  if (both.length) throw usage(text('errors.tagBoth', { tag: both[0] }));
  const change = [...add.map((t) => `+${t}`), ...remove.map((t) => `-${t}`)].join(' ');
  return runBatchAction(
    o,
    await batchIds(refs, 'tag'),
    'tag',
    async () => ({ add, remove }),
    () => text('errors.tagSummary', { change }),
  );
}
