import type { Texts } from '../../keys.js';
import type { checkProblems as en } from '../en/check-problems.js';

export const checkProblems: Texts<typeof en> = {
  noConfig: 'fehlt; legen Sie sie mit `desk init` an',
  gitLock:
    "Sperrdatei von git, übrig von einem abgebrochenen git-Befehl; läuft in diesem Klon kein git-Befehl, entfernen Sie sie: rm ''{path}''",
  flatFolder:
    'liegt im flachen Ordner eines älteren desk, wo kein Befehl sie liest: `desk upgrade` verschiebt sie in ihren Ordner',
  noInvoice: '{number} ist keine ausgestellte Rechnung',
  dayOverfull:
    '{staff} hat am {on} {total} gebucht, mehr als ein Tag hat, auf {tickets}: Tag oder Dauern korrigieren (desk log ID --replace BUCHUNG)',
  noCreditNote: '{number} ist keine ausgestellte Gutschrift',
  configWaits:
    'bis desk.yaml sich laden lässt, warten die Prüfungen, die sie brauchen: in Tickets genannte Mitarbeiter, Produkte und Kunden, Listenpreise der Verträge, Lücken in den Rechnungsnummern',
  missing: 'fehlt — {why}',
};
