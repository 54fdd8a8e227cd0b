/** Refusals and errors raised in core and store, with their hints (core/errors.ts carries the key). */
export const errors = {
  unknownStaff: '{flag}: unknown staff member "{id}"',
  knownStaff: 'known staff: {ids}',
  emailNotStaff: "git's user.email {email} belongs to no staff member in desk.yaml",
  whoAreYou: 'who are you? git has no user.email and neither --as nor DESK_USER is set',
  sayWhoYouAre: 'say who you are with --as STAFF or DESK_USER=STAFF (known staff: {ids})',
  noTicket: 'no ticket {id}',
  noTicketHint: 'see the ticket ids with `desk list --all`',
  ambiguous: '{ref} is ambiguous: it matches {ids}',
  ambiguousHint: 'type more characters of the id',
  indexingTickets: 'Indexing tickets',
  tagBoth: 'tag "{tag}" is both added and removed',
  tagSummary: 'tag {change}',
};
