import type { Texts } from '../../keys.js';
import type { helpReport as en } from '../en/help-report.js';

export const helpReport: Texts<typeof en> = {
  lang: 'Sprache des Berichts: de oder en (Vorgabe: die des Lesers, docs/commands.md#language); --json ändert sich nie',
  header:
    'csv: keys (Vorgabe: die festen englischen Spaltenschlüssel, die Skripte lesen) oder localized (Titel und Spalten in der Sprache von --lang)',
};
