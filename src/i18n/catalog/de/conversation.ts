import type { Texts } from '../../keys.js';
import type { conversation as en } from '../en/conversation.js';

export const conversation: Texts<typeof en> = {
  heading: 'Schriftverkehr',
  toCustomer: '→ an den Kunden',
  notByMail: '(nicht per Mail)',
  from: '← von',
  theCustomer: 'dem Kunden',
  machine: '← {kind, select, bounce {Unzustellbarkeitsmeldung} other {automatische Antwort}} von {from}',
  sent: 'verschickt',
  queued: 'eingereiht, noch nicht verschickt',
  failed: 'NICHT zugestellt: {error}',
  notMailed: 'festgehalten, nicht gemailt',
  subject: 'Betreff:',
  attachment: 'Anhang:',
  inline: ' eingebettet, im Original',
  tooLarge: ' zu groß, im Original',
};
