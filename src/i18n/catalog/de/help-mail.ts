import type { Texts } from '../../keys.js';
import type { helpMail as en } from '../en/help-mail.js';

export const helpMail: Texts<typeof en> = {
  mail: 'E-Mail ein und aus: das Support-Postfach abholen, alte Mails einlesen, den Postausgang senden',
  mailFetch: 'alles Neue aus den Mailquellen in desk.yaml übernehmen (für cron, systemd-Timer, CI)',
  mailFetchSource: 'nur diese Quelle',
  mailFetchDryRun: 'sagen, was geschähe; nichts schreiben, nichts markieren',
  mailImport: '.eml-Dateien und mbox-Archive übernehmen (ein altes Support-Postfach), jede Nachricht einmal',
  mailImportDryRun: 'sagen, was geschähe; nichts schreiben',
  mailSend: 'senden, was im Postausgang wartet (noch nicht verschickte Antworten und Eingangsbestätigungen)',
  mailSendResend:
    'eine Mail, deren Versand abbrach, erneut senden, nachdem geprüft ist, dass sie nicht ankam (mehrfach möglich)',
  mailSendTakeOver: 'auch Mails senden, die ein anderer Klon eingereiht hat',
  template: 'Textbausteine für Antworten in templates/ (docs/email.md)',
  templateList: 'die Vorlagen und ihre Sprachen',
  templateShow: 'eine Vorlage, wie sie ist, mit ihren Platzhaltern',
};
