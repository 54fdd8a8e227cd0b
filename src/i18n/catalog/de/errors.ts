import type { Texts } from '../../keys.js';
import type { errors as en } from '../en/errors.js';

export const errors: Texts<typeof en> = {
  unknownStaff: '{flag}: "{id}" ist niemand aus dem Team',
  knownStaff: 'das Team: {ids}',
  emailNotStaff: 'die user.email {email} in git gehört zu niemandem aus dem Team in desk.yaml',
  whoAreYou: 'Wer sind Sie? git kennt keine user.email, und weder --as noch DESK_USER ist gesetzt',
  sayWhoYouAre: 'sagen Sie mit --as KÜRZEL oder DESK_USER=KÜRZEL, wer Sie sind (das Team: {ids})',
  noTicket: 'kein Ticket {id}',
  noTicketHint: 'die Ticketnummern zeigt `desk list --all`',
  ambiguous: '{ref} ist nicht eindeutig: passt zu {ids}',
  ambiguousHint: 'mehr Zeichen der Nummer eingeben',
  indexingTickets: 'Tickets werden indiziert',
  tagBoth: 'Schlagwort "{tag}" wird zugleich hinzugefügt und entfernt',
  tagSummary: 'Schlagwörter {change}',
};
