import type { Texts } from '../../keys.js';
import type { helpSystem as en } from '../en/help-system.js';

export const helpSystem: Texts<typeof en> = {
  desk: 'Ein Helpdesk in einem git-Repository: Tickets, Zeiten, Verträge, Wissensdatenbank, Rechnungen',
  deskRepo: 'das Helpdesk-Repository (Vorgabe: DESK_REPO, dann git config desk.repo, dann der Ordner mit desk.yaml)',
  deskAs: 'als dieses Teammitglied handeln (Vorgabe: DESK_USER, dann git user.email)',
  deskNoPager: 'lange Ausgaben (show, list --all, kb show, Berichte) nie durch einen Pager schicken',
  init: 'ein neues Helpdesk-Repository anlegen',
  initCompany: 'Firmenname für desk.yaml',
  json: 'JSON ausgeben (beschrieben in docs/json.md)',
  hooks: 'git-Hooks in einem Code-Repository: Ticketnummern in Commit-Nachrichten prüfen, Commits verknüpfen',
  hooksInstall: 'commit-msg- und post-commit-Hooks einrichten; vorhandene bleiben erhalten und laufen mit',
  hooksInstallCodeRepo: 'das Code-Repository (Vorgabe: das aktuelle)',
  hooksUninstall: 'die Hooks von desk entfernen und die bewahrten wiederherstellen',
  check: 'jede Datei prüfen; Exit-Code 2 bei jedem Problem',
  sync: 'senden und empfangen: die Änderungen des Teams holen, Ihre schicken (docs/sync.md)',
  syncRemote: 'das gemeinsame Remote (Vorgabe: das Upstream des Branches, dann origin)',
  upgrade: 'die Dateien eines Helpdesks eines älteren desk in die aktuelle Ablage bringen (ein Commit)',
  setup:
    'diesen Klon so einrichten, dass Ticketdateien nach ihren Ereignissen zusammengeführt werden (beim ersten Gebrauch automatisch)',
  mergeDriver: 'von git für Ticketdateien aufgerufen (merge=desk-ticket)',
  completion: 'das Vervollständigungsskript für bash, zsh oder fish ausgeben: source <(desk completion bash)',
  completionArgShell: 'bash, zsh oder fish',
  complete: 'von den Vervollständigungsskripten bei Tab aufgerufen: die Angebote für das letzte Wort',
  tui: 'die Arbeitsliste im Vollbild: Fristen zählen herunter, Filter, der Verlauf, Aktionen auf Tasten',
  tuiPlain: 'für Screenreader: keine Farben, kein Neuzeichnen von selbst, Zeilen als Sätze',
};
