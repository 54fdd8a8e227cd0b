import type { Texts } from '../../keys.js';
import type { ticket as en } from '../en/ticket.js';

export const ticket: Texts<typeof en> = {
  state: '{status} ({where}{assignee, select, none {} other {, {assignee}}})',
  level: '{level, select, 1 {First Level} other {Second Level}}',
  handedOffTo: 'an {target} {to}',
  closedAs:
    'geschlossen, {what} ({level, select, 1 {First Level} other {Second Level}}{assignee, select, none {} other {, {assignee}}})',
  accepted: 'abgenommen',
  acceptedBySilence: 'durch Schweigen abgenommen',
  withoutAcceptance: 'ohne Abnahme',
  duplicateOf: 'Duplikat von {original}',
  mergedInto: 'zusammengeführt in {original}',
  spam: 'Spam',
  target: '{target, select, lead {Projektleitung} other {Vertrieb}}',
};
