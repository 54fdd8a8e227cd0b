import type { TicketEvent } from './events.js';

/**
 * What counts as the reaction to a request (docs/domain.md, docs/reaction-times.md): whatever tells
 * the customer the request is being handled. The first of these, in event order, is the reaction;
 * later ones (a reopening included) never move it, so the reaction status of a resolved, closed or
 * handed-off ticket is final.
 */
export const REACTION_KINDS = ['conversation', 'reply', 'waiting', 'resolved', 'closed', 'handed-off'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export interface FirstReaction {
  at: string;
  by: string;
  how: ReactionKind;
}

/** How `e` tells the customer their request is handled, if it does. */
export function reactionKindOf(e: TicketEvent): ReactionKind | undefined {
  switch (e.type) {
    case 'opened':
      // taken by phone, on site or in a remote session: the customer hears it there and then
      return e.conversation ? 'conversation' : undefined;
    case 'message':
      // a mail counts once the SMTP server took it (mail-sent), a reply given another way at once
      return e.direction === 'to-customer' && !e.mail ? 'reply' : undefined;
    case 'mail-sent':
      return 'reply';
    case 'waiting':
      // waiting on the customer means they were asked for something
      return 'waiting';
    case 'resolved':
      return 'resolved';
    case 'closed':
      return 'closed';
    case 'handed-off':
      return 'handed-off';
    default:
      return undefined;
  }
}

/** The first reaction among `events` (in file order), if any. */
export function firstReaction(events: readonly TicketEvent[]): FirstReaction | undefined {
  for (const e of events) {
    const how = reactionKindOf(e);
    if (how) return { at: e.at, by: e.by, how };
  }
  return undefined;
}
