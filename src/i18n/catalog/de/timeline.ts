import type { Texts } from '../../keys.js';
import type { timeline as en } from '../en/timeline.js';

export const timeline: Texts<typeof en> = {
  opened:
    'erfasst per {channel}{contact, select, none {} other { ({contact})}}, eingegangen {received}{talking, select, yes {, im Gespräch mit dem Kunden} other {}}',
  qualified: 'qualifiziert: {what}',
  assigned: 'zugewiesen an {to}',
  escalated: 'an den Second Level eskaliert{to, select, none {} other { ({to})}}: {reason}',
  estimated: 'geschätzt auf {effort}{note, select, none {} other {: {note}}}',
  approved: 'Änderung von der Projektleitung freigegeben{note, select, none {} other {: {note}}}',
  handedOff: 'übergeben an {target} {to}: {reason}',
  mail: '{toCustomer, select, yes {Antwort an den Kunden} other {Kunde schrieb}} (Mail): {text}',
  message: '{toCustomer, select, yes {Antwort an den Kunden} other {Kunde schrieb}}: {text}',
  comment: 'Notiz: {text}',
  waiting:
    'wartet auf den Kunden{reason, select, none {} other {: {reason}}}{until, select, none {} other { (Wiedervorlage {until})}}',
  resolved: 'gelöst: {solution}{kb, select, none {} other { (Artikel: {kb})}}',
  returned: 'an den First Level zurückgegeben{note, select, none {} other {: {note}}}',
  closedSpam: 'als Spam geschlossen',
  mergedInto: 'zusammengeführt in {original}',
  closedDuplicate: 'als Duplikat von {original} geschlossen',
  closedBySilence: 'geschlossen, durch Schweigen abgenommen (keine Antwort {days} Werktage nach der Lösung)',
  closedAccepted: 'geschlossen, abgenommen von {by}',
  closedWithoutAcceptance: 'ohne Abnahme geschlossen: {reason}',
  reopened: 'wieder geöffnet: {reason}',
  logged:
    '{time} {activity} am {on} gebucht{staff, select, none {} other { für {staff}}}{nonBillable, select, none {} other { (nicht berechnet: {nonBillable})}}{replaces, select, none {} other { statt {replaces}}}{review, select, none {} other { (zu prüfen: {review})}}{note, select, none {} other { — {note}}} [{entry}]',
  timeCancelled: 'Zeitbuchung {entry} storniert{reason, select, none {} other {: {reason}}}',
  timeConfirmed: 'Zeit bestätigt: {entry}{note, select, none {} other { — {note}}}',
  settled: 'getrennt gemachte Schritte geklärt{note, select, none {} other {: {note}}}',
  kbLinked: 'Artikel {slug} verknüpft',
  feedback:
    'Bewertung {score}/5{comment, select, none {} other {: {comment}}}{from, select, none {} other { ({from})}}',
  commit: 'Commit {hash} in {repository}: {subject}',
  tagged: 'Schlagwörter {tags}',
  newText: '(neuer Text)',
  edited: 'berichtigt: {fields}{reason, select, none {} other {: {reason}}}',
  mergedIn: '{from} hineingeführt{title, select, none {} other { ({title})}}',
  attached: '{name} angehängt ({size})',
  mailSent: 'Mail an den Server übergeben ({id})',
  mailFailed: 'Mail NICHT zugestellt ({id}): {error}',
  bounce: 'unzustellbar: Mail an {address, select, none {den Kunden} other {{address}}} kam nicht an',
  autoReply: 'automatische Antwort von {from}: {subject}',
  contactProposed:
    'neuer Ansprechpartner für {customer} vorgeschlagen: {name, select, none {} other {{name} }}<{email}>',
};
