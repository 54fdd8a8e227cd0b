import type { Texts } from '../../keys.js';
import type { tui as en } from '../en/tui.js';

export const tui: Texts<typeof en> = {
  keysMore:
    '  a  zuweisen      desk assign ID KÜRZEL (leer: dir selbst)\n  t  Tags          desk tag ID +TAG -TAG\n  h  abgeben       desk handoff ID --to project-lead|sales --reason TEXT',
  helpMore: 'a zuweisen  t Tags  h abgeben',
  assign: 'zuweisen',
  assignAsk: 'Wem zuweisen? Ein Kürzel; leer: dir selbst',
  tag: 'Tags',
  tagAsk: 'Welche Tags? z. B. +dringend -abrechnung',
  tagProblem: 'Tags als +name zum Hinzufügen oder -name zum Entfernen angeben',
  handoff: 'abgeben',
  handoffAsk: 'An die Projektleitung (p) oder den Vertrieb (s) abgeben, dann warum',
  handoffProblem: 'mit p für die Projektleitung oder s für den Vertrieb beginnen, dann der Grund',
  plainStart:
    'desk tui, einfache Ansicht. {count, plural, one {# Ticket} other {# Tickets}} in der Arbeitsliste. ? für die Tasten, q zum Beenden.',
  plainKeys:
    'Tasten: j nächstes, k voriges, Enter Ticket lesen, r antworten, n Notiz, f qualifizieren, e eskalieren, l Zeit buchen, w warten, s lösen, c schließen, a zuweisen, t Tags, h abgeben, K Artikel, O neues Ticket per Telefon, m meine oder alle, 1 2 0 Level, C Kunde, T Tag-Filter, x kein Filter, g neu lesen, Leertaste wiederholen, ? diese Tasten, q beenden.',
  plainAsk: '{ticket}: {question}. Eingeben und Enter drücken; Enter allein bricht ab.',
  plainAskOptional: '{ticket}: {question}. Eingeben und Enter drücken.',
  plainAskEditor: '{ticket}: {question}. Eingeben und Enter drücken; Enter allein öffnet deinen Editor.',
  plainAskGeneral: '{question}. Eingeben und Enter drücken; Enter allein bricht ab.',
  plainCancelled: 'Abgebrochen, nichts geändert.',
  plainRunning: 'desk {command} für {ticket} läuft.',
  plainDone: 'Erledigt: {result}',
  plainRefused: 'Nicht erledigt: {result}',
  plainChanged: 'Die Arbeitsliste hat sich geändert: jetzt {count, plural, one {# Ticket} other {# Tickets}}.',
  plainNew: 'Neu in der Arbeitsliste: {row}',
  plainGone: 'Nicht mehr in der Arbeitsliste: {ticket}.',
  plainEmpty: 'Die Arbeitsliste ist leer.',
  plainNoMatch: 'Kein Ticket passt zum Filter; x zeigt alle.',
  plainFilter: 'Angezeigt: {filter}, {shown} von {all}.',
  plainTicketEnd: 'Ende von {ticket}. Eine beliebige Taste, um weiterzumachen.',
  plainFirst: 'Das ist das erste Ticket.',
  plainLast: 'Das ist das letzte Ticket.',
  plainBye: 'desk tui beendet.',
};
