import { articleWanted } from '../../core/ticket/workflow.js';
import { listed, say, t, text as text_, type Key } from '../../i18n/index.js';
import { requireDuration, describeDuration } from '../../core/duration.js';
import { usage } from '../../core/errors.js';
import {
  CATEGORIES,
  HANDOFF_TARGETS,
  PRIORITIES,
  type Category,
  type HandoffTarget,
  type Priority,
} from '../../core/ticket/vocabulary.js';
import { need } from '../prompts.js';
import { aboutTicket, longText } from '../editor.js';
import { addBusinessDays, localDate } from '../../core/calendar/business-days.js';
import { followUpFrom } from '../../core/ticket/daily.js';
import { dailyRulesOf } from '../housekeeping.js';
import { runBatchAction, runTicketAction, type ActionOptions } from '../ticket-action.js';
import { batchIds } from '../batch.js';
import { printSuggestions } from '../kb-suggestions.js';
import { print } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { moneyWarnings } from '../../core/billing/warnings.js';
import { oneOf, qualificationFrom, type QualifyFlags } from './qualification.js';

const text = (flag: string, message: Key) => (p: typeof import('@inquirer/prompts')) =>
  p.input({ message: t(message), required: true });

export async function qualify(ref: string, o: ActionOptions & QualifyFlags) {
  const done = await runTicketAction(
    o,
    ref,
    'qualify',
    async (ticket, hd) => {
      const given = qualificationFrom(o, hd);
      if (Object.values(given).some((v) => v !== undefined)) return given;
      return {
        category: await need<Category>(undefined, '--category', (p) =>
          p.select({
            message: t('actions.askCategory'),
            choices: CATEGORIES.map((c) => ({ value: c, name: t(`category.${c}`) })),
            default: ticket.category,
          }),
        ),
        product: hd.config.products.length
          ? await need(undefined, '--product', (p) =>
              p.select({
                message: t('actions.askProduct'),
                choices: hd.config.products.map((x) => ({ value: x.id, name: x.name })),
              }),
            )
          : undefined,
        priority: await need<Priority>(undefined, '--priority', (p) =>
          p.select({
            message: t('actions.askPriority'),
            choices: PRIORITIES.map((c) => ({ value: c, name: t(`priority.${c}`) })),
            default: ticket.priority ?? 'normal',
          }),
        ),
      };
    },
    (i) =>
      text_('actions.qualify', {
        what: listed([
          i.category && text_(`category.${i.category}`),
          i.product && (i.module ? `${i.product}/${i.module}` : i.product),
          i.priority && text_(`priority.${i.priority}`),
        ]),
      }),
  );
  if (!o.json) await printSuggestions(done.hd.root, done.after);
}

/** `desk assign ID... STAFF`, or the ids on stdin: `desk list --ids | desk assign STAFF`. */
export async function assign(args: string[], o: ActionOptions) {
  const to = args[args.length - 1];
  if (to === undefined) throw usage(text_('actions.missingStaff'), text_('actions.missingStaffHint'));
  const refs = await batchIds(args.slice(0, -1), 'assign');
  return runBatchAction(
    o,
    refs,
    'assign',
    async (_t, hd) => ({ to: hd.requireStaff(to, 'STAFF').id }),
    (i) => text_('actions.assign', { to: i.to }),
  );
}

export function escalate(ref: string, o: ActionOptions & { reason?: string; to?: string }) {
  return runTicketAction(
    o,
    ref,
    'escalate',
    async (_t, hd) => {
      const to = o.to ? hd.requireStaff(o.to, '--to').id : undefined;
      return { reason: await need(o.reason, '--reason', text('--reason', 'actions.askEscalateReason')), to };
    },
    (i) => text_('actions.escalate', { to: i.to ?? 'none', reason: i.reason }),
  );
}

export async function estimate(ref: string, effort: string, o: ActionOptions & { note?: string }) {
  const done = await runTicketAction(
    o,
    ref,
    'estimate',
    async () => {
      return { minutes: requireDuration(effort, 'EFFORT'), note: o.note };
    },
    (i) => text_('actions.estimate', { effort: describeDuration(i.minutes) }),
  );
  // above 8 h nobody can approve it in support: say what is left to do (docs/workflow.md)
  const projectWork = moneyWarnings(done.after, []).find((w) => w.kind === 'project-work');
  if (projectWork && !o.json) await print(paint.yellow(say(projectWork.text).replace(`${done.after.id}: `, '')));
}

export function approve(ref: string, o: ActionOptions & { note?: string }) {
  return runTicketAction(
    o,
    ref,
    'approve',
    async () => ({ note: o.note }),
    () => text_('actions.approve'),
  );
}

export function handoff(ref: string, o: ActionOptions & { to?: string; reason?: string }) {
  return runTicketAction(
    o,
    ref,
    'handoff',
    async () => {
      const target = await need<HandoffTarget>(
        o.to === undefined ? undefined : oneOf(o.to, HANDOFF_TARGETS, '--to'),
        '--to',
        (p) => p.select({ message: t('actions.askHandoffTo'), choices: HANDOFF_TARGETS.map((v) => ({ value: v })) }),
      );
      return { target, reason: await need(o.reason, '--reason', text('--reason', 'actions.askHandoffReason')) };
    },
    (i) => text_('actions.handoff', { target: i.target, reason: i.reason }),
  );
}

export function reply(ref: string, o: ActionOptions & { message?: string; fromCustomer?: boolean }) {
  const action = o.fromCustomer ? 'customer-reply' : 'reply';
  return runTicketAction(
    o,
    ref,
    action,
    async (_t, hd, record) => ({
      text: await longText(
        o.message,
        aboutTicket(hd, record, '--message', t(o.fromCustomer ? 'actions.askCustomerWrote' : 'actions.askMessage')),
      ),
    }),
    () => text_(o.fromCustomer ? 'actions.customerReply' : 'actions.reply'),
  );
}

export function comment(ref: string, o: ActionOptions & { message?: string }) {
  return runTicketAction(
    o,
    ref,
    'comment',
    async (_t, hd, record) => ({
      text: await longText(o.message, aboutTicket(hd, record, '--message', t('actions.askNote'))),
    }),
    () => text_('actions.comment'),
  );
}

export async function wait(refs: string[], o: ActionOptions & { reason?: string; until?: string }) {
  return runBatchAction(
    o,
    await batchIds(refs, 'wait on'),
    'wait',
    async (_t, hd) => {
      const rules = dailyRulesOf(hd);
      const today = localDate(rules.calendar, hd.now());
      const until =
        o.until === undefined
          ? addBusinessDays(rules.calendar, today, rules.followUpDays)
          : followUpFrom(o.until, today, rules.calendar);
      return { reason: o.reason, until };
    },
    (i) => text_('actions.wait', { until: i.until, reason: i.reason ?? 'none' }),
  );
}

export async function resolve(ref: string, o: ActionOptions & { solution?: string; kb?: string }) {
  const done = await runTicketAction(
    o,
    ref,
    'resolve',
    async (_t, hd, record) => {
      if (o.kb) await hd.kb.read(o.kb);
      return {
        solution: await longText(o.solution, aboutTicket(hd, record, '--solution', t('actions.askSolution'))),
        kb: o.kb,
      };
    },
    () => text_('actions.resolve'),
  );
  if (!o.json && articleWanted(done.after, done.actor)) {
    await print(t('actions.writeArticle', { id: done.short }));
  }
}

export function giveBack(ref: string, o: ActionOptions & { note?: string }) {
  return runTicketAction(
    o,
    ref,
    'return',
    async () => ({ note: o.note }),
    () => text_('actions.return'),
  );
}

export interface CloseFlags extends ActionOptions {
  acceptedBy?: string;
  withoutAcceptance?: boolean;
  reason?: string;
  spam?: boolean;
  asDuplicateOf?: string;
}

/** `desk close`: on acceptance (one ticket), or put aside as spam (any number) or as a duplicate. */
export async function close(refs: string[], o: CloseFlags) {
  const modes = [o.acceptedBy !== undefined, o.withoutAcceptance, o.spam, o.asDuplicateOf !== undefined].filter(
    Boolean,
  );
  if (modes.length > 1) throw usage(text_('actions.closeModesExclude'));
  if (o.spam) {
    return runBatchAction(
      o,
      await batchIds(refs, 'close as spam'),
      'dismiss',
      async () => ({ spam: true }),
      () => text_('actions.closeSpam'),
    );
  }
  if (refs.length !== 1)
    throw usage(text_(refs.length ? 'actions.closeOneAtATime' : 'actions.missingId'), text_('actions.closeHint'));
  const ref = refs[0]!;
  if (o.asDuplicateOf !== undefined) {
    const target = o.asDuplicateOf;
    return runTicketAction(
      o,
      ref,
      'dismiss',
      async (_t, hd) => ({ original: (await hd.readTicket(await hd.resolveTicket(target))).state }),
      (i) => text_('actions.closeDuplicate', { original: i.original?.id }),
    );
  }
  return runTicketAction(
    o,
    ref,
    'close',
    async () => {
      if (o.withoutAcceptance) {
        return {
          withoutAcceptance: await need(o.reason, '--reason', text('--reason', 'actions.askCloseReason')),
        };
      }
      return {
        acceptedBy: await need(o.acceptedBy, '--accepted-by', text('--accepted-by', 'actions.askAcceptedBy')),
      };
    },
    (i) =>
      i.acceptedBy
        ? text_('actions.closeAccepted', { by: i.acceptedBy })
        : text_('actions.closeWithoutAcceptance', { reason: i.withoutAcceptance }),
  );
}

export function reopen(ref: string, o: ActionOptions & { reason?: string }) {
  return runTicketAction(
    o,
    ref,
    'reopen',
    async () => ({ reason: await need(o.reason, '--reason', text('--reason', 'actions.askReopenReason')) }),
    (i) => text_('actions.reopen', { reason: i.reason }),
  );
}
