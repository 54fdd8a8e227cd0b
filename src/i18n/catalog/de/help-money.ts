import type { Texts } from '../../keys.js';
import type { helpMoney as en } from '../en/help-money.js';

export const helpMoney: Texts<typeof en> = {
  invoice: 'Rechnungen: Läufe, Gutschriften, PDF und E-Rechnungen nach EN 16931 (docs/invoicing.md)',
  invoiceRun:
    'alles Fällige und noch nicht Berechnete abrechnen: Vorauspauschalen, Abrechnungen beendeter Zeiträume (eine Rechnung je Kunde)',
  invoiceRunDate: 'das Datum des Laufs (Vorgabe: heute); nicht vor der letzten Rechnung',
  invoiceRunCustomer: 'nur dieser Kunde',
  invoiceRunFormat: 'die E-Rechnung (Vorgabe: die des Kunden, dann desk.yaml invoices.format)',
  invoiceRunDryRun: 'zeigen, was der Lauf ausstellen würde; nichts schreiben',
  invoiceCancel:
    'eine Rechnung mit einer Gutschrift stornieren (Stornorechnung); ihre Posten werden wieder abrechenbar',
  invoiceCancelReason: 'warum storniert wird',
  invoiceCancelDate: 'das Datum der Gutschrift (Vorgabe: heute)',
  invoiceCancelDryRun: 'die Gutschrift zeigen; nichts schreiben',
  invoiceList: 'ausgestellte Rechnungen und Gutschriften',
  invoiceListCustomer: 'ein Kunde',
  invoiceListYear: 'ein Jahr',
  invoiceListOpen: 'nur Rechnungen mit offenem Betrag (geschuldet oder im Guthaben)',
  invoiceListOverdue: 'nur überfällige Rechnungen mit geschuldetem Betrag',
  invoiceShow: 'eine Rechnung: Positionen, Zeiträume, Tickets und Zeitbuchungen dahinter',
  payment: 'Zahlungseingänge: erfasst, aus Kontoauszügen eingelesen, Rechnungen zugeordnet',
  paymentAdd: 'eine Zahlung auf eine Rechnung erfassen (Teil-, Voll- oder Überzahlung; negativ: zurückgezahltes Geld)',
  paymentAddAmount: 'der Betrag, z. B. 1428.00',
  paymentAddDate: 'der Tag des Eingangs (Vorgabe: heute)',
  paymentAddReference: 'der Verwendungszweck',
  paymentAddCreditNote: 'mit dem restlichen Guthaben dieser Gutschrift statt mit Geld bezahlen',
  paymentList: 'Zahlungen, neueste zuerst',
  paymentListUnmatched: 'nur eingelesene Zahlungen ohne gefundene Rechnung',
  paymentImport:
    'einen Kontoauszug einlesen (CAMT.053 oder MT940): Zahlungen nach Rechnungsnummer und Betrag zugeordnet',
  paymentImportDryRun: 'zeigen, was erfasst würde; nichts schreiben',
  paymentAssign: 'eine nicht zugeordnete eingelesene Zahlung bezahlt diese Rechnung',
  dunning: 'Zahlungserinnerungen und Mahnungen für überfällige Rechnungen',
  dunningRun:
    'die fälligen Mahnungen schreiben: für jede überfällige Rechnung die nächste Stufe, einmal, als PDF in der Sprache des Kunden',
  dunningRunDate: 'das Briefdatum (Vorgabe: heute)',
  dunningRunDryRun: 'zeigen, was geschrieben und verschickt würde; nichts schreiben, nichts senden',
  dunningRunNoMail: 'die Briefe schreiben, ohne sie zu mailen (mail.smtp in desk.yaml mailt sie)',
  dunningList: 'geschriebene Mahnungen, neueste zuerst',
  export: 'Daten für andere: den Steuerberater (DATEV)',
  exportDatev: 'Rechnungen, Gutschriften und Zahlungen eines Zeitraums als DATEV-Buchungsstapel (EXTF)',
  exportDatevPeriod: 'Monat, Quartal oder Jahr: 2026-11, 2026-Q4, 2026',
  exportDatevOut: 'hierhin schreiben (Vorgabe: EXTF_Buchungsstapel_<Zeitraum>.csv)',
  report:
    'Berichte für Projektleitung, Vertrieb, Entwicklung und Geschäftsführung: utilization, sla, resolution, hotspots, satisfaction, sales, customer C, backlog (docs/reports.md)',
  reportPeriod: 'Monat, Quartal oder Jahr: 2026-11, 2026-Q4, 2026 (Vorgabe: der Monat von --as-of)',
  reportTag: 'nur Tickets mit diesem Schlagwort (mehrfach: mit allen)',
  reportFormat: 'table, md, json, csv oder html (Vorgabe: die Endung von --out, sonst table)',
  reportOut: 'den Bericht in diese Datei schreiben (atomar) statt auf stdout',
  reportAsOf:
    'zählen, was damals bekannt war: ein Tag (sein Ende) oder eine Zeit wie "2026-11-26 12:00" (Vorgabe: jetzt)',
  reportFailUnder: 'Exit-Code 3, wenn eine Kennzahl unter dem Wert liegt, z. B. sla.compliance=95 (mehrfach möglich)',
  reportFailOver: 'Exit-Code 3, wenn eine Kennzahl über dem Wert liegt, z. B. utilization.max=120 (mehrfach möglich)',
  reportCsvLocale: 'csv: en (Vorgabe) oder de (";" und Dezimalkomma)',
};
