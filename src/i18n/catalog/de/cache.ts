import type { Texts } from '../../keys.js';
import type { cache as en } from '../en/cache.js';

export const cache: Texts<typeof en> = {
  otherBuild:
    'der Ticket-Index in .desk/ stammt von einem anderen Build von desk: er wird aus den Dateien neu aufgebaut',
  damaged:
    'der Ticket-Index in .desk/ war beschädigt{why, select, none {} other { ({why})}}: er wird aus den Dateien neu aufgebaut',
  manifestSeal: 'das Verzeichnis von tickets/{shard}/ passt nicht zu seinem Siegel',
  columnChanged: 'die Spalte {column} von {id} ist nicht, wie das Verzeichnis sie festhielt',
  rowsMissing: '{count, plural, one {# Zeile fehlt} other {# Zeilen fehlen}}',
};
