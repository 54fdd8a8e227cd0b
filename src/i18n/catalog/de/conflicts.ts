import type { Texts } from '../../keys.js';
import type { conflicts as en } from '../en/conflicts.js';

export const conflicts: Texts<typeof en> = {
  time: 'Zeitbuchung {entry} wurde an zwei Stellen getrennt korrigiert ({made}): {result}, bis jemand es bestätigt',
  replaced: '{by} hat {corrects} durch {replacement} ersetzt ({hours} h)',
  cancelled: '{by} hat {corrects} storniert',
  joined: '{a}; {b}',
  stands: 'es gilt {entry}',
  cancellationStands: 'es gilt die Stornierung',
  move: '{move} von {by} am {day} um {time} kam, nachdem das Ticket anderswo schon den Status „{status}“ hatte; nicht übernommen',
  escalated: 'Eskalation',
  handedOff: 'Übergabe',
  waiting: 'Warten auf den Kunden',
  resolved: 'Lösung',
  returned: 'Rückgabe an First Level',
  closed: 'Schließen',
  reopened: 'Wiedereröffnung',
};
