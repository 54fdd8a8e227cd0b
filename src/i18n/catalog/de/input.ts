import type { Texts } from '../../keys.js';
import type { input as en } from '../en/input.js';

export const input: Texts<typeof en> = {
  notRealTime: '{flag}: "{text}" ist kein echtes Datum mit Uhrzeit',
  notTime: '{flag}: "{text}" ist kein Datum mit Uhrzeit',
  notTimeHint: 'so schreiben: 2026-11-20 15:30 (Firmenzeit) oder 2026-11-20T15:30:00+01:00',
  skipped: '{flag}: {wall} gibt es in {zone} nicht: die Uhren springen beim Beginn der Sommerzeit darüber',
  skippedHint: 'meinten Sie {first} oder {second}? Geben Sie diese Zeit statt "{text}" an',
  twice: '{flag}: "{text}" kommt in {zone} zweimal vor: die Uhren durchlaufen die Zeit am Ende der Sommerzeit zweimal',
  twiceHint:
    'sagen Sie mit dem Versatz, welche: {first} (die erste, Sommerzeit) oder {second} (die zweite, eine Stunde später)',
  notDate: '{flag}: "{text}" ist kein Datum',
  notDateHint: 'so schreiben: 2026-11-26',
  yearRange: '{flag}: "{text}" liegt außerhalb der Jahre, die desk annimmt ({first} bis {last})',
  periodHint: 'einen Monat, ein Quartal oder ein Jahr angeben, etwa 2026-11, 2026-Q4 oder 2026',
  notDuration: '{flag}: "{text}" ist keine Dauer',
  notDurationHint: 'so schreiben: 1h30m, 90m, 1.5h oder 1:30',
  minutesOver: '{flag}: "{text}" hat {minutes} Minuten nach den Stunden',
  minutesOverHint: 'Minuten nach Stunden gehen bis 59: 2h10m schreiben, oder nur Minuten: 130m',
  durationTooLong: '{flag}: "{text}" hat zu viele Ziffern für eine Dauer',
  emptyFlag: '{flag}: der Wert ist leer',
  emptyFlagHint: 'einen Wert angeben oder {flag} weglassen',
  notTicketId: '"{input}" ist keine Ticketnummer',
  notTicketIdHint: 'Ticketnummern sehen so aus: T-4K7M2',
  untilPast: '--until: {day} liegt nicht nach heute ({today})',
  untilPastHint: 'einen kommenden Tag angeben, z. B. 3d oder ein späteres Datum',
  untilWhat: '--until: "{given}" ist weder ein Tag noch eine Zahl von Arbeitstagen',
  untilWhatHint: 'einen Tag wie 2026-12-01 angeben, oder Arbeitstage wie 3d oder 2w',
  hookInRepo: 'der {hook}-Hook ist eine Datei des Repositorys (core.hooksPath), desk verschiebt ihn daher nicht',
  hookInRepoHint: 'rufen Sie desk stattdessen von dort auf: die Zeile `{line}` ergänzen',
  hookTwice: 'es gibt schon einen {hook}-Hook und einen {kept}',
  hookTwiceHint: 'einen von beiden zusammenführen oder entfernen, dann desk hooks install noch einmal',
  unknownPlaceholder: 'templates/{name}: unbekannter Platzhalter {placeholder}',
  knownPlaceholders: 'bekannte Platzhalter: {list}',
  notAFile:
    '{flag, select, none {} other {{flag}: }}{file} ist {kind, select, folder {ein Ordner} pipe {eine Named Pipe} device {ein Gerät} socket {ein Socket} other {etwas anderes}}, keine Datei',
  notAFileHint: 'den Pfad einer gewöhnlichen Datei angeben (was übergeben werden soll, vorher in eine Datei speichern)',
};
