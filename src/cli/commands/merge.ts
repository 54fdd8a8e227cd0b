import { randomBytes } from 'node:crypto';
import { t } from '../../i18n/index.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newEventId } from '../../core/ids.js';
import type { TicketEvent } from '../../core/ticket/events.js';
import { planMerge } from '../../core/ticket/duplicates.js';
import { project } from '../../core/ticket/projection.js';
import type { FileChange } from '../../store/helpdesk.js';
import { attachmentDir } from '../../store/helpdesk.js';
import { openForTicketWork } from '../housekeeping.js';
import { print, printJson } from '../output.js';
import { describeStatus } from '../../render/terminal/ticket-text.js';
import type { ActionOptions } from '../ticket-action.js';

/**
 * `desk merge DUPLICATE INTO`: the duplicate's conversation, time, links and attachments move to
 * the kept ticket, and the duplicate closes as merged into it — both files in one commit.
 */
export async function merge(dupRef: string, intoRef: string, o: ActionOptions): Promise<void> {
  const { hd, actor } = await openForTicketWork(o, 'ticket.work');
  const [dupId, intoId] = [await hd.resolveTicket(dupRef), await hd.resolveTicket(intoRef)];
  const short = await hd.tickets.shortIds([dupId, intoId]);
  const name = (id: string) => short.get(id) ?? id;
  let result: { copied: number; into: ReturnType<typeof project>; dup: ReturnType<typeof project> } | undefined;
  await hd.change(actor, async () => {
    const [dup, into] = [await hd.readTicket(dupId), await hd.readTicket(intoId)];
    const settled = await hd.invoices.closedUntil(dup.state.customer);
    const invoiced = dup.state.timeEntries.filter((e) => settled !== undefined && e.on <= settled).length;
    const plan = planMerge(dup, into, invoiced);
    const copies = plan.copies.map(
      (c) => ({ id: newEventId(randomBytes(8)), at: c.at, by: c.by, ...c.payload }) as TicketEvent,
    );
    const merged = hd.stamp(plan.merged, actor, [...into.events, ...copies]);
    const intoEvents = [...copies, merged];
    const dupEvents: TicketEvent[] = [];
    for (const payload of plan.onDuplicate) dupEvents.push(hd.stamp(payload, actor, [...dup.events, ...dupEvents]));
    const files: FileChange[] = [
      hd.ticketChange(intoId, into.events, intoEvents),
      hd.ticketChange(dupId, dup.events, dupEvents),
    ];
    // attachments are copied beside the kept ticket; the duplicate keeps its own, its history unchanged
    for (const e of copies) {
      if (e.type !== 'attached') continue;
      const content = await readFile(join(hd.root, attachmentDir(dupId), e.file));
      files.push({ path: `${attachmentDir(intoId)}/${e.file}`, content });
    }
    result = {
      copied: copies.length,
      into: project(intoId, [...into.events, ...intoEvents]),
      dup: project(dupId, [...dup.events, ...dupEvents]),
    };
    return { files, message: `${name(dupId)}: merge into ${name(intoId)} (duplicate)` };
  });
  const r = result!;
  if (o.json) {
    await printJson({
      duplicate: { id: dupId, short: name(dupId), status: r.dup.status, closure: r.dup.closure, mergedInto: intoId },
      kept: { id: intoId, short: name(intoId), status: r.into.status, moved: r.copied, mergedFrom: r.into.mergedFrom },
    });
    return;
  }
  await print(
    t('more.merged', { dup: name(dupId), into: name(intoId), count: r.copied, status: describeStatus(r.into) }),
  );
}
