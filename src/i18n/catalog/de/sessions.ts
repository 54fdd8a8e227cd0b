import type { Texts } from '../../keys.js';
import type { sessions as en } from '../en/sessions.js';

export const sessions: Texts<typeof en> = {
  running: 'für {staff} läuft eine Arbeitssitzung{ticket, select, none {} other { an {ticket} seit {since}}}',
  runningHint: 'beenden Sie sie zuerst mit desk stop (oder verwerfen mit desk stop --discard)',
  started: '{ticket}: Arbeitssitzung um {at} begonnen; desk stop bucht die Zeit',
  dropped: 'Arbeitssitzung verworfen; nichts gebucht.',
  nothingToDrop: 'für {staff} läuft keine Arbeitssitzung; nichts zu verwerfen.',
  noneRunning: 'für {staff} läuft keine Arbeitssitzung',
  noneRunningHint: 'eine beginnen mit desk start ID, oder Zeit direkt buchen mit desk log ID DAUER',
  underAMinute: '{ticket}: die Sitzung dauerte keine Minute; nichts gebucht',
  logged: '{ticket}: {duration} {activity} am {on} gebucht [{entry}]',
  forgotten:
    'Diese Sitzung wurde wohl vergessen: begonnen am {on}, lief sie {ran}; {pastMidnight, select, yes {sie lief über Mitternacht} other {sie lief länger als die Obergrenze von {cap}}}, daher wurden {logged} gebucht und zur Prüfung markiert.',
  correctIt:
    'Wenn Sie die echte Zeit kennen, korrigieren Sie sie: desk log {ticket} DAUER --replace {entry} (nächstes Mal: desk stop --duration DAUER)',
  noSession: 'Für {name} ({staff}) läuft keine Arbeitssitzung.',
  since:
    '{ticket}: Arbeitssitzung seit {at} ({ran}){activity, select, none {} other {, {activity}}}{note, select, none {} other { — {note}}}',
  looksForgotten: 'Wohl vergessen: beim Beenden jetzt würden {logged} gebucht (Obergrenze {cap}).',
  stopWithRealTime: 'Mit der echten Zeit beenden: desk stop --duration DAUER',
  stopLogs: 'desk stop bucht sie.',
  askRealTime:
    'Diese Sitzung wurde wohl vergessen (sie lief {ran}). Wie lange haben Sie wirklich gearbeitet? (Enter behält {logged})',
  discardAsk: 'Die Arbeitssitzung an {ticket} seit {since} verwerfen? Ihre Zeit wird nicht gebucht.',
  discardKept: 'Die Arbeitssitzung läuft weiter; nichts verworfen.',
};
