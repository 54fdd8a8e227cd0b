import type { Texts } from '../../keys.js';
import type { history as en } from '../en/history.js';

export const history: Texts<typeof en> = {
  rewrites: 'schreibt oder löscht das Ereignis {id}: Ereignisse werden nie umgeschrieben',
  notStaff: '{author} steht nicht in der Teamliste von desk.yaml und hat trotzdem {files} geändert',
  enteredByStranger: 'sagt, es sei von {who} eingegeben, der nicht in der Teamliste steht',
  enteredWithout: 'wurde von {name} ({id}) für {actor} eingegeben, ohne die Berechtigung act-for-others',
  mayNot: '{name} ({roles}) fehlt die Berechtigung {permission}: {what}',
  inPerson: '{permission} wurde von {keyboard} für {actor} eingegeben, geschieht aber nur selbst',
  eventBy: 'verzeichnet das Ereignis {id} als von {by}, den Commit hat aber {actor} gemacht',
  eventEntered: 'verzeichnet das Ereignis {id} als von {by} eingegeben, der Commit sagt das aber nicht',
  committedFor:
    'wurde von {name} ({id}) für {actor} ohne Entered-by-Vermerk committet: mit --author gemacht, oder von jemand anderem per rebase übernommen',
  unsigned: 'ist nicht signiert, obwohl desk.yaml signierte Commits verlangt',
  badSignature: 'hat eine ungültige Signatur: der Commit wurde nach dem Signieren geändert',
  unknownSigner: 'ist mit einem Schlüssel signiert, der nicht zu den erlaubten gehört{signer}',
  expired: 'ist mit einem abgelaufenen Schlüssel signiert',
  revoked: 'ist mit einem widerrufenen Schlüssel signiert',
  uncheckable: 'hat eine Signatur, die git nicht prüfen kann ({status})',
  otherSigner: 'ist von {signer} signiert, aber von {committer} committet',
};
