import type { Texts } from '../../keys.js';
import type { helpCommunication as en } from '../en/help-communication.js';

export const helpCommunication: Texts<typeof en> = {
  notify:
    'dem Team sagen, was fällig ist (Eskalationen, Freigaben, Fristen, Kontingente …), per Mail und Webhook; jedes einmal',
  notifyDryRun: 'sagen, was verschickt würde; nichts senden, nichts schreiben',
  notifyNoSync: 'nicht mit dem gemeinsamen Repository klären, welcher Klon sendet (nur ein Klon)',
  announce:
    'eine Mail je Ansprechpartner der gewählten Kunden, in ihrer Sprache, über den Postausgang; festgehalten in announcements/',
  announceSubject: 'der Betreff (und Name) der Ankündigung; ein Textblock kann einen eigenen geben',
  announceFile:
    'der Text: ein Block "--- de" und ein Block "--- en", Platzhalter wie \'{{\'greeting\'}}\' (docs/communication.md)',
  announceProduct: 'Kunden, die dieses Produkt nutzen (mehrfach möglich)',
  announceCustomer: 'dieser Kunde (mehrfach möglich)',
  announceContractKind: 'Kunden, deren gültiger Vertrag diese Art hat: service, commitment, none',
  announceRole: 'nur Ansprechpartner, deren Rolle dies enthält, z. B. IT oder Einkauf',
  announceDryRun: 'wer was bekäme, mit den Texten, wie sie sie lesen; nichts senden, nichts schreiben',
  announceNoSend: 'nur einreihen: desk mail send verschickt sie',
  feedbackRequests:
    'die Ansprechpartner kürzlich geschlossener Tickets um eine Bewertung bitten (desk.yaml feedback); die Antworten kommen per Mail',
  feedbackRequestsDryRun: 'wer gefragt würde; nichts senden, nichts schreiben',
};
