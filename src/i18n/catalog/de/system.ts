import type { Texts } from '../../keys.js';
import type { system as en } from '../en/system.js';

export const system: Texts<typeof en> = {
  allValid: 'Alle Dateien sind gültig.',
  problemLine: '{file}: {field}: {line, select, none {} other {Zeile {line}: }}{message}',
  problemsFound: '{count, plural, one {# Problem} other {# Probleme}} gefunden',
  historyLine: 'Commit {commit} ({author}): {file, select, none {} other {{file}: }}{rule}',
  nothingToUpgrade: 'Nichts zu aktualisieren: der Helpdesk ist schon im Format {format} abgelegt.',
  upgraded:
    'Von Format {from} auf {to} aktualisiert: {count, plural, one {# Ticket} other {# Tickets}} in Ordner nach ihren Nummern verschoben (Commit {commit}).\nMit desk sync ans Team senden; git log --follow zeigt jede Ticketdatei mit ihrer Historie.',
  initExists: 'in {dir} gibt es schon einen Helpdesk (dort liegt eine desk.yaml)',
  initExistsHint: 'nichts wurde geändert; arbeiten Sie darin, oder legen Sie einen neuen in einem anderen Ordner an',
  initInsideRepo: '{dir} liegt im git-Repository {top}',
  initInsideRepoHint:
    'ein Helpdesk ist ein eigenes Repository: legen Sie ihn in einem neuen Ordner außerhalb an und zeigen Sie mit DESK_REPO darauf',
  initDone:
    'Helpdesk in {dir} angelegt\nAls Nächstes: desk.yaml anpassen (Firma, Team, Servicezeiten), dann Kunden mit `desk customer add` anlegen.',
  setupNotGit: '{dir} ist kein git-Repository',
  setupNotGitHint:
    'desk führt seine Historie in git: dort `git init` ausführen, oder mit `desk init` einen neuen Helpdesk anlegen',
  setupDriver:
    'Merge-Treiber eingerichtet: Ticketdateien werden in diesem Klon anhand der Vereinigung ihrer Ereignisse zusammengeführt.',
  setupAttributes: '.gitattributes richtet ihn jetzt für das ganze Team ein (committet).',
  setupStaged: 'Anhand der Ereignisse zusammengeführt und vorgemerkt: {file}',
  setupCommitted: 'Anhand der Ereignisse zusammengeführt (committet): {file}',
  setupNext: 'Als Nächstes: den {merging} abschließen: {command} (zuerst jede andere Datei mit Konflikten lösen).',
  setupUnresolved: 'nicht anhand der Ereignisse zusammenführbar: {files}',
  setupUnresolvedHint:
    'eine Seite dieser Dateien ist kein gültiges Ticket: von Hand korrigieren (desk check zeigt, was falsch ist), dann git add',
  templateHeading: 'VORLAGE',
  languagesHeading: 'SPRACHEN',
  whereHeading: 'WO',
  templateBuiltIn: 'eingebaut (zum Ändern nach templates/ kopieren)',
  placeholders: 'Platzhalter: {list}',
  dunningPlaceholders: 'Platzhalter für dunning, dunning-subject: {list}',
  hooksIn: 'Die Hooks von desk liegen in {dir}:',
  hookRefuses: 'lehnt Nachrichten ab, die ein unbekanntes oder geschlossenes Ticket nennen',
  hookLinks: 'verknüpft jeden Commit mit den Tickets, die er nennt',
  hookLine:
    '{update, select, yes {aktualisiert: } other {}}{what}{chain, select, kept {; Ihr {hook}-Hook bleibt als {kept} erhalten und läuft zuerst} runs {; ruft zuerst {kept} auf} other {}}',
  hookDeskRepoSet:
    'desk.repo = {dir} in der git-Konfiguration dieses Repositorys gesetzt, damit die Hooks den Helpdesk finden',
  hookDeskRepoOther:
    'Hinweis: desk.repo dieses Repositorys ({value}) nennt einen anderen Helpdesk als {dir}; die Hooks nehmen desk.repo',
  hookSkip:
    'Hooks für einen Commit überspringen mit DESK_SKIP_HOOK=1 git commit …; entfernen mit desk hooks uninstall.',
  hooksRemovedIn: 'In {dir}:',
  hookRemoved:
    '{hook}: {removed, select, yes {Hook von desk entfernt} other {}}{both, select, yes {, } other {}}{restored, select, yes {Ihr Hook aus {kept} wiederhergestellt} other {}}',
  noHooks: 'Keine Hooks von desk in {dir}.',
  noSuchHook: 'kein desk-Hook "{hook}"',
  noSuchHookHint: 'desk richtet commit-msg und post-commit ein',
  hookNeedsFile: 'der commit-msg-Hook braucht die Datei mit der Nachricht',
  hookUnchecked: 'die Ticketnummern in der Nachricht ließen sich nicht prüfen; der Commit geht ungeprüft durch',
  hookNotLinked: 'der Commit wurde nicht mit seinen Tickets verknüpft',
  hookNotLinkedHint: 'der Commit wurde nicht verknüpft; verknüpfen mit desk link ID --commit HEAD',
  hookNoTicket: '{ticket} ist kein Ticket',
  hookAmbiguous: '{ticket} passt zu mehreren Tickets ({matches})',
  hookClosed: '{ticket} ist geschlossen',
  hookRefused: 'Commit abgelehnt: die Nachricht nennt Tickets, auf die sie sich nicht beziehen kann: {problems}',
  hookRefusedHint:
    'die Nummer korrigieren (desk list --all zeigt sie) oder das Ticket wieder öffnen; trotzdem committen: DESK_SKIP_HOOK=1 git commit … oder git commit --no-verify',
  hookLinked: 'desk: {commit} mit {tickets} verknüpft',
  publishNoOut: '--out: sagen Sie, in welchen Ordner das Hilfecenter geschrieben wird',
  publishNoOutHint: 'z. B. desk kb publish --out public',
  publishFixArticle: 'den Artikel korrigieren, dann noch einmal veröffentlichen',
  publishNotUrl: '--base-url: "{value}" ist keine URL',
  publishNotUrlHint: 'die Adresse angeben, unter der die Seite liegt, z. B. https://hilfe.example.de/',
  publishScheme: '--base-url: "{value}" muss mit https:// oder http:// beginnen',
  published: 'Hilfecenter nach {dir} geschrieben: {counts}.',
  publishedCount: '{count, plural, one {# Artikel} other {# Artikel}} ({lang})',
  yesNoHint: '(j/N)',
  yesNoHintYes: '(J/n)',
  yesNoAgain: 'Bitte mit j oder n antworten.',
  linkEither: 'entweder --commit REV oder --scan angeben',
  linkEitherHint: 'z. B. desk link T-4K7M2 --commit HEAD oder desk link T-4K7M2 --scan',
  linkSince: '--since gehört zu --scan',
  linked: '{ticket}: {count, plural, one {# Commit} other {# Commits}} aus {repo} verknüpft',
  nothingToLink:
    '{ticket}: nichts Neues zu verknüpfen in {repo}{none, select, yes { (kein Commit nennt das Ticket)} other {}}',
  alreadyLinked: '{count, plural, one {# Commit war} other {# Commits waren}} schon verknüpft',
  notLinkedAmbiguous:
    'nicht verknüpft: {commit} "{subject}" nennt das Ticket mit einer kurzen Nummer, die inzwischen zu mehreren Tickets passt; mit --commit {commit} verknüpfen, wenn es dieses ist',
  currentFolder: 'der aktuelle Ordner',
  helpdeskNotCode: '{dir} ist das Helpdesk-Repository, kein Code-Repository',
  helpdeskNotCodeHint: 'im Code-Repository ausführen, oder --code-repo ORDNER angeben',
  commitsHeading: 'Commits',
};
