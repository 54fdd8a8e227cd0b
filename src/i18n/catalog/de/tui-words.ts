import type { Texts } from '../../keys.js';
import type { tuiWords as en } from '../en/tui-words.js';

export const tuiWords: Texts<typeof en> = {
  loading: 'Arbeitsliste wird gelesen…',
  queueFailed: 'desk queue ist fehlgeschlagen',
  searching: 'Wissensdatenbank wird nach "{title}" durchsucht …',
  noArticle: 'kein Artikel zu diesem Ticket gefunden',
  article: 'Artikel {slug} — Esc zurück',
  customerFilter: 'Kunde (leer: alle)',
  tagFilter: 'Schlagwort (leer: alle)',
  newCall: 'Neues Ticket am Telefon: Kunde und Titel',
  newCallProblem: 'erfassen: Kunde und Titel angeben',
  nothingGiven: '{action}: nichts eingegeben, nichts geändert',
  title: 'desk tui — {filter} — {shown} von {all}{heading, select, none {} other { — {heading}}}',
  emptyForEditor: ' (leer: Ihr Editor)',
  editorDone: 'desk {command}: im Editor erledigt',
  editorAborted: 'desk {command}: nichts wurde geändert',
  noMatch: 'Kein Ticket passt zum Filter (x: alle).',
  empty: 'Die Arbeitsliste ist leer.',
  keysTitle: 'Tasten',
  keys: `Tasten von desk tui

In der Arbeitsliste
  j k, Pfeile      bewegen
  Enter            Ticket öffnen: Übersicht und Verlauf (Esc zurück, j k Leertaste blättern)
  m                meine / die des Teams
  1 2 0            First Level, Second Level, alle Level
  C  T             nur ein Kunde, nur ein Schlagwort (leer: alle)
  x                kein Filter
  g                Arbeitsliste neu lesen (sie wird bei jeder Änderung von selbst neu gelesen)
  O                neues Ticket, am Telefon aufgenommen: Kunde und Titel

Am ausgewählten Ticket (jede Taste führt den desk-Befehl gleichen Namens aus)
  r  antworten     desk reply ID -m TEXT
  n  Notiz         desk comment ID -m TEXT
  f  qualifizieren desk qualify ID --category K --product P --priority P
  e  eskalieren    desk escalate ID --reason TEXT
  l  Zeit buchen   desk log ID DAUER [--activity T] [-m NOTIZ]
  w  warten        desk wait ID [--until TAG]
  s  lösen         desk resolve ID --solution TEXT
  c  schließen     desk close ID --accepted-by NAME
  K  Artikel       der Artikel der Wissensdatenbank, der am besten zum Titel passt`,
  keysEnd: '?  diese Tasten   q  beenden',
  help: '? Tasten  j/k bewegen  Enter öffnen  r antworten  n Notiz  f qualifizieren  e eskalieren  l buchen  w warten  s lösen  c schließen  {more}  K Artikel  O neu  m meine  1/2/0 Level  C Kunde  T Schlagwort  x alle  q beenden',
  paneHelp: 'j/k blättern  Leertaste Seite  Esc zurück  {actions}  q beenden',
  reply: 'antworten',
  replyAsk: 'Antwort an den Kunden',
  note: 'Notiz',
  noteAsk: 'Interne Notiz',
  qualify: 'qualifizieren',
  qualifyAsk: 'Qualifizieren: Kategorie Produkt[/Modul] Priorität',
  qualifyProblem: 'Kategorie, Produkt und Priorität angeben',
  escalate: 'eskalieren',
  escalateAsk: 'Warum Second Level',
  log: 'Zeit buchen',
  logAsk: 'Buchen: Dauer [Tätigkeit] [Notiz]',
  logProblem: 'eine Dauer angeben, z. B. 30m',
  wait: 'warten',
  waitAsk: 'Wiedervorlage am (ein Tag, 3d; leer: die übliche)',
  resolve: 'lösen',
  resolveAsk: 'Die Lösung',
  close: 'schließen',
  closeAsk: 'Abgenommen von (Name beim Kunden)',
  dueIn: 'fällig in {time}',
  overdue: 'überfällig {time}',
  spokenDueIn: 'Reaktion fällig in {time}',
  spokenOverdue: 'Reaktion seit {time} überfällig',
  needOverdue: 'überfällig',
  needUnanswered: 'unbeantwortet',
  needReturned: 'zurückgegeben',
  needCustomerWrote: 'Kunde hat geschrieben',
  needFollowUp: 'Wiedervorlage',
  needInProgress: 'in Arbeit',
  needAcceptance: 'Abnahme',
  needUnassigned: 'nicht zugewiesen',
  filterMine: 'meine',
  filterTeam: 'Team',
  filterLevel: 'Level {level}',
  filterCustomer: 'Kunde {customer}',
  filterTag: 'Schlagwort {tag}',
  rowSentence:
    '{index} von {count}: {ticket}, {due}, {status}, Level {level}, Kunde {customer}, {assignee, select, none {nicht zugewiesen} other {zugewiesen an {assignee}}}: {title}',
  selected: 'ausgewählt: {row}',
};
