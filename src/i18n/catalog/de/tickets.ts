import type { Texts } from '../../keys.js';
import type { tickets as en } from '../en/tickets.js';

export const tickets: Texts<typeof en> = {
  askCustomer: 'Kunde',
  askTitle: 'Titel (das Problem in wenigen Worten)',
  askChannel: 'Eingangskanal',
  askContact: 'Ansprechpartner',
  someoneElse: '(jemand anderes — Namen eingeben)',
  noContact: '(keiner)',
  askContactName: 'Ansprechpartner (leer: keiner)',
  askDescription: 'Beschreibung',
  customersRequest: 'Die Meldung des Kunden',
  notOneLine: 'was nicht in eine Zeile passt, gehört in --description',
  editorNewTicket: 'Neues Ticket: {title}',
  editorCustomer:
    'Kunde: {customer} ({id}){contact, select, none {} other {, Ansprechpartner {contact}}}; per {channel}',
  receivedInFuture: '--received-at: {value} liegt in der Zukunft',
  receivedInFutureHint: 'die Zeit angeben, zu der die Meldung des Kunden einging',
  opened: '{id} für {customer} erfasst: {title} — {status}',
  descriptionTwice: 'entweder --description oder --description-file angeben, nicht beides',
  cannotRead: '{flag}: {file} lässt sich nicht lesen',
  notOneOf: '{flag}: "{value}" ist keiner von {allowed}',
  unknownProduct: '--product: unbekanntes Produkt "{product}"',
  knownProducts: 'Produkte in desk.yaml: {products}',
  noModule: '--product: {product} hat kein Modul "{module}"',
  knownModules: 'Module von {product}: {modules}',
  noneYet: 'noch keine',
  none: 'keine',
  missingFlag: '{flag} fehlt',
  missingFlagHint: '{flag} angeben oder desk in einem Terminal aufrufen, dann fragt es nach',
  confirmWithYes: '{question} — mit --yes bestätigen',
};
