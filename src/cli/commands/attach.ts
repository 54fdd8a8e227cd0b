import { createHash, randomBytes } from 'node:crypto';
import { t, text } from '../../i18n/index.js';
import { basename, resolve } from 'node:path';
import { io } from '../../io/context.js';
import { usage } from '../../core/errors.js';
import { newEventId } from '../../core/ids.js';
import type { TicketEvent } from '../../core/ticket/events.js';
import type { FileChange } from '../../store/helpdesk.js';
import { attachmentDir } from '../../store/helpdesk.js';
import { openForTicketWork } from '../housekeeping.js';
import { print, printJson } from '../output.js';
import { readGivenFile } from '../input-file.js';
import { describeBytes } from '../../render/terminal/ticket-text.js';
import type { ActionOptions } from '../ticket-action.js';
import { safeFileName } from '../../core/safe-text/index.js';

/** `desk attach ID FILE...`: files the customer sent, stored beside the ticket, one commit. */
export async function attach(ref: string, paths: string[], o: ActionOptions): Promise<void> {
  if (paths.length === 0) throw usage('missing FILE', 'desk attach ID FILE...');
  const { hd, actor } = await openForTicketWork(o, 'ticket.work');
  const id = await hd.resolveTicket(ref);
  const limit = Math.round(hd.config.attachments.maxMegabytes * 1_000_000);
  const files: { name: string; content: Buffer }[] = [];
  for (const given of paths) {
    const content = await readGivenFile(
      given,
      undefined,
      (e) =>
        e.code === 'ENOENT'
          ? usage(text('more.noSuchFile', { file: given }), text('more.noSuchFileHint'))
          : usage(text('tickets.cannotRead', { flag: 'desk attach', file: given })),
      (info) => {
        if (info.size > limit)
          throw usage(
            text('more.fileTooLarge', { file: given, size: describeBytes(info.size), limit: describeBytes(limit) }),
            'attach a smaller file (compress a log, crop a screenshot), or raise attachments.maxMegabytes in desk.yaml',
          );
      },
    );
    files.push({ name: basename(resolve(io().cwd, given)), content });
  }
  const short = await hd.tickets.shortId(id);
  const added: TicketEvent[] = [];
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id);
    const changes: FileChange[] = [];
    for (const f of files) {
      const eventId = newEventId(randomBytes(8));
      // the event id in the file name: two clones attaching "screenshot.png" keep both after a merge
      const file = `${eventId}-${safeFileName(f.name)}`;
      const event = {
        ...hd.stamp(
          {
            type: 'attached',
            name: f.name,
            file,
            bytes: f.content.length,
            sha256: createHash('sha256').update(f.content).digest('hex'),
          },
          actor,
          [...current.events, ...added],
        ),
        id: eventId,
      } as TicketEvent;
      added.push(event);
      changes.push({ path: `${attachmentDir(id)}/${file}`, content: f.content });
    }
    changes.unshift(hd.ticketChange(id, current.events, added));
    const names = files.map((f) => safeFileName(f.name)).join(', ');
    return { files: changes, message: `${short}: attach ${names}` };
  });
  if (o.json) {
    await printJson({
      id,
      short,
      attached: added.map((e) => e.type === 'attached' && { name: e.name, file: e.file, bytes: e.bytes }),
    });
    return;
  }
  for (const e of added)
    if (e.type === 'attached')
      await print(t('more.attached', { id: short, name: safeFileName(e.name), size: describeBytes(e.bytes) }));
}
