import type { Texts } from '../../keys.js';
import type { sync as en } from '../en/sync.js';

export const sync: Texts<typeof en> = {
  upToDate: 'Abgeglichen mit {remote} ({branch}): nichts Neues vom Team, nichts von Ihnen zu senden.',
  synced: 'Abgeglichen mit {remote} ({branch}): {received}, {sent}.',
  receivedTickets:
    '{count, plural, one {# Ticket} other {# Tickets}} vom Team geändert{added, plural, =0 {} one { (# neu)} other { (# neu)}}',
  receivedChanges: '{count, plural, one {# Änderung} other {# Änderungen}} vom Team',
  receivedNothing: 'nichts Neues vom Team',
  sentTickets: '{count} von Ihnen gesendet',
  sentChanges: '{count, plural, one {# Änderung} other {# Änderungen}} von Ihnen gesendet',
  sentNothing: 'nichts von Ihnen zu senden',
  alsoReceived: 'Außerdem vom Team: {files}',
  alsoSent: 'Außerdem gesendet: {files}',
  attempts: 'Jemand hat zwischendurch gesendet: das wurde zuerst übernommen ({count} Versuche).',
  needsPerson:
    'Braucht einen Menschen: {count, plural, one {# Ticket wurde} other {# Tickets wurden}} an zwei Stellen getrennt geändert:',
  keepMove: '{ticket}: {conflict} — behalten mit: desk settle {ticket}',
  keepTime: '{ticket}: {conflict} — desk log {ticket} --confirm BUCHUNG',
  auditWarning:
    'Die Änderungen des Teams enthalten {count, plural, one {einen Commit, der} other {# Commits, die}} gegen die Rechtetabelle oder die Signaturpflicht {count, plural, one {verstößt} other {verstoßen}} (docs/roles.md#the-history):',
  uncommitted: 'nicht committete Änderungen in {files}',
  uncommittedHint: 'committen Sie sie (git commit) oder legen Sie sie beiseite (git stash), dann desk sync noch einmal',
  noCommit: 'dieser Klon hat noch keinen Commit',
  noCommitHint: 'legen Sie den Helpdesk mit `desk init` an oder klonen Sie den des Teams mit git clone',
  keptChanging: '{remote} ändert sich laufend: {attempts} Sendeversuche wurden von anderen überholt',
  keptChangingHint:
    '{waiting, plural, one {Ihr Commit bleibt} other {Ihre # Commits bleiben}} hier auf dem neuesten Stand des Teams committet; desk sync gleich noch einmal',
  remoteLocked: '{remote} ist gesperrt: {lock} war bei jedem Versuch da',
  remoteLockedHint:
    'vielleicht sendet dort gerade jemand; wenn nicht, wurde ein Senden mittendrin abgebrochen und hat die Datei hinterlassen: löschen Sie sie auf dem Remote, dann desk sync noch einmal ({waiting, plural, one {Ihr Commit bleibt} other {Ihre # Commits bleiben}} hier committet)',
  detached: 'kein Branch ausgecheckt (detached HEAD); desk sync arbeitet auf {main}',
  detachedHint: 'wechseln Sie dorthin: git switch {main}',
  otherBranch: 'Sie sind auf dem Branch {current}; die gemeinsame Historie des Helpdesks ist {main}',
  otherBranchHint:
    'wechseln Sie dorthin (git switch {main}) und gleichen Sie dort ab; um Ihre Arbeit aus {current} mitzunehmen, mergen Sie sie zuerst in {main}',
  noSuchRemote: '--remote: kein Remote namens {remote}',
  remotesAre: 'dieser Klon hat: {remotes}',
  noRemoteHint: 'dieser Klon hat kein Remote; eines hinzufügen mit git remote add origin URL',
  noRemote: 'kein Remote eingerichtet: dieser Klon hat nichts, womit er abgleichen kann',
  addRemoteHint:
    'das gemeinsame Repository des Teams hinzufügen mit git remote add origin URL, dann desk sync (docs/sync.md)',
  severalRemotes: 'dieser Klon hat mehrere Remotes ({remotes})',
  severalRemotesHint: 'sagen Sie mit --remote NAME, welches das Team teilt',
  unreachable: '{remote} ist nicht erreichbar: {reason}',
  unreachableHint:
    'nichts wurde gesendet oder empfangen; Ihre Arbeit bleibt in diesem Klon committet ({waiting, plural, one {# Commit} other {# Commits}} noch nicht gesendet). desk sync noch einmal, sobald {remote} erreichbar ist',
  invoiceNumbers: 'nichts wurde gesendet: {problems}',
  invoiceNumbersHint:
    'Rechnungsnummern müssen eindeutig und lückenlos bleiben: Rechnungen nur an einer Stelle schreiben (ein Klon oder CI). Nur nie versandte Rechnungen (Entwürfe) umnummerieren, im Anschluss an die letzte Nummer des Teams; eine versandte Rechnung behält ihre Nummer — sprechen Sie mit dem, der die andere geschrieben hat, bevor etwas gesendet wird (docs/sync.md)',
  markers: 'nichts wurde gesendet: {file} enthält Konfliktmarken von git (Zeile {line}) in einem Ihrer Commits',
  markersTicketHint:
    'desk setup ausführen: es führt ein mit Konfliktmarken committetes Ticket anhand seiner Ereignisse zusammen und committet es; dann desk sync noch einmal',
  markersFileHint:
    '{file} so bearbeiten, dass es behält, was beide Seiten brauchen (die Zeilen <<<<<<< ======= >>>>>>> entfernen), committen, dann desk sync noch einmal',
  noSharedHistory: 'dieser Klon und {remote} haben keine gemeinsame Historie: es sind verschiedene Helpdesks',
  noSharedHistoryHint:
    'um am Helpdesk des Teams zu arbeiten, klonen Sie ihn (git clone URL), statt diesen abzugleichen',
  integrateFailed: 'die Änderungen des Teams ließen sich nicht übernehmen: {reason}',
  integrateFailedHint: 'nichts wurde gesendet; Ihre Commits sind unverändert',
  conflict:
    'Ihre Änderungen und die des Teams (von {remote}) widersprechen sich in {files}{tickets, select, none {} other { ({tickets}: eine Seite ist kein gültiges Ticket und ließ sich daher nicht anhand der Ereignisse zusammenführen; desk check nennt das Problem)}}; der Abgleich hat vor dem Senden angehalten',
  conflictHint:
    'zu Ende bringen: {count, plural, one {die Datei} other {jede Datei}} so bearbeiten, dass sie behält, was beide Seiten brauchen (und die Zeilen <<<<<<< ======= >>>>>>> entfernen), git add {paths}, git rebase --continue, dann desk sync noch einmal. Oder zurück zu Ihren Commits, wie sie waren: git rebase --abort. Verloren geht so oder so nichts',
  pushRefused: '{remote} hat das Senden abgelehnt: {reason}',
  pushRefusedHint:
    'die Änderungen des Teams sind hier übernommen; {outgoing, plural, one {Ihr Commit bleibt} other {Ihre # Commits bleiben}} in diesem Klon committet. desk sync noch einmal, sobald die Ursache behoben ist',
  running: 'desk sync läuft in diesem Klon (PID {pid})',
  runningHint:
    'warten Sie, bis es fertig ist, dann den Befehl noch einmal (läuft kein desk sync, löschen Sie {marker})',
};
