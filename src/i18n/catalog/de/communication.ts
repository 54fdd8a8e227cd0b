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
  whyAskedRecently: 'kürzlich befragt',
  whyOptedOut: 'abbestellt',
  feedbackNone:
    'Keine Feedback-Anfrage fällig ({skipped} geschlossene Tickets ausgelassen: Stichprobe, Abstand, Abbestellung oder keine Adresse).',
  feedbackDryRun: 'Probelauf: {count, plural, one {# Kontakt würde} other {# Kontakte würden}} um Feedback gebeten:',
  feedbackSent: 'Feedback-Anfragen: {queued} in den Postausgang gestellt, {count} verschickt:',
  usageDryRun: 'Probelauf: die Verbrauchsübersicht {period} ginge an {count, plural, one {# Kunden} other {# Kunden}}:',
  usageSent: 'Verbrauchsübersichten {period}: {count} in den Postausgang gestellt, {sent} verschickt:',
  usageSkipped: 'Ausgelassen: {list}',
  reviewRecorded: '{customer}: Vertragsgespräch vom {date} mit {by} eingetragen.',
  reportMailSubject: 'Kundenbericht {customer}, {period}',
  reportMailIntro:
    'Hallo {name},\n\nhier der Kundenbericht von {customer} für {period}, wie desk ihn heute berechnet hat.',
  reportMailDryRun: 'Probelauf: {id} ginge an {to}. Nichts wird gesendet oder geschrieben.',
  reportMailAlready: '{id} wurde heute schon verschickt ({path}): nichts gesendet.',
  reportMailSent: '{id}: {sent} von {count} verschickt ({to}).',
  digestSubject: 'Ihre Kunden diese Woche ({week})',
  digestIntro: 'Hallo {name},\n\nso stehen Ihre Kunden in {week} (Stand {day}):',
  digestCustomer:
    '{customer}: {open, plural, =0 {keine offenen Tickets} one {# offenes Ticket} other {# offene Tickets}}, {breaches, plural, =0 {keine Reaktionszeit überschritten} one {# Reaktionszeit überschritten} other {# Reaktionszeiten überschritten}} in diesem Monat',
  digestQuota: '  Kontingent {period}: {used} von {included} h ({percent} %)',
  digestSatisfaction:
    '  Zufriedenheit in diesem Monat: {average} ({responses, plural, one {# Bewertung} other {# Bewertungen}})',
  digestReviewDue: '  Vertragsgespräch fällig (zuletzt: {last})',
  digestHintUpsell: '  Hinweis: in {count} der letzten Perioden über dem Kontingent: größeren Vertrag anbieten',
  digestHintCandidate:
    '  Hinweis: zahlt nach Aufwand mehr, als der Einstiegsvertrag kosten würde: Servicevertrag anbieten',
  digestHintAtRisk:
    '  Hinweis: nutzt weit weniger als das Kontingent: über den Vertrag sprechen, bevor er gekündigt wird',
  digestNone: 'Kein Kunde nennt Sie als Projektleiter oder Vertrieb.',
  digestDryRun:
    'Probelauf: {count, plural, one {# Wochenübersicht} other {# Wochenübersichten}} gingen hinaus ({week}). Nichts wird gesendet oder geschrieben.',
  digestSent: '{id}: {customers, plural, one {# Kunde} other {# Kunden}}, {outcome}',
  digestAlready: '{id}: diese Woche schon gesendet',
  bounceLate: '{about}: Zustellbericht, {addresses} unzustellbar (Adresse beim Ansprechpartner vermerkt)',
  bounceLateStaff: '{about}: Zustellbericht, {addresses} unzustellbar (Adresse in desk.yaml unter staff korrigieren)',
  bounceDelayed: '{about}: Zustellung verzögert, der Server versucht es weiter (nichts vermerkt)',
};
