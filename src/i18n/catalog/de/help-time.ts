import type { Texts } from '../../keys.js';
import type { helpTime as en } from '../en/help-time.js';

export const helpTime: Texts<typeof en> = {
  log: 'Zeit auf ein Ticket buchen, z. B. desk log T-4K7M2 1h30m --activity analysis',
  logActivity: 'communication, analysis, solution, remote-session, change, documentation (Vorgabe: solution)',
  logOn: 'der Tag der Arbeit (Vorgabe: heute)',
  logMessage: 'was getan wurde',
  logNonBillable: 'Kulanz: zählt nirgends (braucht --reason)',
  logReason: 'warum die Zeit nicht berechnet wird, oder warum eine Buchung zurückgenommen wird',
  logUndo: 'eine Zeitbuchung stornieren (nichts wird umgeschrieben)',
  logReplace: 'DAUER anstelle einer Buchung buchen',
  logConfirm:
    'eine zur Prüfung markierte Buchung bestätigen, oder was von einer an zwei Stellen berichtigten Buchung gilt',
  settle: 'ein Ticket dort lassen, wo es steht, nachdem zwei Klone es getrennt bewegt haben (desk check zeigt sie)',
  settleMessage: 'was vereinbart wurde',
  start: 'eine Arbeitssitzung an einem Ticket beginnen; desk stop bucht sie als Zeit (docs/code-repositories.md)',
  startActivity: 'als was die Zeit gebucht wird (Vorgabe: solution)',
  startMessage: 'woran Sie arbeiten',
  stop: 'Ihre Arbeitssitzung beenden und buchen; eine vergessene wird gekappt und zur Prüfung markiert',
  stopActivity: 'als diese Tätigkeit buchen',
  stopDuration: 'diese tatsächliche Zeit statt der gemessenen buchen',
  stopDiscard: 'die Sitzung verwerfen, nichts buchen',
  status: 'Ihre laufende Arbeitssitzung',
};
