/** German knowledge-base articles, part 1: printing, exports, payroll interfaces. */
export default [
  {
    slug: 'drucker-nach-windows-update',
    meta: {
      title: 'Druck bricht nach Windows-Update ab (Lieferscheine, Rechnungen)',
      tags: ['drucker', 'windows-update', 'terminalserver', 'treiber', 'point-and-print'],
      products: ['basis/druck', 'warenwirtschaft/formulare'],
      lang: 'de',
      audience: 'internal',
      author: 'ls',
      created: '2025-11-12',
      updated: '2026-10-21',
    },
    related: ['acme-C', 'lin-2'],
    body: `
# Druck bricht nach Windows-Update ab

## Problem
Nach einem Windows-Update (meist am zweiten Dienstag im Monat) drucken Lieferscheine, Rechnungen
oder Etiketten nicht mehr. Typische Merkmale:
- Die Druckvorschau ist vollständig, der Auftrag verschwindet aber ohne Meldung aus der Warteschlange.
- Betroffen sind alle Benutzer eines Terminalservers, lokale Arbeitsplätze drucken oft weiter.
- In der Ereignisanzeige steht unter *PrintService/Admin* Ereignis 808 oder 372.

## Ursache
Microsoft verschärft regelmäßig die Regeln für die Treiberinstallation („Point and Print“). Nach
dem Update werden Typ-4-Treiber (v4) oder nicht signierte Pakettreiber auf dem Terminalserver
blockiert. Die Warenwirtschaft übergibt den Auftrag korrekt an Windows; gedruckt wird er dort nicht.

Nicht verwechseln mit einem Fehler nach einem **LUSO-Update**: Setzt ein LUSO-Update die
Druckersteuerung eines Nadeldruckers zurück (Zeichensalat statt leerer Warteschlange), siehe
Abschnitt „Sonderfall Nadeldrucker“.

## Lösung
1. Auf dem Terminalserver die betroffenen Drucker und ihre Treiber ermitteln:
   \`\`\`powershell
   Get-Printer | Select-Object Name, DriverName, PortName
   Get-PrinterDriver | Select-Object Name, MajorVersion, Manufacturer
   \`\`\`
   \`MajorVersion 4\` bedeutet Typ-4-Treiber.
2. Beim Hersteller den Typ-3-Treiber (PCL6 oder PostScript, „Universal“) besorgen und installieren:
   \`\`\`powershell
   pnputil /add-driver C:\\Treiber\\HP_UPD_PCL6\\*.inf /install
   Add-PrinterDriver -Name "HP Universal Printing PCL 6"
   \`\`\`
3. Den Druckern den neuen Treiber zuweisen:
   \`\`\`powershell
   Set-Printer -Name "Lager-HP-01" -DriverName "HP Universal Printing PCL 6"
   \`\`\`
4. Wird die Druckerzuordnung per Gruppenrichtlinie verteilt, die Richtlinie auf den neuen Treiber
   umstellen und \`gpupdate /force\` auf allen Terminalservern ausführen.
5. Testdruck aus der Warenwirtschaft: Lieferschein, Rechnung, Etikett.

Nicht empfohlen: die Point-and-Print-Einschränkung per Registry
(\`RestrictDriverInstallationToAdministrators = 0\`) abschalten. Das öffnet eine bekannte
Sicherheitslücke; nur nach Rücksprache mit der IT des Kunden und befristet.

## Sonderfall Nadeldrucker
Druckt ein Nadeldrucker nach einem **LUSO-Update** nur Zeichensalat, wurde die Druckersteuerung
in *Basis → Drucker → Gerätetyp* auf „Windows-Treiber“ zurückgesetzt. Wieder auf
„Epson ESC/P“ stellen; der Aufwand ist Kulanz (Fehler durch unser Update).

## Aufwand
Je Terminalserver 1–2 Stunden einschließlich Tests. Bei drei und mehr Servern einen
Fernwartungstag einplanen und den Kunden früh informieren.
`,
  },
  {
    slug: 'datev-export-buchungsstapel-abgelehnt',
    meta: {
      title: 'DATEV-Export: Buchungsstapel wird abgelehnt oder ist unvollständig',
      tags: ['datev', 'export', 'buchungsstapel', 'kontenrahmen', 'kostenstelle', 'steuerberater'],
      products: ['warenwirtschaft/datev', 'lohn/datev'],
      lang: 'de',
      audience: 'customer',
      author: 'md',
      created: '2026-03-04',
      updated: '2026-11-06',
    },
    related: ['cl-3', 'kes-5', 'lin-4'],
    body: `
# DATEV-Export: Buchungsstapel wird abgelehnt oder ist unvollständig

## Problem
Ihr Steuerbüro kann den Buchungsstapel aus der Warenwirtschaft oder das Lohnjournal aus
Lohn & Gehalt nicht importieren, oder der Import gelingt, aber Angaben fehlen. Häufige Meldungen:
- „Konto 8338 ist nicht im Kontenrahmen vorhanden“
- „Steuerschlüssel passt nicht zum Automatikkonto“
- Kostenstellen (KOST1) fehlen im importierten Stapel

## Ursache
Der Export übernimmt Konten, Steuerschlüssel und Kostenstellen aus den Stammdaten. Fehler entstehen
fast immer durch neu angelegte Stammdaten, die nicht vollständig gepflegt sind:
- neue Erlös- oder Aufwandskonten ohne Zuordnung zum DATEV-Kontenrahmen (SKR03/SKR04);
- Artikel mit falschem Steuerschlüssel (z. B. 19 % statt 7 %), dadurch das falsche Erlöskonto;
- Beschäftigte ohne Kostenstelle im Personalstamm (häufig nach Mandantenübernahme).

## Lösung
### Warenwirtschaft
1. *Finanzen → DATEV → Kontenzuordnung* öffnen und auf „nur nicht zugeordnete“ filtern.
2. Jedem aufgeführten Konto das DATEV-Konto zuordnen; im Zweifel mit dem Steuerbüro abstimmen.
3. Steuerschlüssel der Artikel prüfen: *Auswertungen → Artikel nach Steuerschlüssel*.
4. Den Stapel für den betroffenen Zeitraum neu erzeugen (*Export → DATEV → Stapel neu erzeugen*)
   und dem Steuerbüro mitteilen, dass es den alten Stapel löschen soll.

### Lohn & Gehalt
1. *Auswertungen → Personal ohne Kostenstelle* für den Mandanten aufrufen.
2. Kostenstellen nachtragen (Gruppenänderung ist möglich).
3. Lohnjournal-Export für den Monat neu erzeugen.

## Hinweise
- Ein einmal vom Steuerbüro importierter Stapel wird nicht überschrieben; stimmen Sie sich ab,
  bevor Sie einen Stapel erneut exportieren.
- Die Erlöskonten hängen am Steuerschlüssel: 8300 (7 %) und 8400 (19 %) im SKR03.
`,
  },
  {
    slug: 'sepa-datei-sonderzeichen',
    meta: {
      title: 'SEPA-Überweisungsdatei wird von der Bank abgelehnt: unzulässige Zeichen',
      tags: ['sepa', 'bank', 'überweisung', 'gehälter', 'zeichensatz', 'umlaute'],
      products: ['lohn/sepa'],
      lang: 'de',
      audience: 'customer',
      author: 'tb',
      created: '2025-09-18',
      updated: '2026-10-06',
    },
    related: ['cl-6'],
    body: `
# SEPA-Überweisungsdatei wird von der Bank abgelehnt

## Problem
Beim Hochladen der Gehaltsdatei (pain.001) meldet das Online-Banking zum Beispiel
„Ungültiges Zeichen in Verwendungszweck“ oder „Datei entspricht nicht dem Schema“.

## Ursache
SEPA erlaubt nur einen eingeschränkten Zeichensatz: Buchstaben ohne Umlaute, Ziffern und wenige
Sonderzeichen (\`/ - ? : ( ) . , ' +\` und Leerzeichen). Umlaute, „ß“ und „&“ aus Namen oder
Namenszusätzen im Personalstamm führen zur Ablehnung, wenn die Zeichenumsetzung ausgeschaltet ist.

## Lösung
1. *Lohn & Gehalt → Einstellungen → Zahlungsverkehr* öffnen.
2. „Zeichen nach SEPA-Zeichensatz umsetzen“ aktivieren. Dann wird ersetzt:

   | Zeichen | wird zu |
   |---|---|
   | ä, ö, ü | ae, oe, ue |
   | ß | ss |
   | & | + |

3. Die Zahlungsdatei für den Monat neu erzeugen (*Abrechnung → Zahlungsverkehr → Datei neu erzeugen*).
4. Die alte Datei im Banking löschen und die neue hochladen.

## Wenn die Bank weiter ablehnt
- IBAN und BIC der Beschäftigten prüfen (*Auswertungen → Bankverbindungen prüfen*).
- Manche Banken verlangen eine bestimmte Schemaversion: unter *Zahlungsverkehr* „pain.001.001.09“
  oder die ältere „pain.001.001.03“ wählen (bei Ihrer Bank erfragen).
`,
  },
  {
    slug: 'export-zeichensatz-strasse',
    meta: {
      title: 'Export: „Straße“ erscheint als „Stra�e“ oder „StraÃŸe“',
      tags: ['export', 'csv', 'zeichensatz', 'utf-8', 'umlaute', 'straße', 'excel'],
      products: ['warenwirtschaft/export'],
      lang: 'de',
      audience: 'customer',
      author: 'md',
      created: '2025-06-02',
      updated: '2026-09-17',
    },
    related: ['berg-8'],
    body: `
# Export: „Straße“ erscheint als „Stra�e“ oder „StraÃŸe“

## Problem
In exportierten CSV- oder Textdateien sind Umlaute und „ß“ verstümmelt, besonders in Adressen:
- „Stra�e“ oder „M�nster“ (Fragezeichen in einer Raute),
- „StraÃŸe“ oder „MÃ¼nster“ (zwei seltsame Zeichen statt eines).

## Ursache
Export und lesendes Programm verwenden unterschiedliche Zeichensätze:

| Anzeige | Export schreibt | Programm liest |
|---|---|---|
| Stra�e | Windows-1252 (ANSI) | UTF-8 |
| StraÃŸe | UTF-8 | Windows-1252 (ANSI) |

## Lösung
1. *Export → Vorlagen* öffnen und die betroffene Vorlage wählen.
2. Unter „Zeichensatz“ einstellen, was das Zielprogramm erwartet:
   - **UTF-8** für Zollsoftware, Webshops und die meisten modernen Programme;
   - **UTF-8 mit BOM**, wenn die Datei in Excel per Doppelklick geöffnet wird;
   - **Windows-1252** nur für ältere Programme, die ausdrücklich „ANSI“ verlangen.
3. Export erneut ausführen und die Datei im Zielprogramm prüfen.

![Exportvorlage mit dem Zeichensatz „UTF-8 mit BOM“](images/export-vorlage-zeichensatz.svg)

::: internal
Nur intern: Bei Bergmann Logistik liest die Zollsoftware nur Windows-1252; dort die Vorlage
„Zoll-ANSI“ nicht umstellen (Absprache mit Herrn Bergmann, Sonderpflege im Wartungsvertrag).
:::

## Prüfen, welcher Zeichensatz in einer Datei steckt
\`\`\`powershell
Get-Content .\\export.csv -Encoding Byte -TotalCount 3
\`\`\`
Beginnt die Datei mit \`239 187 191\`, ist es UTF-8 mit BOM.

Siehe auch den englischen Artikel *CSV exports: umlauts and ß garbled in Excel*.
`,
  },
  {
    slug: 'mindestbestand-je-lagerort',
    meta: {
      title: 'Mindestbestände und Bestellvorschlag je Lagerort',
      tags: ['lager', 'mindestbestand', 'disposition', 'bestellvorschlag', 'lagerort'],
      products: ['warenwirtschaft/lager', 'warenwirtschaft/einkauf'],
      lang: 'de',
      audience: 'customer',
      author: 'mk',
      created: '2025-04-10',
      updated: '2026-07-09',
    },
    related: ['berg-2', 'alp-1'],
    body: `
# Mindestbestände und Bestellvorschlag je Lagerort

## Problem
Der Mindestbestand steht nur einmal am Artikel; bei mehreren Lagern oder Filialen bestellt der
Bestellvorschlag für alle Lager gemeinsam, obwohl die Ware getrennt geliefert wird.

## Lösung
### Mindestbestände je Lagerort pflegen
1. Artikel öffnen → Register *Lagerorte*.
2. Für jeden Lagerort unter *Dispositionsdaten* Mindestbestand, Meldebestand und
   Bestellmenge eintragen.
3. Bleibt ein Lagerort leer, gilt der Mindestbestand des Artikels.

Für viele Artikel gleichzeitig: *Lager → Dispositionsdaten importieren* mit einer CSV-Datei
\`Artikelnummer;Lagerort;Mindestbestand;Meldebestand;Bestellmenge\`.

### Bestellvorschlag je Lagerort
1. *Einkauf → Einstellungen → Bestellvorschlag*: „je Lagerort erzeugen“ aktivieren.
2. Im Bestellvorschlag den Lagerort wählen; ohne Auswahl entsteht je Lagerort ein eigener Vorschlag.
3. Die Lieferadresse der Bestellung ist dann die Adresse des Lagerorts.

## Hinweise
- Umlagerungen zwischen Lagerorten erzeugt der Bestellvorschlag nicht; dafür gibt es den
  Umlagerungsvorschlag (*Lager → Umlagerung → Vorschlag*).
`,
  },
  {
    slug: 'dubletten-kundenstamm-bereinigen',
    meta: {
      title: 'Dubletten im Kundenstamm zusammenführen',
      tags: ['kundenstamm', 'dubletten', 'import', 'zusammenführen', 'offene posten'],
      products: ['warenwirtschaft/verkauf'],
      lang: 'de',
      audience: 'internal',
      author: 'md',
      created: '2026-10-27',
      updated: '2026-10-27',
    },
    related: ['acme-D'],
    body: `
# Dubletten im Kundenstamm zusammenführen

## Problem
Nach einem Import (Messekontakte, Adresslisten) sind Kunden doppelt angelegt; Aufträge oder offene
Posten hängen teils an der Dublette.

## Ursache
Der Import wurde mit der Option „Neue Nummern vergeben“ und ohne Dublettenprüfung gestartet.
Das ist ein Bedienfehler: Die Bereinigung ist **nicht** im Servicevertrag enthalten (Datenproblem
durch unsachgemäße Bedienung) und wird nach Aufwand berechnet. Kunden vorher informieren.

## Lösung
1. Dubletten finden: *Verkauf → Kunden → Auswertungen → Dublettensuche* mit den Kriterien
   Name (phonetisch) + PLZ. Ergebnis als Liste exportieren und mit dem Kunden abstimmen.
2. Je Paar den **Zielkunden** festlegen (in der Regel die ältere Nummer).
3. *Kunden → Zusammenführen*: Quelle = Dublette, Ziel = Originalkunde. Übernommen werden
   Aufträge, Belege, offene Posten, Ansprechpartner und Notizen.
4. Bei vielen Paaren den Assistenten mit der abgestimmten Liste füttern
   (\`Quelle;Ziel\` je Zeile, *Zusammenführen → aus Datei*).
5. Die Importvorlage des Kunden um die Dublettenprüfung ergänzen (*Import → Vorlage →
   Dublettenprüfung: Name + PLZ*), damit es nicht wieder passiert.

## Prüfen
\`\`\`sql
-- keine offenen Posten mehr an zusammengeführten Nummern
SELECT kundennr, COUNT(*) FROM op_offen
WHERE kundennr IN (SELECT quelle FROM kunden_zusammenfuehrung_log)
GROUP BY kundennr;
\`\`\`
Das Ergebnis muss leer sein.
`,
  },
  {
    slug: 'etikettendrucker-barcode-unlesbar',
    meta: {
      title: 'Etikettendrucker: Barcodes werden nicht gelesen',
      tags: ['etiketten', 'barcode', 'drucker', 'dpi', 'scanner', 'versand'],
      products: ['basis/druck'],
      lang: 'de',
      audience: 'internal',
      author: 'ls',
      created: '2026-09-30',
      updated: '2026-09-30',
    },
    related: ['berg-9'],
    body: `
# Etikettendrucker: Barcodes werden nicht gelesen

## Problem
Versand- oder Lageretiketten drucken sauber, aber die Handscanner lesen den Barcode nicht oder
nur gelegentlich. Oft nach dem Austausch eines Etikettendruckers.

## Ursache
Etikettenlayouts sind für eine Druckauflösung angelegt (meist 203 dpi). Druckt ein Gerät mit
300 dpi dasselbe Layout, werden die Striche des Barcodes skaliert und ungleich breit; der
Scanner kann die Modulbreiten nicht mehr unterscheiden.

## Lösung
1. Auflösung des Druckers feststellen (Typenschild oder Treibereigenschaften).
2. In *Basis → Drucker → Etikettendrucker* die Auflösung des Geräts eintragen.
3. Im Etikettenlayout die Barcode-Modulbreite als ganzzahliges Vielfaches der Druckpunkte setzen:

   | Auflösung | Modulbreite |
   |---|---|
   | 203 dpi | 2 oder 3 Punkte |
   | 300 dpi | 3 oder 4 Punkte |

4. Im Treiber „Grafik drucken“ ausschalten und die druckereigene Barcode-Schrift verwenden.
5. Testetikett drucken und mit dem Handscanner im Lager prüfen.
`,
  },
  {
    slug: 'edi-doppelversand-verhindern',
    meta: {
      title: 'EDI: Nachrichten werden doppelt versendet (nach Serverumzug)',
      tags: ['edi', 'invoic', 'desadv', 'doppelt', 'jobsteuerung', 'serverumzug'],
      products: ['warenwirtschaft/edi', 'basis/update'],
      lang: 'de',
      audience: 'internal',
      author: 'ka',
      created: '2026-09-04',
      updated: '2026-09-04',
    },
    related: ['berg-7'],
    body: `
# EDI: Nachrichten werden doppelt versendet

## Problem
Handelspartner erhalten Rechnungen (INVOIC) oder Lieferavise (DESADV) doppelt, meist wenige
Tage nach einem Serverumzug oder einer Neuinstallation.

## Ursache
Der EDI-Versandjob läuft auf zwei Servern: auf dem neuen und auf dem alten, der noch eingeschaltet
ist und auf dieselbe Datenbank zeigt. Beide Jobs finden dieselben unversendeten Nachrichten.

## Lösung
1. **Sofort** den Versand anhalten: *EDI → Jobs → Versand → Anhalten*.
2. Prüfen, wo der Job läuft:
   \`\`\`sql
   SELECT job, host, letzter_lauf FROM job_lauf
   WHERE job = 'EDI_VERSAND' AND letzter_lauf > DATEADD(day, -7, GETDATE())
   ORDER BY letzter_lauf DESC;
   \`\`\`
   Zwei verschiedene Hosts bedeuten Doppelbetrieb.
3. Den Dienst *LUSO Jobserver* auf dem Altserver beenden und deaktivieren.
4. In *Basis → Jobsteuerung* „Nur auf einem Host ausführen“ für EDI_VERSAND aktivieren (Sperre
   gegen Doppelstart).
5. Betroffene Nachrichten ermitteln (gleiche Belegnummer, zwei Übertragungen) und je Duplikat
   eine Storno-Nachricht erzeugen (*EDI → Nachricht → Storno*). Vorher mit dem Kunden abstimmen,
   ob sein Partner Stornos verarbeitet.
6. Versand wieder starten.

## Vorbeugen
Bei jedem Serverumzug die Checkliste „Umzug“ abarbeiten: Altserver-Dienste stoppen, bevor der
neue Server produktiv geht.
`,
  },
];
