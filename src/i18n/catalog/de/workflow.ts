import type { Texts } from '../../keys.js';
import type { workflow as en } from '../en/workflow.js';

const verb =
  '{action, select, qualify {qualifiziert} assign {zugewiesen} escalate {eskaliert} estimate {geschätzt} approve {freigegeben} handoff {übergeben} reply {beantwortet} comment {kommentiert} wait {auf Warten gesetzt} resolve {gelöst} return {zurückgegeben} close {geschlossen} tag {verschlagwortet} edit {berichtigt} dismiss {beiseitegelegt} reopen {wieder geöffnet} feedback {bewertet} other {bearbeitet}}';

export const workflow: Texts<typeof en> = {
  cannot: `{id} kann nicht ${verb} werden: {why}`,
  whyNew: 'es ist noch nicht qualifiziert (desk qualify)',
  whyClosed: 'es ist geschlossen (erst desk reopen)',
  whyHandedOff: 'es wurde aus dem Support übergeben',
  whyResolved: 'es ist schon gelöst',
  whyWaiting: 'es wartet auf den Kunden',
  whyStatus: 'es ist {status}',
  whyFeedback: 'es ist {status}; der Kunde bewertet ein gelöstes oder geschlossenes Ticket',
  whyDuplicate:
    'es ist {merged, select, yes {zusammengeführt in} other {geschlossen als Duplikat von}} {original}; die Meldung geht dort weiter',
  allowedFrom: 'möglich ab "{status}": {commands}',
  neverEscalated: `{id} kann im Second Level nicht ${verb} werden: es wurde nie an den Second Level eskaliert`,
  neverEscalatedHint:
    'der First Level erfasst und qualifiziert jede Meldung; erst eskalieren (desk escalate) oder den First Level antworten lassen',
  returnAtFirst: '{id} kann nicht zurückgegeben werden: es ist schon im First Level',
  returnAtFirstHint: 'der First Level schließt es nach Abnahme durch den Kunden: desk close --accepted-by NAME',
  escalateAtSecond: '{id} kann nicht eskaliert werden: es ist schon im Second Level',
  qualifyFirst: `{id} kann nicht ${verb} werden: erst qualifizieren`,
  qualifyFirstHint: 'desk qualify ID --category … --priority …',
  notSupport: `{id} kann im Support nicht ${verb} werden: {category} ist keine Aufgabe des Supports`,
  handOffInstead: 'stattdessen übergeben: desk handoff {id} --to project-lead --reason …',
  notSecondLevelStaff: `{id} kann nicht {to, select, none {} other {an {to} }}${verb} werden: {staff} gehört nicht zum Second Level`,
  estimateZero: 'AUFWAND: eine Schätzung muss größer als null sein',
  estimateOnlyChange:
    '{id} kann nicht geschätzt werden: nur Änderungsanfragen bekommen eine Aufwandsschätzung (es ist {category})',
  estimateEscalateFirst:
    '{id} kann nicht geschätzt werden: der Second Level qualifiziert Änderungsanfragen; erst eskalieren',
  approveOnlyEstimated:
    '{id} kann nicht freigegeben werden: nur eine geschätzte Änderungsanfrage braucht eine Freigabe',
  approveOnlyEstimatedHint: 'erst schätzt der Second Level: desk estimate ID 6h',
  overLimit: `{id} kann im Support nicht ${verb} werden: die Schätzung von {estimate} liegt über 8 h, also ist es Projektarbeit`,
  handOff: 'übergeben: desk handoff {id} --to project-lead --reason …',
  noPerson: `{id} kann nicht ${verb} werden: Kunde {customer} hat {target, select, lead {keine Projektleitung} other {keinen Vertrieb}}`,
  setPerson: '{field} in contracts/{customer}.yaml eintragen',
  onlyProjectLead:
    '{id} kann nicht freigegeben werden: nur die Projektleitung des Kunden ({lead}) gibt Änderungsanfragen frei',
  approvedAlready: '{id} ist schon freigegeben (von {by})',
  needsEstimate:
    '{id} kann nicht gelöst werden: eine Änderungsanfrage braucht erst die Aufwandsschätzung des Second Level',
  notApproved: '{id} kann nicht gelöst werden: die Projektleitung hat die Änderung noch nicht freigegeben',
  notApprovedHint: 'die Projektleitung des Kunden ruft auf: desk approve {id}',
  badScore: '--score: {score} ist keine Bewertung von 1 bis 5',
  badScoreHint: 'eine ganze Zahl angeben: 1 (schlecht) bis 5 (sehr gut)',
  needsAcceptance: '{id} kann nicht ohne Abnahme durch den Kunden geschlossen werden',
  needsAcceptanceHint: 'desk close ID --accepted-by NAME, oder in der Ausnahme --without-acceptance --reason …',
  dismissWithTime:
    '{id} kann nicht als {spam, select, yes {Spam} other {Duplikat}} geschlossen werden: es hat {count, plural, one {# Zeitbuchung} other {# Zeitbuchungen}}',
  undoTimeFirst: 'erst stornieren (desk log {id} --undo BUCHUNG --reason …)',
  mergeInstead:
    'stattdessen zusammenführen, das verschiebt die Zeit in das bleibende Ticket: desk merge {id} {original}',
  spamOrDuplicate: '--spam oder --as-duplicate-of ID angeben',
  duplicateOfItself: '--as-duplicate-of: {id} kann kein Duplikat von sich selbst sein',
  duplicateOfDuplicate:
    '{id} kann nicht als Duplikat von {original} geschlossen werden: das ist selbst als Duplikat von {kept} geschlossen',
  nameKept: 'das bleibende Ticket nennen: --as-duplicate-of {kept}',
  duplicateOfSpam: '{id} kann nicht als Duplikat von {original} geschlossen werden: das ist Spam',
  badTag: 'Schlagwort "{tag}": Schlagwörter sind kleingeschriebene Wörter, Ziffern und Bindestriche',
  badTagHint: 'z. B. desk tag T-4K7M2 +urgent -billing',
  noTags: 'keine Schlagwörter zu ändern',
  noTagsHint: '+WORT fügt hinzu, -WORT entfernt: desk tag {id} +urgent -billing',
  nothingToCorrect: 'an {id} ist nichts zu berichtigen',
  nothingToCorrectHint:
    'ein Feld mit neuem Wert angeben: --title, --contact, --customer, --description, --channel, --received-at',
  invoicedAlready:
    '{field, select, customer {der Kunde} other {der Eingangszeitpunkt}} von {id} kann nicht geändert werden: {count} seiner Zeitbuchungen {count, plural, one {ist} other {sind}} schon berechnet',
  invoicedAlreadyHint:
    'erst die Rechnung stornieren (desk invoice cancel NUMMER) oder die Berichtigung als Notiz festhalten',
  receivedAfter: '--received-at: die Meldung kann nicht nach ihrer Erfassung eingegangen sein ({openedAt})',
  mergeSelf: '{id} kann nicht mit sich selbst zusammengeführt werden',
  mergeIntoClosed:
    'in {id} kann nicht zusammengeführt werden: es ist geschlossen als {duplicateOf, select, none {Spam} other {Duplikat von {duplicateOf}}}',
  mergeIntoKeptHint: 'in das Ticket zusammenführen, das bleibt: desk merge {id} {kept}',
  mergeCustomers:
    '{id} ({customer}) kann nicht in {into} ({intoCustomer}) zusammengeführt werden: es sind Meldungen verschiedener Kunden',
  mergeCustomersHint:
    'wurde das Duplikat für den falschen Kunden erfasst, zuerst berichtigen: desk edit {id} --customer {intoCustomer}',
  mergeInvoiced:
    '{id} kann nicht zusammengeführt werden: {count, plural, one {# Zeiteintrag ist} other {# Zeiteinträge sind}} bereits abgerechnet, sie zu verschieben würde eine abgerechnete Rechnung ändern',
  mergeInvoicedHint:
    'stattdessen als Duplikat schließen, die Zeit bleibt, wo sie abgerechnet wurde: desk close {id} --as-duplicate-of {into}',
};
