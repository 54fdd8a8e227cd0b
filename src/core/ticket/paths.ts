import { isTicketId } from '../ids.js';

/**
 * Where a ticket lives follows from its id and nothing else: `tickets/<S>/<ID>.yaml`, its
 * attachments in `tickets/<S>/<ID>/`, where S is the first two characters of the random part of
 * the id (T-4K7M2… → tickets/4K/). Git shards its own objects the same way: a commit then
 * rewrites the tree of one folder of about a hundred files, not a folder of every ticket
 * (docs/files.md, docs/scale.md). Every path to a ticket or its attachments comes from here.
 */
export const TICKETS_DIR = 'tickets';

/** The layout of the ticket folder desk.yaml's `format` names; 1 was one flat folder. */
export const LAYOUT_FORMAT = 2;

export const SHARD_LENGTH = 2;

/** The shard folder's name for `id`: T-4K7M2… → 4K. */
export const shardOf = (id: string): string => id.slice(2, 2 + SHARD_LENGTH);

export const ticketFile = (id: string): string => `${TICKETS_DIR}/${shardOf(id)}/${id}.yaml`;

/** The folder of a ticket's attachments, beside its file. */
export const attachmentDir = (id: string): string => `${TICKETS_DIR}/${shardOf(id)}/${id}`;

/** Where a ticket's file lay in the flat layout of format 1 (`desk upgrade` moves it). */
export const flatTicketFile = (id: string): string => `${TICKETS_DIR}/${id}.yaml`;

const SHARD = /^[0-9A-HJKMNP-TV-Z]{2}$/;

/** True for a name that can be a shard folder of the tickets folder. */
export const isShardName = (name: string): boolean => SHARD.test(name);

/** The ticket id of a repository path that is a ticket file where its id puts it; undefined otherwise. */
export function ticketIdOfPath(path: string): string | undefined {
  const m = /^tickets\/([^/]+)\/([^/]+)\.yaml$/.exec(path);
  return m && isTicketId(m[2]!) && shardOf(m[2]!) === m[1] ? m[2] : undefined;
}

/** The ticket id of a ticket file of the flat layout (`tickets/<ID>.yaml`); undefined otherwise. */
export function ticketIdOfFlatPath(path: string): string | undefined {
  const m = /^tickets\/([^/]+)\.yaml$/.exec(path);
  return m && isTicketId(m[1]!) ? m[1] : undefined;
}
