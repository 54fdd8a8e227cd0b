import type { Texts } from '../../keys.js';
import type { permissions as en, permissionWhat as enWhat } from '../en/permissions.js';

export const permissionWhat: Texts<typeof enWhat> = {
  'ticket.open': 'eine Kundenmeldung erfassen (open)',
  'ticket.work':
    'qualifizieren, zuweisen, verschlagworten, korrigieren, antworten, warten, lösen, zurückgeben, schließen (auch als Spam oder Duplikat), zusammenführen, wieder öffnen, Dateien anhängen, Bewertungen, Artikel und Commits verknüpfen, housekeeping',
  'ticket.comment': 'eine interne Notiz an ein Ticket schreiben (comment)',
  'ticket.escalate': 'an den Second Level eskalieren',
  'ticket.handoff': 'an die Projektleitung oder den Vertrieb des Kunden übergeben',
  'change.estimate': 'den Aufwand einer Änderungsanfrage schätzen',
  'change.approve': 'eine Änderungsanfrage freigeben (die Projektleitung des Kunden selbst)',
  'time.log': 'Zeit buchen, korrigieren und stornieren (log, start, stop)',
  'kb.edit': 'Artikel der Wissensdatenbank und Antwortvorlagen schreiben und bearbeiten',
  'customer.change': 'Kunden und ihre Ansprechpartner anlegen und ändern',
  'contract.change': 'Verträge und ihre Konditionen anlegen und ändern',
  'invoice.issue': 'Rechnungen stellen (Rechnungslauf)',
  'invoice.cancel': 'Rechnungen mit einer Gutschrift stornieren',
  'payment.record': 'Zahlungen erfassen, importieren und zuordnen',
  'dunning.run': 'Zahlungserinnerungen und Mahnungen schreiben (dunning run)',
  'mail.take-in': 'E-Mail übernehmen: Tickets und Nachrichten aus eingehender Post (mail fetch, import)',
  'config.change': 'desk.yaml ändern (Firma, Team, Rollen, diese Tabelle) oder die Ablage aktualisieren',
  'helpdesk.sync': 'Änderungen senden und empfangen, einen Klon einrichten (sync, setup)',
  'notify.send': 'die fälligen Benachrichtigungen ans Team senden (notify)',
  'announce.send': 'Rundschreiben an Kunden senden (announce)',
  'report.mail': 'Berichte und die Wochenübersicht ans Team mailen (report --send-to, digest)',
  'survey.send': 'Umfragen an die Ansprechpartner der Kunden senden (survey send)',
  'usage.send': 'Verbrauchsnachweise an Kunden mailen (usage --send)',
  'customer.review': 'ein Review-Gespräch mit dem Kunden festhalten (customer review)',
  'act-for-others': 'mit --as eingeben, was jemand anderes aus dem Team getan oder gesagt hat',
};

export const permissions: Texts<typeof en> = {
  mayNot: '{name} ({id}, {roles}) fehlt die Berechtigung {permission}: {what}',
  whoHasIt: 'wer sie hat: {who} (docs/roles.md)',
  mayNotActFor:
    '{name} ({id}) darf nicht für {actorName} ({actor}) handeln: --as für jemand anderen braucht die Berechtigung act-for-others',
  mayNotActForHint: 'wer sie hat: {who}; oder {actor} macht es selbst',
  inPerson: '{permission} kann nicht für jemand anderen eingegeben werden: {actorName} ({actor}) macht es selbst',
  inPersonHint: 'die Rechtetabelle sagt, wer was selbst tut (docs/roles.md)',
  who: '{roles} — {people}',
  nobody: 'keine Rolle',
  nobodyOnStaff: 'niemand im Team',
};
