/** The closed sets of the ticket domain (docs/domain.md §2–4). Free strings never stand for these. */

export const STATUSES = ['new', 'open', 'escalated', 'waiting', 'resolved', 'closed', 'handed-off'] as const;
export type Status = (typeof STATUSES)[number];
/** Still in support's hands: not closed, not handed off. Work lists show these; the index keeps their whole record. */
export const IN_SUPPORT: readonly Status[] = ['new', 'open', 'escalated', 'waiting', 'resolved'];

export type Level = 1 | 2;

export const CATEGORIES = [
  'question',
  'malfunction',
  'change-request',
  'data-problem',
  'infrastructure',
  'feature-idea',
  'new-development',
  'project-work',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** New modules and project programming are not support's work (docs/domain.md §3): they can only be handed off. */
export const NOT_SUPPORT: readonly Category[] = ['new-development', 'project-work'];
export const isSupport = (category: Category) => !NOT_SUPPORT.includes(category);

export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = ['phone', 'e-mail', 'portal', 'on-site', 'remote-session'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ACTIVITIES = [
  'communication',
  'analysis',
  'solution',
  'remote-session',
  'change',
  'documentation',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** How a closed ticket ended: the customer accepted (in words or by silence), or it was never a request of its own. */
export const CLOSURES = [
  'accepted',
  'accepted-by-silence',
  'without-acceptance',
  'duplicate',
  'merged',
  'spam',
] as const;
export type Closure = (typeof CLOSURES)[number];
/** Closed as not a request of its own: no acceptance, no billing, out of the reaction-time figures. */
export const NOT_A_REQUEST: readonly Closure[] = ['duplicate', 'merged', 'spam'];

export const HANDOFF_TARGETS = ['project-lead', 'sales'] as const;
export type HandoffTarget = (typeof HANDOFF_TARGETS)[number];

/** Change requests above this effort are project work (docs/domain.md §2). */
export const CHANGE_REQUEST_LIMIT_MINUTES = 8 * 60;

/**
 * The customer of a ticket whose sender matched no customer (mail from an unknown address): it
 * waits in the triage list until First Level sets the customer. Not a valid customer id, so no
 * customer file can ever be named so.
 */
export const UNKNOWN_CUSTOMER = '(unknown)';

/** The actor of events desk records from incoming mail; reserved, no staff member can have this id. */
export const MAIL_ACTOR = 'mail';

/** Tags are short words people type: lower case, digits, dashes. */
export const TAG_PATTERN = /^[\p{Ll}\p{N}][\p{Ll}\p{N}_-]*$/u;
