import type { Texts } from '../../keys.js';
import type { schema as en } from '../en/schema.js';

export const schema: Texts<typeof en> = {
  required: 'fehlt (erwartet: {expected})',
  wrongType: 'falsche Art: erwartet {expected}, gefunden {received}',
  wrongOption: 'ungültiger Wert: erlaubt ist einer von {choices}',
  unknownKeys: '{count, plural, one {unbekanntes Feld} other {unbekannte Felder}}: {keys}',
  invalid: 'ungültige Angabe',
  type: '{type, select, string {Text} number {Zahl} boolean {Ja/Nein} object {Abschnitt} array {Liste} date {Datum} null {nichts} undefined {nichts} other {{type}}}',
};
