import type { Texts } from '../../keys.js';
import type { intake as en } from '../en/intake.js';

export const intake: Texts<typeof en> = {
  contactOfSeveral: '{email} ist Kontakt von {customers}',
  domainOfSeveral: '{domain} ist die Mail-Domain von {customers}',
  noCustomer: '{email} gehört zu keinem Kunden',
  sentByStaff: 'von einem Mitarbeiter gesendet',
  and: '{a} und {b}',
};
