import type { Texts } from '../../keys.js';
import type { reply as en } from '../en/reply.js';

export const reply: Texts<typeof en> = {
  kbFromCustomer: '--kb: ein Link ins Hilfecenter gehört in eine Antwort an den Kunden, nicht zu --from-customer',
  needMail: '--cc, --attach und --to brauchen eine Mail: --no-send weglassen',
  noSmtp: 'desk.yaml hat kein mail.smtp: desk kann --cc, --attach oder --to nicht senden',
  seeEmailDocs: 'siehe docs/email.md',
  recorded: 'Antwort festgehalten (nicht verschickt)',
  recordedNoSmtp: 'Antwort festgehalten (nicht gemailt: desk.yaml hat kein mail.smtp)',
  sent: 'Antwort an {to} verschickt',
  queued: 'Antwort eingereiht, noch nicht verschickt ({why}); desk mail send versucht es erneut',
  textTwice: 'den Text nur einmal angeben: --message oder --file',
  templateAndMessage: '--template gibt den Anfang vor; ihn bearbeiten oder --message weglassen',
  fileEmpty: '--file: {file} ist leer',
  tooLarge: '--attach: {file} ist {size} MB groß, mehr als attachments.maxMegabytes in desk.yaml erlaubt',
  tooLargeHint: 'stattdessen einen Link schicken oder die Grenze in desk.yaml anheben',
};
