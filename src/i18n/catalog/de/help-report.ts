import type { Texts } from '../../keys.js';
import type { helpReport as en } from '../en/help-report.js';

export const helpReport: Texts<typeof en> = {
  lang: 'Sprache des Berichts: de oder en (Vorgabe: die des Lesers, docs/commands.md#language); --json ändert sich nie',
  header:
    'csv: keys (Vorgabe: die festen englischen Spaltenschlüssel, die Skripte lesen) oder localized (Titel und Spalten in der Sprache von --lang)',
  aboutUtilization: 'Verbrauch von Kontingent und Abnahmeverpflichtung je Kunde, Verlauf und Hochrechnung',
  aboutSla: 'Einhaltung der Reaktionszeiten nach Vertrag, Priorität und Mitarbeiter; die Verletzungen',
  aboutResolution:
    'Lösung beim ersten Kontakt, Eskalationen, Wiedereröffnungen, Zeit bis zur Lösung, Nutzung der Wissensdatenbank',
  aboutHotspots:
    'Meldungen nach Produkt/Modul und Kategorie gegenüber dem Vorzeitraum; die meistmeldenden Kunden; wiederkehrende Probleme',
  aboutSatisfaction: 'Bewertungen und Kommentare nach Kunde, Mitarbeiter und Produkt; Verlauf',
  aboutSales: 'Kunden für einen größeren oder ersten Vertrag, gefährdete Kunden, Bedarf an Erweiterungen',
  aboutCustomer:
    'ein Kunde: offene Tickets, Reaktionszeiten, Auslastung, Zufriedenheit, Änderungen, Übergaben, Rechnungen',
  aboutBacklog: 'offene Tickets nach Level und Alter, wartende, nicht zugewiesene',
};
