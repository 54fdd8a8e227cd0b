import type { Texts } from '../../keys.js';
import type { more as en } from '../en/more.js';

export const more: Texts<typeof en> = {
  closedBySilence: 'Durch Schweigen abgenommen und geschlossen ({days} Werktage ohne Antwort): {ids}',
  silenceOff: 'Nichts zu tun: Schließen durch Schweigen ist aus (workflow.autoCloseDays: 0 in desk.yaml).',
  nothingDue: 'Nichts zu tun: kein gelöstes Ticket ist lange genug unbeantwortet.',
  merged:
    '{dup}: zusammengeführt in {into} — {count, plural, one {# Ereignis} other {# Ereignisse}} verschoben; {into} ist {status}',
  askScore: 'Wie hat der Kunde die Lösung bewertet?',
  feedback:
    'Bewertung {score}/5{from, select, none {} other { von {from}}}{previous, select, none {} other { (ersetzt {previous} vom {day})}}',
  corrected: 'berichtigt: {fields}{reason, select, none {} other {: {reason}}}',
  noSuchFile: '{file}: diese Datei gibt es nicht',
  noSuchFileHint: 'den Pfad einer Datei zum Anhängen angeben',
  fileTooLarge: '{file}: {size} liegt über der Grenze von {limit} je Datei',
  attached: '{id}: {name} angehängt ({size})',
  nameTickets: 'die Tickets nennen (für: {what})',
  nameTicketsHint: 'ihre Nummern angeben oder hineinleiten: desk list ... --ids | desk ...',
  noIdsOnStdin: 'keine Ticketnummern auf der Standardeingabe (für: {what})',
  noIdsOnStdinHint: 'desk list ... --ids gibt sie aus',
};
