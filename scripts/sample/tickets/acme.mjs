/**
 * ACME Antriebstechnik: service contract, per-period settlement. The October 2026 time is exactly
 * the golden case of docs/domain.md §4 (tickets A–D); no other ACME time is logged in October.
 */
export default [
  {
    key: 'acme-E',
    customer: 'acme',
    contact: 'Petra Wiegand',
    channel: 'e-mail',
    received: '07-14 07:48',
    title: 'Minijobberin mit falschem Beschäftigungsbeginn an die Minijob-Zentrale gemeldet',
    description: `
Guten Morgen,

wir haben eine neue Aushilfe (Personalnummer 2317) zum 01.07. angemeldet, sie hat aber erst am
08.07. angefangen. Die Anmeldung ist schon an die Minijob-Zentrale übermittelt. Wie korrigiere ich
das, ohne dass es doppelte Meldungen gibt?

Viele Grüße
Petra Wiegand`,
    steps: [
      ['07-14 08:06', 'mk', 'open'],
      ['08:12', 'mk', 'q', 'question lohn/meldewesen normal'],
      ['08:25', 'mk', 'reply', `
Guten Morgen Frau Wiegand,

eine bereits übermittelte Anmeldung wird nicht überschrieben, sondern storniert und neu erstellt:
1. Personalstamm 2317 → Meldungen → die Anmeldung (Grund 10) markieren → „Stornieren“.
2. Beschäftigungsbeginn im Personalstamm auf 08.07. korrigieren.
3. Meldewesen → „Meldungen erzeugen“: es entsteht eine neue Anmeldung zum 08.07.
4. Beide Meldungen mit dem nächsten Versandlauf übertragen.

Die Anleitung mit Bildern finden Sie auch in unserem Artikel „Minijob-Meldung stornieren und neu melden“.
Melden Sie sich gern, falls etwas unklar ist.

Viele Grüße
Miriam Krause`],
      ['+1', 'mk', 'kb', 'minijob-meldung-stornieren'],
      ['+1', 'mk', 'log', 30, 'communication', 'Rückfrage geklärt, Anleitung geschickt'],
      ['10:41', 'mk', 'cust', 'Danke, hat funktioniert. Storno und neue Anmeldung sind raus, die Quittungen sind auch schon da.'],
      ['10:45', 'mk', 'resolve', 'Anmeldung storniert (Stornokennzeichen), Beschäftigungsbeginn korrigiert und neu gemeldet; Kundin hat die Schritte nach Anleitung selbst ausgeführt.', 'minijob-meldung-stornieren'],
      ['10:46', 'mk', 'close', 'Petra Wiegand'],
      ['07-15 09:02', 'mk', 'fb', 5, 'Schnelle und verständliche Hilfe, danke!'],
    ],
  },
  {
    key: 'acme-I',
    customer: 'acme',
    contact: 'Sabine Vogt',
    channel: 'e-mail',
    received: '08-04 10:15',
    title: 'Rechnungsformular: Kostenstelle des Bestellers andrucken',
    description: `
Hallo Support-Team,

unsere Kunden aus dem Konzernbereich verlangen seit diesem Monat die Kostenstelle des Bestellers
auf der Rechnung, sonst gehen die Rechnungen zurück. Die Kostenstelle erfassen wir bereits im
Auftragskopf (Feld „Kostenstelle Kunde“). Können Sie das Feld auf dem Rechnungsformular unter der
Bestellnummer andrucken? Bitte auch auf Gutschrift und Proforma-Rechnung.

Gruß
Sabine Vogt`,
    steps: [
      ['08-04 10:31', 'mk', 'open'],
      ['10:38', 'mk', 'q', 'change-request warenwirtschaft/formulare normal'],
      ['10:45', 'mk', 'reply', 'Hallo Frau Vogt, danke für Ihre Anfrage. Formularänderungen lässt unser Second Level schätzen; Ihr Projektleiter Herr Kühne stimmt die Umsetzung dann mit Ihnen ab. Sie hören bis morgen von uns.'],
      ['10:50', 'mk', 'esc', 'Formularänderung RE_STANDARD (+ Gutschrift, Proforma): braucht Aufwandsschätzung durch Second Level', 'ka'],
      ['08-05 09:30', 'ka', 'est', 300, 'Feld KST_KUNDE aus dem Auftragskopf in RE_STANDARD, GS_STANDARD und PF_STANDARD; Test mit drei Belegarten; Einspielen Test- und Produktivsystem'],
      ['09:35', 'ka', 'note', 'Schätzung 5 h an Peter zur Freigabe. Außerhalb des Kontingents (Änderung an der Installation).'],
      ['14:10', 'pk', 'appr', 'Mit Frau Vogt telefonisch abgestimmt: Umsetzung nach Aufwand zum Stundensatz, Termin bis 14.08.'],
      ['08-10 16:30', 'ka', 'log', 180, 'change', 'Formular RE_STANDARD angepasst, Testdrucke'],
      ['08-11 11:00', 'ka', 'log', 75, 'change', 'Gutschrift und Proforma angepasst'],
      ['11:10', 'ka', 'reply', 'Frau Vogt, die Formulare sind auf Ihrem Testsystem eingespielt (Mandant 900). Bitte drucken Sie je eine Rechnung, Gutschrift und Proforma mit Kostenstelle und geben uns Bescheid.'],
      ['08-12 09:04', 'ka', 'cust', 'Test ist ok, die Kostenstelle steht an der richtigen Stelle. Bitte produktiv setzen.'],
      ['15:20', 'ka', 'log', 30, 'change', 'Produktivsetzung'],
      ['15:30', 'ka', 'resolve', 'Formulare RE_STANDARD, GS_STANDARD und PF_STANDARD drucken die Kostenstelle des Bestellers (Auftragskopf, Feld KST_KUNDE) unter der Bestellnummer; Test- und Produktivsystem aktualisiert.'],
      ['15:35', 'ka', 'return', 'Bitte Abnahme bei Frau Vogt einholen.'],
      ['08-13 09:10', 'mk', 'reply', 'Guten Morgen Frau Vogt, die geänderten Formulare sind seit gestern produktiv. Passt alles bei den ersten echten Rechnungen?'],
      ['11:02', 'mk', 'cust', 'Ja, alles gut. Die ersten Rechnungen sind raus, danke!'],
      ['11:05', 'mk', 'close', 'Sabine Vogt'],
    ],
  },
  {
    key: 'acme-H',
    customer: 'acme',
    contact: 'Jörg Henning',
    channel: 'phone',
    received: '09-17 13:20',
    title: 'Idee: QR-Code mit Sendungsnummer auf dem Lieferschein',
    description: `
Herr Henning (Lager) regt an, die Sendungsnummer des Paketdienstes als QR-Code auf den
Lieferschein zu drucken, damit die Kunden ihre Sendung direkt verfolgen können. Bisher wird die
Nummer im Versandmodul erzeugt, aber nicht an den Lieferschein übergeben.`,
    q: 'feature-idea warenwirtschaft/formulare low',
    steps: [
      ['09-17 13:27', 'tb', 'open'],
      ['13:31', 'tb', 'reply', 'Herr Henning, vielen Dank für die Anregung. Wir geben die Idee an unseren Vertrieb und das Produktmanagement weiter; Frau Peters meldet sich bei Ihnen.'],
      ['+1', 'tb', 'log', 15, 'communication', 'Anregung aufgenommen'],
      ['13:40', 'tb', 'handoff', 'sales', 'Produktidee (Sendungsverfolgung auf Lieferschein); Kunde hätte Interesse am Versandmodul mit Trackinglink'],
      ['09-21 10:15', 'cp', 'note', 'Termin mit Herrn Henning am 14.10. vereinbart; Angebot Versandmodul „Track & Trace“ wird vorbereitet.'],
    ],
  },
  {
    key: 'acme-A',
    customer: 'acme',
    contact: 'Petra Wiegand',
    channel: 'phone',
    received: '10-07 09:12',
    title: 'Zuschuss zum Deutschlandticket: welche Lohnart?',
    description: `
Frau Wiegand möchte ab Oktober 14 Mitarbeitenden einen Zuschuss zum Deutschlandticket zahlen
(zusätzlich zum Arbeitslohn) und fragt, wie das in Lohn & Gehalt abgerechnet wird, damit es
steuer- und beitragsfrei bleibt und auf der Lohnsteuerbescheinigung korrekt erscheint.`,
    q: 'question lohn/abrechnung normal',
    steps: [
      ['10-07 09:14', 'mk', 'open'],
      ['09:38', 'mk', 'reply', `
Guten Morgen Frau Wiegand,

wie eben am Telefon besprochen, kurz zusammengefasst:
- Zuschüsse zum Deutschlandticket, die zusätzlich zum ohnehin geschuldeten Arbeitslohn gezahlt
  werden, sind nach § 3 Nr. 15 EStG steuerfrei und damit auch beitragsfrei.
- Sie müssen in der Lohnsteuerbescheinigung (Zeile 17) ausgewiesen werden; das erledigt die
  Lohnart automatisch.
- Ich lege Ihnen die Lohnart an und ordne sie den 14 Mitarbeitenden zu, danach prüfen Sie bitte
  eine Probeabrechnung.

Viele Grüße
Miriam Krause`],
      ['09:40', 'mk', 'log', 20, 'communication', 'Telefonat und Zusammenfassung per E-Mail'],
      ['11:30', 'mk', 'kb', 'jobticket-sachbezug'],
      ['11:35', 'mk', 'log', 65, 'solution', 'Lohnart 830 „Jobticket steuerfrei § 3 Nr. 15“ angelegt, 14 Mitarbeitende per Gruppenänderung zugeordnet, Probeabrechnung geprüft'],
      ['11:37', 'mk', 'reply', 'Frau Wiegand, die Lohnart 830 ist angelegt und den 14 Mitarbeitenden zugeordnet. Bitte prüfen Sie die Probeabrechnung Oktober (Ausdruck „Lohnjournal Probe“).'],
      ['10-08 10:05', 'mk', 'cust', 'Die Probeabrechnung passt, der Zuschuss steht steuerfrei drin. Vielen Dank!'],
      ['10:10', 'mk', 'resolve', 'Lohnart 830 (steuerfrei nach § 3 Nr. 15 EStG, Ausweis in Zeile 17 der Lohnsteuerbescheinigung) angelegt und zugeordnet; Probeabrechnung von der Kundin geprüft.', 'jobticket-sachbezug'],
      ['10:11', 'mk', 'close', 'Petra Wiegand'],
      ['10:30', 'mk', 'fb', 5, 'Sehr kompetent, alles an einem Vormittag erledigt.'],
    ],
  },
  {
    key: 'acme-B',
    customer: 'acme',
    contact: 'Jörg Henning',
    channel: 'e-mail',
    received: '10-12 07:35',
    title: 'Bestandsdifferenzen nach Umlagerung zwischen Lagerorten',
    description: `
Hallo,

seit letzter Woche stimmen bei einigen Artikeln die Bestände nach einer Umlagerung von Halle 2
nach Halle 5 nicht mehr. Der Abgang in Halle 2 wird offenbar zweimal gebucht, der Zugang in
Halle 5 nur einmal. Betroffen sind nur Artikel, die wir in Kartons lagern. Die Inventur steht
Ende Oktober an, das muss bis dahin sauber sein.

Jörg Henning
Lagerleitung`,
    steps: [
      ['10-12 08:02', 'tb', 'open'],
      ['08:10', 'tb', 'q', 'malfunction warenwirtschaft/lager high'],
      ['08:15', 'tb', 'reply', 'Guten Morgen Herr Henning, wir haben Ihre Meldung aufgenommen und schauen uns das an. Können Sie uns eine Artikelnummer und das Datum einer betroffenen Umlagerung nennen?'],
      ['09:05', 'tb', 'cust', 'Zum Beispiel Artikel 100-4711 (Zahnriemen, Karton à 25 Stück), Umlagerung vom 08.10., 3 Kartons und 10 Stück lose.'],
      ['09:30', 'tb', 'note', 'KB durchsucht, nichts Passendes. Umlagerungsjournal zeigt bei Teilmengen (Karton + Stück) eine doppelte Abgangsbuchung. Braucht eine Analyse in der Datenbank.'],
      ['09:35', 'tb', 'esc', 'Doppelte Abgangsbuchungen bei Umlagerung von Teilmengen in Verpackungseinheiten; Analyse der Buchungen in der Datenbank nötig', 'jb'],
      ['10-13 16:40', 'jb', 'log', 180, 'analysis', 'Umlagerungsjournal und Buchungsprotokoll ausgewertet: Fehler nur bei Teilmengen mit Chargen'],
      ['16:45', 'jb', 'reply', 'Herr Henning, Zwischenstand: Der Fehler tritt nur auf, wenn eine Umlagerung ganze Kartons und lose Stück mit Chargennummer mischt. Wir stellen das morgen auf dem Testsystem nach.'],
      ['10-14 12:00', 'jb', 'log', 120, 'analysis', 'Auf dem Testsystem nachgestellt: Rundung der Teilmenge bei Umrechnung Karton → Stück erzeugt eine zweite Abgangszeile'],
      ['12:10', 'jb', 'note', 'Defekt an die Entwicklung gemeldet (DEV-4127), Korrektur ist für Update 26.4 eingeplant. Workaround: Umlagerungen in der Basismengeneinheit (Stück) erfassen.'],
      ['14:25', 'jb', 'reply', `
Herr Henning,

die Ursache ist gefunden: Wenn eine Umlagerung ganze Kartons und lose Stück derselben Charge
enthält, bucht das Programm den Abgang der losen Stück ein zweites Mal. Bis zum Update 26.4
(Korrektur ist eingeplant) erfassen Sie Umlagerungen bitte in Stück statt in Kartons.

Die Liste der 23 betroffenen Artikel mit den Differenzmengen habe ich Ihnen angehängt; mit
„Lager → Korrekturbuchung“ und dem Grund „Umlagerungsfehler“ können Sie die Bestände vor der
Inventur ausgleichen.

Viele Grüße
Jakob Bünemann`],
      ['14:30', 'jb', 'resolve', 'Ursache: doppelte Abgangsbuchung bei gemischter Umlagerung (Karton + Stück) chargengeführter Artikel, Defekt DEV-4127 (Update 26.4). Workaround: Umlagerung in Basismengeneinheit. Liste der 23 betroffenen Artikel für Korrekturbuchungen an den Kunden übergeben.'],
      ['14:32', 'jb', 'return', 'Bitte bei Herrn Henning nachfragen, ob die Korrekturbuchungen geklappt haben, dann schließen.'],
      ['10-16 09:20', 'tb', 'reply', 'Guten Morgen Herr Henning, konnten Sie die Korrekturbuchungen durchführen? Stimmen die Bestände jetzt?'],
      ['13:02', 'tb', 'cust', 'Ja, alle 23 Artikel korrigiert, die Bestände stimmen wieder. Wir buchen bis zum Update in Stück.'],
      ['13:05', 'tb', 'close', 'Jörg Henning'],
      ['13:06', 'tb', 'fb', 4, 'Gute Analyse, hat aber zwei Tage gedauert.'],
    ],
  },
  {
    key: 'acme-C',
    customer: 'acme',
    contact: 'Sabine Vogt',
    channel: 'phone',
    received: '10-20 08:03',
    title: 'Nach Windows-Update kein Druck von Lieferscheinen auf den Terminalservern',
    description: `
Frau Vogt ruft an: Seit dem Windows-Update heute Nacht druckt auf allen drei Terminalservern
(TS01–TS03) kein Lieferschein und keine Rechnung mehr. In der Druckvorschau ist alles da, der
Druckauftrag verschwindet ohne Fehlermeldung aus der Warteschlange. Der Versand steht still.`,
    q: 'malfunction basis/druck critical',
    steps: [
      ['10-20 08:05', 'ls', 'open'],
      ['08:10', 'ls', 'reply', 'Frau Vogt, wir verbinden uns jetzt per Fernwartung mit TS01. Bitte halten Sie die Zugangsdaten für den Administrator bereit.'],
      ['08:20', 'ls', 'note', 'Artikel drucker-nach-windows-update geprüft: Point-and-Print-Einstellung ist ok, betroffen sind die Typ-4-Treiber (v4) der Lagerdrucker.'],
      ['+1', 'ls', 'kb', 'drucker-nach-windows-update'],
      ['12:30', 'ls', 'reply', 'Zwischenstand: TS01 druckt wieder (Treiber auf Typ 3 umgestellt). Wir machen jetzt mit TS02 und TS03 weiter; der Versand kann über TS01 drucken.'],
      ['16:30', 'ls', 'log', 460, 'remote-session', 'Fernwartung TS01–TS03: v4-Treiber entfernt, Typ-3-Treiber installiert, Druckerzuordnung per Gruppenrichtlinie neu verteilt, Testdrucke mit Lager und Versand'],
      ['16:35', 'ls', 'reply', 'Frau Vogt, alle drei Terminalserver drucken wieder. Ursache war ein Windows-Update, das die Typ-4-Druckertreiber blockiert. Bitte geben Sie uns morgen früh Bescheid, ob alles stabil läuft.'],
      ['16:40', 'ls', 'resolve', 'Windows-Update hatte die v4-Treiber der Lagerdrucker blockiert. Auf TS01–TS03 auf Typ-3-Treiber umgestellt und Zuordnung per GPO erneuert; Druck aus Warenwirtschaft getestet.', 'drucker-nach-windows-update'],
      ['10-21 09:15', 'ls', 'cust', 'Läuft seit gestern stabil, danke für den Einsatz!'],
      ['09:20', 'ls', 'close', 'Sabine Vogt'],
      ['09:21', 'ls', 'fb', 5, 'Super Einsatz, den ganzen Tag drangeblieben.'],
    ],
  },
  {
    key: 'acme-D',
    customer: 'acme',
    contact: 'Sabine Vogt',
    channel: 'e-mail',
    received: '10-26 10:22',
    title: 'Doppelte Kunden im Kundenstamm nach Excel-Import',
    description: `
Hallo,

eine Aushilfe hat letzte Woche eine Excel-Liste mit Messekontakten über die Importschnittstelle
eingelesen. Jetzt haben wir viele Kunden doppelt, teilweise mit offenen Posten am falschen
Datensatz. Können Sie uns helfen, das zu bereinigen?

Sabine Vogt`,
    steps: [
      ['10-26 10:30', 'md', 'open'],
      ['10:35', 'md', 'q', 'data-problem warenwirtschaft/verkauf normal'],
      ['10:41', 'md', 'reply', 'Hallo Frau Vogt, wir schauen uns den Import an. Bitte nehmen Sie bis dahin keine Zahlungen auf die neuen Kundennummern ab 24000 auf.'],
      ['11:20', 'md', 'note', 'Import ohne Dublettenprüfung gestartet (Option „Neue Nummern vergeben“), 187 Dubletten. Bedienfehler: laut Vertrag nicht im Kontingent, Bereinigung nach Aufwand. Kundin informieren.'],
      ['11:25', 'md', 'reply', 'Frau Vogt, beim Import war die Dublettenprüfung ausgeschaltet; dadurch sind 187 Kunden doppelt angelegt. Die Bereinigung ist nicht durch den Servicevertrag abgedeckt und wird nach Aufwand (120,00 EUR/h) berechnet; wir rechnen mit gut einer Stunde. Sollen wir bereinigen?'],
      ['13:48', 'md', 'cust', 'Ja, bitte bereinigen. Danke für den Hinweis.'],
      ['10-27 15:10', 'md', 'log', 70, 'solution', '187 Dubletten mit dem Zusammenführen-Assistenten bereinigt, offene Posten umgehängt, Importvorlage mit Dublettenprüfung gespeichert'],
      ['15:15', 'md', 'reply', 'Die 187 Dubletten sind zusammengeführt, offene Posten hängen jetzt am ursprünglichen Kunden. Die Importvorlage „Messekontakte“ prüft künftig auf Dubletten (Name + PLZ).'],
      ['15:16', 'md', 'resolve', 'Dubletten aus einem Import ohne Dublettenprüfung zusammengeführt, offene Posten umgehängt; Importvorlage mit Dublettenprüfung (Name + PLZ) angelegt.', 'dubletten-kundenstamm-bereinigen'],
      ['11-03 09:30', 'md', 'reply', 'Guten Morgen Frau Vogt, passt bei Ihnen nach der Bereinigung alles? Dann schließen wir das Ticket.'],
    ],
    expect: 'resolved',
  },
  {
    key: 'acme-J',
    customer: 'acme',
    contact: 'Dr. Rainer Albrecht',
    channel: 'phone',
    received: '11-05 14:10',
    title: 'Anbindung Onlineshop (Shopware 6) an die Warenwirtschaft',
    description: `
Dr. Albrecht plant für das Frühjahr einen B2B-Onlineshop (Shopware 6). Artikel, Preise und
Bestände sollen aus der Warenwirtschaft kommen, Bestellungen automatisch als Aufträge zurück.
Er möchte wissen, was das kostet und wie lange es dauert.`,
    q: 'project-work warenwirtschaft/export normal',
    steps: [
      ['11-05 14:16', 'mk', 'open'],
      ['14:22', 'mk', 'reply', 'Herr Dr. Albrecht, vielen Dank für Ihren Anruf. Eine Shopanbindung ist ein Projekt; Ihr Projektleiter Herr Kühne meldet sich diese Woche für einen Workshop-Termin.'],
      ['14:25', 'mk', 'handoff', 'project-lead', 'Schnittstellenprojekt Shopware 6 (Artikel, Preise, Bestände, Aufträge), weit über 8 h: Angebot nötig'],
      ['11-06 10:05', 'pk', 'note', 'Workshop am 02.12. vereinbart (vor Ort in Gütersloh). Angebot danach.'],
    ],
  },
  {
    key: 'acme-F',
    customer: 'acme',
    contact: 'Sabine Vogt',
    channel: 'e-mail',
    received: '11-16 08:40',
    title: 'Webclient: Browser meldet „Verbindung ist nicht sicher“',
    description: `
Guten Morgen,

seit heute früh meldet der Browser beim Aufruf des Webclients (https://erp.acme-antriebstechnik.example)
„Ihre Verbindung ist nicht privat“. Die Außendienstler kommen nicht mehr auf die Auftragserfassung.

Sabine Vogt`,
    steps: [
      ['11-16 08:55', 'ls', 'open'],
      ['08:58', 'ls', 'q', 'infrastructure basis/zertifikate high'],
      ['09:05', 'ls', 'reply', 'Guten Morgen Frau Vogt, das TLS-Zertifikat Ihres Webclients ist am 15.11. abgelaufen. Es wurde damals von Ihrem Provider ausgestellt; bitte bestellen Sie dort ein neues (oder verlängern Sie es) und schicken Sie uns die PFX-Datei mit Passwort auf getrenntem Weg. Den Einbau übernehmen wir.'],
      ['+1', 'ls', 'kb', 'web-client-tls-certificate'],
      ['09:50', 'ls', 'log', 45, 'analysis', 'Zertifikat geprüft (abgelaufen 15.11., ausgestellt vom Provider des Kunden), Vorgehen erklärt'],
      ['09:52', 'ls', 'wait', 'Kunde bestellt ein neues Zertifikat bei seinem Provider'],
      ['11-19 11:12', 'ls', 'cust', 'Die Bestellung läuft, der Provider braucht noch die Domainvalidierung. Ich melde mich, sobald wir das Zertifikat haben.'],
      ['11:20', 'ls', 'wait', 'Zertifikat beim Provider in Bearbeitung'],
    ],
    expect: 'waiting',
  },
  {
    key: 'acme-G',
    customer: 'acme',
    contact: 'Jörg Henning',
    channel: 'portal',
    received: '11-24 16:37',
    title: 'Artikelstamm mit Bildern für Onlineshop exportieren',
    description: `
Für den geplanten Onlineshop brauchen wir einen Export des Artikelstamms mit Langtexten und den
Bildpfaden. Geht das mit dem Standardexport, oder muss dafür etwas programmiert werden?

(Anfrage über das Kundenportal)`,
    assign: false,
    steps: [['11-24 16:40', 'md', 'open']],
    expect: 'new',
  },
];
