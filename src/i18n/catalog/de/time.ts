import type { Texts } from '../../keys.js';
import type { time as en } from '../en/time.js';

export const time: Texts<typeof en> = {
  zero: 'DAUER: eine Zeitbuchung muss größer als null sein',
  zeroHint: 'eine Buchung berichtigen: --undo BUCHUNG oder --replace BUCHUNG',
  overADay: 'DAUER: {duration} sind mehr als 24 h in einer Buchung',
  overADayHint: 'jeden Tag als eigene Buchung mit --on DATUM buchen',
  dayOverfull: '{staff} hätte mit dieser Buchung {total} am {on} gebucht, mehr als ein Tag hat',
  dayOverfullHint:
    'den Tag (--on DATUM) und die Dauern dieses Tages prüfen; desk show ID zeigt die Buchungen eines Tickets',
  future: '--on: {on} liegt in der Zukunft (heute ist {today})',
  futureHint: 'Zeit auf den Tag buchen, an dem gearbeitet wurde',
  beforeReceived: '--on: {on} liegt vor dem Eingang von {id} ({received})',
  beforeReceivedHint: 'Zeit wird auf den Arbeitstag gebucht, also den Tag der Meldung oder später',
  notSupport:
    'auf {id} kann keine Zeit gebucht werden: es ist keine Supportarbeit{target, select, none {} other { (bei {target} {to})}}',
  notSupportHint: 'diese Zeit dort erfassen, wo die Projektleitung Projektarbeit führt, nicht im Helpdesk',
  notEstimated:
    'auf {id} kann keine Änderungsarbeit gebucht werden: der Second Level hat die Änderung noch nicht geschätzt',
  overLimit:
    'auf {id} kann keine Änderungsarbeit gebucht werden: die Schätzung von {estimate} liegt über 8 h, also ist es Projektarbeit',
  notApproved:
    'auf {id} kann keine Änderungsarbeit gebucht werden: die Projektleitung hat die Änderung nicht freigegeben',
  noEntry: '{id} hat keine Zeitbuchung {ref}',
  noEntryHint: 'desk show ID zeigt die Buchungen mit ihren Nummern',
  severalEntries: '{ref} passt zu {count} Zeitbuchungen von {id}: {entries}',
  nothingToConfirm:
    'an {entry} ist nichts zu bestätigen: sie ist weder zur Prüfung markiert noch an zwei Stellen berichtigt',
  noneToConfirm: '{id} hat keine Zeitbuchung {ref}, die auf Bestätigung wartet',
  confirmHint: 'desk show ID zeigt die Buchungen und welche angesehen werden müssen',
  askDuration: 'Wie lange? (z. B. 1h30m, 90m, 1:30)',
  missingDuration: 'DAUER fehlt',
  missingDurationHint: 'z. B. desk log T-4K7M2 1h30m --activity analysis',
  noDurationWith: '{flag} nimmt keine DAUER',
  emptyEntry: '{flag}: die Nummer einer Buchung angeben (desk show ID zeigt sie)',
  warning: 'Warnung:',
  lateCharge:
    'Der Zeitraum des {on} ist schon berechnet ({count, plural, one {Rechnung} other {Rechnungen}} {invoices}): der nächste Rechnungslauf berechnet diese Zeit nach.',
  lateCorrection:
    'Der Zeitraum dieser Buchung ist schon berechnet ({count, plural, one {Rechnung} other {Rechnungen}} {invoices}): der nächste Rechnungslauf korrigiert sie mit eigenen Positionen.',
  cancel: 'Zeitbuchung {entry} storniert',
  confirm: 'Zeit {entry} bestätigt{note, select, none {} other { ({note})}}',
  log: '{time} {activity} am {on} gebucht{nonBillable, select, none {{replaces, select, none {} other { (statt {replaces})}}} other { (nicht berechnet: {nonBillable}{replaces, select, none {} other {, statt {replaces}}})}}',
  noSuchEntry: 'keine Zeitbuchung {entry}',
  noSuchEntryHint:
    'desk show ID zeigt die Buchungen eines Tickets mit Nummern; für eine, die nicht mehr zählt, das Ticket mit angeben: desk log ID --confirm BUCHUNG',
  entryOnSeveral: '{entry} passt zu Buchungen mehrerer Tickets; das Ticket mit angeben: desk log ID --undo {entry}',
};
