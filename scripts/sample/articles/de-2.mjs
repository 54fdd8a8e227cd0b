/** German knowledge-base articles, part 2: reporting, certificates, server, payroll. */
export default [
  {
    slug: 'meldewesen-rueckmeldungen-abrufen',
    meta: {
      title: 'Meldewesen: Rückmeldungen (DEÜV, eAU) kommen nicht an',
      tags: ['meldewesen', 'deüv', 'eau', 'rückmeldung', 'kommunikationsserver', 'krankenkasse'],
      products: ['lohn/meldewesen'],
      lang: 'de',
      audience: 'customer',
      author: 'mk',
      created: '2025-02-17',
      updated: '2026-10-13',
    },
    related: ['kes-3', 'cl-7'],
    body: `
# Meldewesen: Rückmeldungen kommen nicht an

## Problem
Meldungen (DEÜV, Beitragsnachweise, eAU-Anforderungen) werden übermittelt, aber Quittungen,
Rückmeldungen oder AU-Daten der Krankenkassen erscheinen nicht in Lohn & Gehalt.

## Ursache
Versand und Abruf sind zwei getrennte Aufträge des *LUSO Kommunikationsservers*. Häufige Gründe:
- Der Abrufauftrag ist nach einem Serverneustart nicht gestartet (kein Autostart).
- Der Abrufzyklus steht auf „wöchentlich“ statt „täglich“.
- eAU: Die Krankenkasse stellt die Daten frühestens am Folgetag bereit, bei Praxen ohne
  elektronische Übermittlung erst nach mehreren Tagen.

## Lösung
1. *Meldewesen → Kommunikationsserver → Aufträge* öffnen.
2. Auftrag **Abruf** prüfen: Status „aktiv“, Start „automatisch“, Zyklus „täglich, 06:00 und 13:00“.
3. Mit *Jetzt abrufen* sofort abholen; das Protokoll zeigt je Annahmestelle die Anzahl der Rückmeldungen.
4. Kommen für eine einzelne eAU nach drei Arbeitstagen keine Daten, beim Beschäftigten nachfragen,
   ob die Praxis die AU elektronisch übermittelt hat.

## Hinweis für Administratoren
Der Dienst heißt \`LUSO Kommunikationsserver\`; Starttyp „Automatisch (Verzögerter Start)“.
\`\`\`powershell
Get-Service -Name "LUSO*" | Select-Object Name, Status, StartType
Set-Service -Name "LusoKomm" -StartupType AutomaticDelayedStart
\`\`\`
`,
  },
  {
    slug: 'elster-itsg-zertifikat-erneuern',
    meta: {
      title: 'ITSG- und ELSTER-Zertifikate erneuern',
      tags: ['zertifikat', 'elster', 'itsg', 'meldewesen', 'lohnsteuer-anmeldung', 'ablauf'],
      products: ['basis/zertifikate', 'lohn/meldewesen'],
      lang: 'de',
      audience: 'customer',
      author: 'mk',
      created: '2024-11-05',
      updated: '2026-09-23',
    },
    related: ['kes-1', 'ems-3'],
    body: `
# ITSG- und ELSTER-Zertifikate erneuern

## Problem
- Lohnsteuer-Anmeldungen stehen auf „Fehler: Zertifikat abgelaufen“, oder
- der Kommunikationsserver warnt „Zertifikat läuft in N Tagen ab“, oder
- SV-Meldungen werden von der Annahmestelle mit einem Zertifikatsfehler abgewiesen.

## Ursache
Lohn & Gehalt nutzt zwei Zertifikate mit begrenzter Laufzeit:

| Zertifikat | wofür | Laufzeit | Erneuerung |
|---|---|---|---|
| ITSG-Zertifikat | SV-Meldungen (DEÜV, Beitragsnachweise, eAU) | 3 Jahre | Folgezertifikat beim Trustcenter der ITSG |
| ELSTER-Organisationszertifikat | Lohnsteuer-Anmeldung, Lohnsteuerbescheinigung | 3 Jahre | Verlängerung im ELSTER-Portal |

## Lösung
### ITSG-Zertifikat
1. Rechtzeitig (ab 60 Tage vor Ablauf) im Kommunikationsserver *Zertifikate → Folgezertifikat
   beantragen* wählen; der Antrag geht an das Trustcenter.
2. Nach Erhalt der Bestätigung *Zertifikate → Folgezertifikat abholen*.
3. Testmeldung senden (*Meldewesen → Testübermittlung*).

### ELSTER-Organisationszertifikat
1. Im ELSTER-Portal mit dem bisherigen Zertifikat anmelden → *Mein Benutzerkonto →
   Zertifikat verlängern*.
2. Die neue \`.pfx\`-Datei auf dem Lohn-Server ablegen (nicht auf einem Arbeitsplatz).
3. *Lohn & Gehalt → Einstellungen → ELSTER → Zertifikat* auf die neue Datei umstellen und die PIN
   eingeben.
4. Fehlgeschlagene Anmeldungen unter *ELSTER → Protokoll* markieren und erneut senden.

## Vorbeugen
Der Kommunikationsserver warnt 30 Tage vorher per Mail, wenn unter *Einstellungen → Benachrichtigung*
eine Adresse eingetragen ist. Tragen Sie ein Funktionspostfach ein, kein persönliches.
`,
  },
  {
    slug: 'anmeldung-sitzung-timeout',
    meta: {
      title: 'Benutzer werden nach kurzer Zeit automatisch abgemeldet',
      tags: ['anmeldung', 'timeout', 'sitzung', 'update', 'konfiguration', 'luso-server.ini'],
      products: ['basis/anmeldung', 'basis/update'],
      lang: 'de',
      audience: 'internal',
      author: 'tb',
      created: '2026-08-11',
      updated: '2026-08-11',
    },
    related: ['berg-5'],
    body: `
# Benutzer werden nach kurzer Zeit automatisch abgemeldet

## Problem
Nach einem Update werden Benutzer nach wenigen Minuten ohne Eingabe abgemeldet; ungespeicherte
Eingaben gehen verloren.

## Ursache
Der Sitzungs-Timeout wurde früher lokal in \`luso-server.ini\` auf dem Anwendungsserver gesetzt.
Das Update ersetzt die Datei durch die Standardversion (Timeout 10 Minuten). Seit Version 25.4
gehört die Einstellung in die zentrale Konfiguration in der Datenbank, die Updates nicht ändern.

## Lösung
1. Aktuellen Wert prüfen:
   \`\`\`powershell
   Select-String -Path "C:\\Program Files\\LUSO\\Server\\luso-server.ini" -Pattern "SessionTimeout"
   \`\`\`
2. Den gewünschten Wert in der zentralen Konfiguration setzen (*Basis → Administration →
   Konfiguration → Sitzung*), z. B. 480 Minuten; oder per Kommandozeile:
   \`\`\`
   luso-admin config set session.timeoutMinutes 480
   \`\`\`
3. Den Eintrag \`SessionTimeout\` aus \`luso-server.ini\` entfernen, damit nur noch ein Wert gilt.
4. Dienst *LUSO Applikationsserver* neu starten (Benutzer vorher abmelden lassen).

## Hinweis
Der Kunde entscheidet über den Wert; aus Datenschutzgründen sollten Arbeitsplätze trotzdem per
Bildschirmsperre gesichert sein.
`,
  },
  {
    slug: 'sql-sicherung-fehlgeschlagen',
    meta: {
      title: 'Datensicherung: Sicherungsauftrag des SQL-Servers schlägt fehl',
      tags: ['backup', 'datensicherung', 'sql-server', 'wartungsplan', 'speicherplatz', 'nas'],
      products: ['basis/backup', 'basis/datenbank'],
      lang: 'de',
      audience: 'internal',
      author: 'jb',
      created: '2025-01-20',
      updated: '2026-10-27',
    },
    related: ['cl-9'],
    body: `
# Datensicherung: Sicherungsauftrag des SQL-Servers schlägt fehl

## Problem
Die nächtliche Sicherung der Datenbanken \`LUSO_WAWI\`, \`LUSO_LOHN\` und \`LUSO_DMS\` meldet einen
Fehler, zum Beispiel:
- \`Fehler 112: Auf dem Datenträger ist nicht genügend Speicherplatz verfügbar\`
- \`Betriebssystemfehler 5 (Zugriff verweigert)\`
- \`Das Medium ist beschädigt\`

## Ursache
| Meldung | häufige Ursache |
|---|---|
| Fehler 112 | Ziel voll – auch wenn das NAS insgesamt Platz hat, kann die Freigabe eine eigene Quote haben |
| Fehler 5 | Dienstkonto des SQL-Servers hat keine Schreibrechte auf der Freigabe (Passwortänderung, neues NAS) |
| Medium beschädigt | Sicherung wird in eine bestehende Datei angehängt, die Datei ist defekt |

## Lösung
1. Letzte Sicherungen prüfen:
   \`\`\`sql
   SELECT database_name, backup_finish_date, type,
          CAST(backup_size / 1048576 AS int) AS mb
   FROM msdb.dbo.backupset
   WHERE backup_finish_date > DATEADD(day, -7, GETDATE())
   ORDER BY backup_finish_date DESC;
   \`\`\`
2. Bei **Fehler 112**: Quote der Freigabe prüfen, alte Sicherungen nach der vereinbarten
   Aufbewahrung löschen und in den Wartungsplan eine Bereinigungsaufgabe aufnehmen
   („Sicherungsdateien älter als 14 Tage löschen“).
3. Bei **Fehler 5**: Dienstkonto ermitteln (\`Get-CimInstance Win32_Service -Filter "Name='MSSQLSERVER'"\`)
   und ihm Schreibrechte auf der Freigabe geben.
4. Sicherung manuell starten und Ergebnis prüfen:
   \`\`\`sql
   BACKUP DATABASE LUSO_WAWI TO DISK = N'\\\\nas01\\sql-backup\\LUSO_WAWI_manuell.bak'
     WITH COMPRESSION, CHECKSUM, INIT;
   RESTORE VERIFYONLY FROM DISK = N'\\\\nas01\\sql-backup\\LUSO_WAWI_manuell.bak';
   \`\`\`
5. Dem Kunden empfehlen, die Rücksicherung regelmäßig zu testen (siehe *Backups: how to run a
   restore test*).

## Abrechnung
Sicherungsprobleme sind Infrastruktur und nicht im Servicevertrag enthalten; bei Kunden mit
Mindestabnahme werden sie über das Kontingent abgerechnet.
`,
  },
  {
    slug: 'abrechnungslauf-langsam',
    meta: {
      title: 'Performance: Abrechnungslauf dauert sehr lange',
      tags: ['performance', 'abrechnungslauf', 'datenbank', 'index', 'statistiken', 'wartungsplan'],
      products: ['lohn/abrechnung', 'basis/datenbank'],
      lang: 'de',
      audience: 'internal',
      author: 'jb',
      created: '2025-05-08',
      updated: '2026-07-20',
    },
    related: ['kes-2'],
    body: `
# Performance: Abrechnungslauf dauert sehr lange

## Problem
Der Abrechnungslauf (besonders über viele Mandanten) dauert ein Mehrfaches der gewohnten Zeit;
das Öffnen von Personalstämmen und Auswertungen ist träge.

## Ursache
In den meisten Fällen läuft der nächtliche Wartungsplan nicht mehr: Indizes fragmentieren,
Statistiken veralten, der Abfrageoptimierer wählt schlechte Pläne. Häufig nach einer
Passwortänderung des Dienstkontos oder einem Serverumzug.

## Lösung
1. Fragmentierung der großen Tabellen prüfen:
   \`\`\`sql
   USE LUSO_LOHN;
   SELECT OBJECT_NAME(ips.object_id) AS tabelle, i.name AS index_name,
          CAST(ips.avg_fragmentation_in_percent AS int) AS fragmentierung
   FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') ips
   JOIN sys.indexes i ON i.object_id = ips.object_id AND i.index_id = ips.index_id
   WHERE ips.page_count > 1000
   ORDER BY fragmentierung DESC;
   \`\`\`
2. Bei mehr als 30 % Fragmentierung außerhalb der Arbeitszeit neu aufbauen:
   \`\`\`sql
   ALTER INDEX ALL ON dbo.LOHNJOURNAL REBUILD;
   ALTER INDEX ALL ON dbo.BEWEGUNG REBUILD;
   EXEC sp_updatestats;
   \`\`\`
3. Verlauf des Wartungsplans im SQL Server Agent prüfen und das Dienstkonto korrigieren.
4. Im Wartungsplan eine Benachrichtigung bei Fehlern einrichten (Operator mit Funktionspostfach).
5. Abrechnungslauf testen und die Dauer im Ticket dokumentieren.

## Wenn es danach nicht besser ist
- Arbeitsspeicher des SQL-Servers prüfen (\`max server memory\` nicht auf Standard lassen).
- Virenscanner-Ausnahmen für Daten- und Logdateien (\`*.mdf\`, \`*.ldf\`) prüfen.
- An Second Level eskalieren mit Ausführungsplan des langsamen Schritts.
`,
  },
  {
    slug: 'jobticket-sachbezug',
    meta: {
      title: 'Jobticket und Deutschlandticket: Zuschuss steuerfrei abrechnen',
      tags: ['jobticket', 'deutschlandticket', 'sachbezug', 'steuerfrei', 'lohnart', 'lohnsteuerbescheinigung'],
      products: ['lohn/abrechnung'],
      lang: 'de',
      audience: 'customer',
      author: 'mk',
      created: '2025-03-12',
      updated: '2026-10-08',
    },
    related: ['acme-A'],
    body: `
# Jobticket und Deutschlandticket: Zuschuss steuerfrei abrechnen

## Problem
Sie möchten Beschäftigten das Deutschlandticket oder ein Jobticket bezahlen oder bezuschussen und
wissen nicht, welche Lohnart steuer- und beitragsfrei ist.

## Ursache
Zuschüsse und Sachbezüge für Fahrten mit öffentlichen Verkehrsmitteln sind nach **§ 3 Nr. 15 EStG**
steuerfrei, wenn sie **zusätzlich zum ohnehin geschuldeten Arbeitslohn** gewährt werden. Steuerfreie
Leistungen werden auf die Entfernungspauschale angerechnet und müssen deshalb in der
Lohnsteuerbescheinigung (Zeile 17) stehen. Eine Gehaltsumwandlung ist nicht steuerfrei.

## Lösung
1. *Lohn & Gehalt → Stammdaten → Lohnarten → Vorlage „Jobticket § 3 Nr. 15“* kopieren
   (z. B. als Lohnart 830).
2. Prüfen, dass „steuerfrei“, „SV-frei“ und „LStB Zeile 17“ gesetzt sind.
3. Lohnart den Beschäftigten zuordnen – einzeln im Personalstamm oder per *Gruppenänderung*.
4. Betrag eintragen: der Zuschuss (z. B. 58,00 EUR) oder der Wert des überlassenen Tickets.
5. Probeabrechnung prüfen: Die Lohnart erscheint im Lohnjournal in der Spalte „steuerfrei“.

## Alternative: Pauschalversteuerung
Wird das Ticket durch Gehaltsumwandlung finanziert, kann es mit 25 % pauschal versteuert werden
(§ 40 Abs. 2 Satz 2 Nr. 2 EStG, Lohnart-Vorlage „Jobticket pauschal“). Dann entfällt die
Anrechnung auf die Entfernungspauschale. Im Zweifel Steuerberater fragen.
`,
  },
  {
    slug: 'scan-stapel-haengt-im-posteingang',
    meta: {
      title: 'DMS: Scan-Stapel bleiben hängen oder werden falsch getrennt',
      tags: ['dms', 'scan', 'posteingang', 'virenscanner', 'trennblatt', 'barcode', 'dpi'],
      products: ['dms/scan'],
      lang: 'de',
      audience: 'internal',
      author: 'ls',
      created: '2026-07-20',
      updated: '2026-10-22',
    },
    related: ['berg-3', 'web-4'],
    body: `
# DMS: Scan-Stapel bleiben hängen oder werden falsch getrennt

## Problem A: Stapel bleiben „In Verarbeitung“
Gescannte Stapel erscheinen nicht im Posteingang; im Scan-Monitor stehen sie dauerhaft auf
„In Verarbeitung“.

### Ursache
Der *LUSO Scan-Dienst* hängt an einer gesperrten Temp-Datei. Meist sperrt ein Virenscanner die
Datei während der Texterkennung.

### Lösung
1. Im Scan-Monitor die hängenden Stapel notieren.
2. Dienst neu starten:
   \`\`\`powershell
   Restart-Service -Name "LusoScan"
   \`\`\`
3. Stapel im Monitor markieren → *Erneut verarbeiten*.
4. Im Virenscanner das Verzeichnis \`D:\\LUSO\\DMS\\ScanTemp\` ausnehmen.
5. Dienstüberwachung einrichten (*DMS → Administration → Überwachung*: Warnung, wenn ein Stapel
   länger als 30 Minuten in Verarbeitung ist).

## Problem B: Seiten landen in der falschen Akte
Dokumente werden falsch getrennt; Seiten eines Bautagebuchs oder Lieferscheins landen in der Akte
des vorherigen Dokuments.

### Ursache
Die Trennblätter mit Barcode werden nicht erkannt, meist weil ein neues Scangerät mit zu geringer
Auflösung (200 dpi) scannt.

### Lösung
1. Scanprofil des Geräts auf **300 dpi**, Schwarzweiß oder Graustufen stellen.
2. Fehlzuordnungen im DMS über *Dokument → Seiten verschieben* korrigieren.
3. Neue Trennblätter aus *DMS → Trennblätter drucken* verwenden (keine Kopien von Kopien).
`,
  },
  {
    slug: 'minijob-meldung-stornieren',
    meta: {
      title: 'Minijob: Meldung an die Minijob-Zentrale stornieren und neu melden',
      tags: ['minijob', 'meldung', 'storno', 'minijob-zentrale', 'deüv', 'anmeldung'],
      products: ['lohn/meldewesen'],
      lang: 'de',
      audience: 'customer',
      author: 'mk',
      created: '2025-08-01',
      updated: '2026-07-14',
    },
    related: ['acme-E'],
    body: `
# Minijob: Meldung stornieren und neu melden

## Problem
Eine Anmeldung (oder Abmeldung) ist mit falschen Daten an die Minijob-Zentrale übermittelt worden,
zum Beispiel mit falschem Beschäftigungsbeginn oder falscher Personengruppe.

## Ursache
Übermittelte Meldungen lassen sich nicht ändern. Sie werden storniert und mit richtigen Daten neu
erstellt; die Minijob-Zentrale verarbeitet beide Meldungen.

## Lösung
1. Personalstamm öffnen → *Meldungen*.
2. Die fehlerhafte Meldung markieren → **Stornieren**. Lohn & Gehalt erzeugt eine Stornomeldung
   mit denselben Daten.
3. Die Daten im Personalstamm korrigieren (z. B. Beschäftigungsbeginn).
4. *Meldewesen → Meldungen erzeugen*: Es entsteht die neue, richtige Meldung.
5. Beide Meldungen mit dem nächsten Versandlauf übertragen und die Quittungen prüfen.

## Hinweise
- Storno und neue Meldung müssen im selben Versandlauf oder in dieser Reihenfolge übermittelt werden.
- Bei falscher **Personengruppe** (z. B. 109 statt 110) zusätzlich die Abrechnung des Monats
  neu rechnen, weil sich die Pauschalabgaben ändern.
`,
  },
];
