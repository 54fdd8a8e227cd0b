import type { Texts } from '../../keys.js';
import type { store as en } from '../en/store.js';

export const store: Texts<typeof en> = {
  noHelpdesk: 'hier ist kein Helpdesk: keine desk.yaml in {dir} oder einem Ordner darüber',
  noHelpdeskHint:
    'legen Sie einen mit `desk init` an, oder zeigen Sie auf einen mit --repo ORDNER, DESK_REPO oder `git config desk.repo ORDNER` (docs/code-repositories.md)',
  noSuchFolder: '{source}: diesen Ordner gibt es nicht',
  noSuchFolderHint: 'zeigen Sie auf ein Helpdesk-Repository (den Ordner mit der desk.yaml)',
  noDeskYaml: '{source}: {dir} hat keine desk.yaml',
  noDeskYamlHint: 'zeigen Sie auf ein Helpdesk-Repository, oder legen Sie dort einen mit `desk init` an',
  busy: 'der Helpdesk ist belegt: ein anderer desk-Befehl (PID {pid}) schreibt gerade',
  busyHint: 'gleich noch einmal versuchen; läuft kein desk-Befehl, löschen Sie {path}',
  diskFull:
    'kein Platz mehr auf dem Laufwerk von {path}: desk konnte seine Sperre nicht setzen, und nichts wurde geändert',
  diskFullHint: 'schaffen Sie dort Platz, dann den Befehl noch einmal',
  newerLayout:
    'desk.yaml nennt Format {format}: dieser Helpdesk wurde von einem neueren desk angelegt als diesem (Format {current})',
  newerLayoutHint:
    'aktualisieren Sie desk auf diesem Rechner (npm ci in seinem Ordner oder die neuere Version installieren), dann den Befehl noch einmal',
  flatLayout:
    'dieser Helpdesk hat {count, plural, one {sein Ticket} other {seine # Tickets}} noch im flachen Ordner eines älteren desk (tickets/T-….yaml)',
  flatLayoutHint:
    'einmal `desk upgrade` ausführen: es verschiebt sie in einem Commit in Ordner nach ihren Nummern, und git behält ihre Historie. Hat das vielleicht schon jemand im Team getan, zuerst `desk sync` (docs/files.md)',
  upgradeUncommitted: 'nicht committete Änderungen in {files}',
  upgradeUncommittedHint:
    'committen Sie sie (git commit) oder legen Sie sie beiseite (git stash), dann desk upgrade noch einmal: sein Commit enthält nur das Verschieben',
  bothLayouts: '{flat} und {sharded} gibt es beide',
  bothLayoutsHint:
    'behalten Sie die mit der ganzen Historie (mit git log vergleichen), löschen Sie die andere, committen Sie, dann desk noch einmal',
  unknownCustomer: 'unbekannter Kunde "{id}"',
  knownCustomers: 'bekannte Kunden: {ids}',
  noCustomers: 'einen anlegen mit `desk customer add`',
  customerIdMismatch: '{file}: id: der Dateiname sagt {id}, die id ist aber {found}',
  damaged:
    '{file}: {field}: {message}{more, plural, =0 {} one { (und # weiteres Problem)} other { (und # weitere Probleme)}}',
  damagedHint: 'die Datei korrigieren, dann zeigt `desk check` jedes Problem',
  notGit: '{dir} ist kein git-Repository',
  notGitHint:
    'desk führt seine Historie in git: dort `git init` ausführen, oder mit `desk init` einen neuen Helpdesk anlegen',
  midMerge: '{dir} steckt mitten in einem {merging}',
  midMergeConflicts: '{dir} steckt mitten in einem {merging} mit Konflikten in {files}',
  midMergeHint:
    'zu Ende bringen (die Konflikte lösen, dann {finish}) oder abbrechen (git {merging} --abort), dann desk noch einmal',
  midMergeSetupHint:
    'desk setup ausführen: es führt die Ticketdateien anhand ihrer Ereignisse zusammen{others, select, yes {; die anderen Dateien von Hand lösen und mit git add vormerken} other {}}; dann {finish} — oder abbrechen: git {merging} --abort',
  midMergePlainHint:
    'zu Ende bringen ({conflicts, select, yes {die Konflikte lösen, die Dateien mit git add vormerken, dann } other {}}{finish}) oder abbrechen (git {merging} --abort), dann desk noch einmal',
  detachedHead:
    'HEAD ist losgelöst (detached): kein Branch ist ausgecheckt, und ein Commit von jetzt ginge beim nächsten Auschecken verloren',
  detachedHeadHint: 'einen Branch auschecken (git switch {main}), dann desk noch einmal',
  badNow: 'DESK_NOW: "{value}" ist kein ISO-Zeitpunkt',
  badNowHint: 'so schreiben: 2026-11-26T09:00:00+01:00, oder die Variable entfernen',
  noSigningKey: 'desk.yaml verlangt signierte Commits, und git hat keinen Schlüssel zum Signieren',
  signingHint:
    'einen einrichten: git config gpg.format ssh && git config user.signingKey ~/.ssh/id_ed25519 (docs/roles.md#signed-commits)',
  couldNotSign: 'desk.yaml verlangt signierte Commits, und git konnte nicht signieren: {reason}',
  couldNotSignHint:
    'nichts wurde committet; Signieren einrichten: git config gpg.format ssh && git config user.signingKey ~/.ssh/id_ed25519 (docs/roles.md#signed-commits)',
  commitFailed: 'git konnte nicht committen: {reason}',
  commitFailedHint: 'nichts wurde committet; die Dateien sind wiederhergestellt',
  gitLock:
    'die Sperrdatei {file} von git ist im Weg: ein anderer git-Befehl läuft in diesem Klon, oder einer wurde abgebrochen und hat sie liegen lassen',
  gitLockHint:
    "läuft kein git-Befehl in {dir}, entfernen Sie sie: rm ''{path}'' — dann den Befehl noch einmal; nichts wurde geändert",
  notCommitted: 'nicht committet: {file}: {field}: {message}{more, plural, =0 {} other { (und # weitere)}}',
  notCommittedHint: 'desk check würde die Datei ablehnen; nichts wurde geschrieben',
  notASession: '{file}: keine laufende Arbeitssitzung',
  notASessionHint: 'verwerfen mit `desk stop --discard` und die Zeit mit `desk log` buchen',
  noSqlite: 'desk search braucht SQLite (das Paket better-sqlite3), das auf diesem Rechner nicht geladen werden konnte',
  noArticle: 'kein Artikel {slug}',
  noArticleHint: 'die Artikel zeigt `desk kb list`, einen finden mit `desk kb search`',
  badSlug: '"{slug}" ist kein Artikelname: {problem}',
  badArticle: '{file}: {field}: {message}',
  badArticleHint: 'den Kopf des Artikels (Front Matter) korrigieren, dann `desk check`',
  outNotOurs: '--out {dir}: den Ordner gibt es, und er ist kein von desk geschriebenes Hilfecenter',
  outNotOursHint: 'nennen Sie einen neuen oder leeren Ordner',
  noSearchScript: 'das Suchskript des Hilfecenters fehlt ({path})',
  noSearchScriptHint: 'desk zuerst bauen: npm run build',
  noSuchFile: '{file}: diese Datei gibt es nicht',
  noSuchFileHint: 'ein Artikel oder desk.yaml (company.logo) nennt sie; die Datei hinzufügen oder den Pfad korrigieren',
  codeNoFolder: '{source}: den Ordner {dir} gibt es nicht',
  codeNotGit: '{source}: {dir} liegt in keinem git-Repository',
  codeNotGitHint: 'desk im Code-Repository ausführen, oder --code-repo ORDNER angeben',
  noCommit: '{flag}: kein Commit "{rev}" in {dir}',
  noCommitHint: 'einen Commit-Hash, Branch oder Tag dieses Repositorys angeben',
};
