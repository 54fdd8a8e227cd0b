import type { Texts } from '../../keys.js';
import type { communication as en } from '../en/communication.js';

export const communication: Texts<typeof en> = {
  notifyNothingNew: 'Nichts fällig, was nicht schon verschickt wurde ({count} bereits verschickt).',
  notifyDryRun:
    'Probelauf: {count, plural, one {# Benachrichtigung würde} other {# Benachrichtigungen würden}} verschickt:',
  notifyNobody: 'niemand (nach den Einstellungen in desk.yaml)',
  notifySyncFailed:
    'Nichts verschickt: der Abgleich, der entscheidet, welcher Klon verschickt, ist gescheitert ({reason}).',
  notifySyncLater:
    'Die Ansprüche sind hier committet; der nächste desk notify gleicht sie ab und verschickt, was diesem Klon gehört.',
  notifyOthers:
    '{count} zuerst von einem anderen Klon beansprucht: er verschickt {count, plural, one {sie} other {sie}}.',
  notifyNothingSent: 'Nichts verschickt.',
  notifyNothingDue: 'Nichts fällig.',
  colKind: 'ART',
  colAbout: 'BETRIFFT',
  colDetail: 'DETAIL',
  colTo: 'AN',
  colNotification: 'BENACHRICHTIGUNG',
  colChannel: 'KANAL',
  colResult: 'ERGEBNIS',
  colCustomer: 'KUNDE',
  colContact: 'KONTAKT',
  colEmail: 'E-MAIL',
  colLanguage: 'SPRACHE',
  channelMail: 'Mail',
  channelWebhook: 'Webhook',
  announceQueued: '{id}: {count, plural, one {# Mail} other {# Mails}} in den Postausgang gestellt ({path}).',
  announceNotSent: 'Noch nicht verschickt: desk mail send verschickt sie (der Mail-Timer).',
  announceSent:
    '{sent} verschickt{failed, plural, =0 {} other {, # abgewiesen (Adressen als unzustellbar markiert)}}{waiting, plural, =0 {} other {, # warten auf den Server: desk mail send versucht es erneut}}.',
  announceDryRun:
    'Probelauf: {id} ginge an {count, plural, one {# Kontakt} other {# Kontakte}} bei {customers} Kunde(n) (Deutsch {de}, Englisch {en}). Nichts wird verschickt oder geschrieben.',
  announceMore: '… und {count} weitere (--json listet alle)',
  announceFallback: '(kein Text: andere Sprache)',
  announcePreview: '── {language, select, de {Deutsch} other {Englisch}}, wie {contact} es liest ──',
  announceSubject: 'Betreff: {subject}',
  announceLeftOut: 'Nicht angeschrieben: {list}',
  whyNoEmail: 'keine E-Mail',
  whyBounced: 'unzustellbar',
  whyOptedOut: 'abbestellt',
  feedbackNone:
    'Keine Feedback-Anfrage fällig ({skipped} geschlossene Tickets ausgelassen: Stichprobe, Abstand, Abbestellung oder keine Adresse).',
  feedbackDryRun: 'Probelauf: {count, plural, one {# Kontakt würde} other {# Kontakte würden}} um Feedback gebeten:',
  feedbackSent: 'Feedback-Anfragen: {queued} in den Postausgang gestellt, {count} verschickt:',
  usageDryRun: 'Probelauf: die Verbrauchsübersicht {period} ginge an {count, plural, one {# Kunden} other {# Kunden}}:',
  usageSent: 'Verbrauchsübersichten {period}: {count} in den Postausgang gestellt, {sent} verschickt:',
  usageSkipped: 'Ausgelassen: {list}',
  reviewRecorded: '{customer}: Vertragsgespräch vom {date} mit {by} eingetragen.',
};
