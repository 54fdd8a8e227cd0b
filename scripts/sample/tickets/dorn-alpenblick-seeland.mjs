/**
 * Elektro Dorn (no contract; golden: one October entry of 2:05), Alpenblick Hotels (Austria,
 * reverse charge) and Seeland Präzisionstechnik (Switzerland).
 */
export default [
  {
    key: 'dorn-0',
    customer: 'dorn',
    contact: 'Lisa Dorn',
    channel: 'phone',
    received: '07-07 15:40',
    title: 'Fahrtkostenzuschuss pauschal versteuern',
    description: 'Frau Dorn möchte den Monteuren ab August einen Fahrtkostenzuschuss für den Weg zur Arbeit zahlen und fragt, wie er pauschal mit 15 % versteuert wird.',
    q: 'question lohn/abrechnung normal',
    steps: [
      ['07-07 15:43', 'md', 'open'],
      ['15:50', 'md', 'reply', 'Frau Dorn, vorab der Hinweis: Ohne Servicevertrag rechnen wir nach Aufwand zum Listenpreis (130,00 EUR/h) ab. Wie besprochen nehmen Sie die Lohnart 5210 „Fahrtkostenzuschuss pauschal“; sie versteuert pauschal mit 15 % und ist beitragsfrei. Die Pauschsteuer übernimmt die Firma.'],
      ['15:55', 'md', 'log', 15, 'communication'],
      ['16:30', 'md', 'log', 30, 'solution', 'Lohnart 5210 für 4 Monteure zugeordnet (Entfernungskilometer laut Personalbogen)'],
      ['+1', 'md', 'resolve', 'Lohnart 5210 (pauschal 15 %, beitragsfrei) erklärt und vier Monteuren mit ihren Entfernungskilometern zugeordnet.'],
      ['07-08 09:00', 'md', 'close', 'Lisa Dorn'],
    ],
  },
  {
    key: 'dorn-1',
    customer: 'dorn',
    contact: 'Lisa Dorn',
    channel: 'phone',
    received: '10-08 13:05',
    title: 'Beitragsnachweis an die AOK abgewiesen',
    description: 'Der Beitragsnachweis für Oktober ist mit Fehler „DBNA015: Betriebsnummer der Einzugsstelle ungültig“ zurückgekommen. Fälligkeit ist übermorgen.',
    q: 'malfunction lohn/meldewesen high',
    steps: [
      ['10-08 13:08', 'ls', 'open'],
      ['13:10', 'ls', 'reply', 'Frau Dorn, wie am Telefon besprochen: Ohne Servicevertrag berechnen wir den Aufwand zum Listenpreis (130,00 EUR/h). Wir verbinden uns jetzt per Fernwartung und schauen uns den Nachweis an.'],
      ['15:20', 'ls', 'log', 125, 'remote-session', 'Fernwartung: Betriebsnummer der Einzugsstelle nach Kassenfusion veraltet; Krankenkassenstamm aktualisiert, Nachweis storniert und neu übermittelt'],
      ['15:25', 'ls', 'reply', 'Frau Dorn, der Beitragsnachweis ist mit der neuen Betriebsnummer der Einzugsstelle übermittelt und angenommen. Ursache war die Kassenfusion zum 01.10.; der Krankenkassenstamm ist jetzt aktuell.'],
      ['+1', 'ls', 'resolve', 'Betriebsnummer der Einzugsstelle nach Kassenfusion veraltet; Krankenkassenstamm aktualisiert, Beitragsnachweis storniert und neu übermittelt (Quittung liegt vor).'],
      ['10-12 08:40', 'ls', 'close', 'Lisa Dorn'],
      ['08:41', 'ls', 'fb', 4, 'Hat geklappt, war aber teuer.'],
    ],
  },
  {
    key: 'dorn-2',
    customer: 'dorn',
    contact: 'Wolfgang Dorn',
    channel: 'e-mail',
    received: '11-19 18:22',
    title: 'Jahreswechsel 2026/2027: Update und Termin',
    description: `
Hallo,

was müssen wir für den Jahreswechsel in Lohn & Gehalt tun? Letztes Jahr hat das Update im
Januar nicht funktioniert und wir waren zwei Tage ohne Abrechnung. Können Sie das dieses Mal
für uns machen?

Wolfgang Dorn`,
    steps: [
      ['11-20 08:10', 'mk', 'open'],
      ['08:14', 'mk', 'q', 'question lohn/abrechnung normal'],
      ['08:30', 'mk', 'reply', 'Guten Morgen Herr Dorn, gern. Das Jahreswechsel-Update 27.0 erscheint am 11.12.; wir spielen es per Fernwartung ein (Aufwand etwa eine Stunde nach Listenpreis). Bitte schlagen Sie uns einen Termin zwischen dem 14. und 18.12. vor, an dem niemand abrechnet.'],
      ['+1', 'mk', 'log', 15, 'communication'],
      ['+1', 'mk', 'wait', 'Terminvorschlag des Kunden für das Jahreswechsel-Update'],
    ],
    expect: 'waiting',
  },
  {
    key: 'alp-1',
    customer: 'alpenblick',
    contact: 'Theresa Pichler',
    channel: 'e-mail',
    received: '06-23 08:05',
    title: 'Bestellvorschlag für Getränke je Hotel getrennt',
    description: 'Grüß Gott, der Bestellvorschlag fasst die Getränke aller drei Häuser zusammen. Wir möchten je Hotel (Innsbruck, Seefeld, Igls) einen eigenen Vorschlag, weil die Lieferanten getrennt liefern.',
    steps: [
      ['06-23 08:20', 'md', 'open'],
      ['08:24', 'md', 'q', 'question warenwirtschaft/einkauf normal'],
      ['09:40', 'md', 'reply', 'Grüß Gott Frau Pichler, das geht über die Einstellung „Bestellvorschlag je Lagerort“. Jedes Hotel ist bei Ihnen bereits ein eigener Lagerort; ich stelle es Ihnen gern ein.'],
      ['+1', 'md', 'log', 30, 'communication'],
      ['11:10', 'md', 'log', 60, 'solution', 'Bestellvorschlag auf „je Lagerort“ umgestellt, Lieferantenzuordnung je Hotel geprüft'],
      ['11:15', 'md', 'reply', 'Der Bestellvorschlag wird ab sofort je Hotel erzeugt. In der Auswahl „Lagerort“ wählen Sie das Haus; ohne Auswahl erhalten Sie drei getrennte Vorschläge.'],
      ['+1', 'md', 'resolve', 'Bestellvorschlag je Lagerort (Hotel) eingestellt.', 'mindestbestand-je-lagerort'],
      ['06-24 09:00', 'md', 'close', 'Theresa Pichler'],
    ],
  },
  {
    key: 'alp-2',
    customer: 'alpenblick',
    contact: 'Magdalena Hofer',
    channel: 'e-mail',
    received: '08-18 09:30',
    title: 'Eingangsrechnungen im Format ebInterface werden nicht erkannt',
    description: `
Guten Tag,

seit unsere Lieferanten in Österreich Rechnungen als ebInterface-XML schicken, landen die
Dateien im DMS als „unbekanntes Dokument“ und werden nicht ausgelesen. ZUGFeRD-Rechnungen aus
Deutschland funktionieren.

Magdalena Hofer`,
    steps: [
      ['08-18 09:45', 'ls', 'open'],
      ['09:48', 'ls', 'q', 'malfunction dms/e-rechnung normal'],
      ['+1', 'ls', 'kb', 'e-invoice-inbound-dms'],
      ['14:50', 'ls', 'reply', 'Guten Tag Frau Hofer, danke für die Meldung. Bitte schicken Sie uns zwei der ebInterface-Dateien; wir prüfen, warum sie nicht erkannt werden.'],
      ['15:20', 'ls', 'cust', 'Zwei Beispiele im Anhang (ebInterface 6.1).'],
      ['15:40', 'ls', 'log', 30, 'analysis', 'Beispiele geprüft: ebInterface 6.1, Erkennungsprofil kennt nur 5.0'],
      ['15:45', 'ls', 'esc', 'Erkennungsprofil für ebInterface 6.1 fehlt; Anpassung des Eingangsprofils nötig', 'sw'],
      ['08-19 15:00', 'sw', 'log', 150, 'analysis', 'Namespace ebInterface 6.1 im Eingangsprofil nicht hinterlegt; Feldzuordnung verglichen'],
      ['08-20 11:30', 'sw', 'log', 90, 'solution', 'Profil um ebInterface 6.0/6.1 ergänzt, 23 liegengebliebene Rechnungen neu eingelesen'],
      ['11:35', 'sw', 'reply', 'Frau Hofer, das Eingangsprofil erkennt jetzt ebInterface 6.0 und 6.1. Die 23 liegengebliebenen Rechnungen sind eingelesen und liegen im Rechnungseingang.'],
      ['11:40', 'sw', 'resolve', 'Eingangsprofil des DMS um ebInterface 6.0/6.1 ergänzt; liegengebliebene Rechnungen neu verarbeitet.', 'e-invoice-inbound-dms'],
      ['11:42', 'sw', 'return'],
      ['08-21 09:00', 'ls', 'reply', 'Guten Morgen Frau Hofer, kommen die ebInterface-Rechnungen jetzt korrekt an?'],
      ['08-24 10:15', 'ls', 'cust', 'Ja, alles bestens.'],
      ['10:20', 'ls', 'close', 'Magdalena Hofer'],
      ['10:21', 'ls', 'fb', 4],
    ],
  },
  {
    key: 'alp-3',
    customer: 'alpenblick',
    contact: 'Magdalena Hofer',
    channel: 'phone',
    received: '10-22 10:40',
    title: 'Export der Buchungsdaten für den Steuerberater (BMD)',
    description: 'Frau Hofer fragt, ob die Warenwirtschaft die Eingangs- und Ausgangsrechnungen für das österreichische Buchhaltungsprogramm BMD exportieren kann, statt im DATEV-Format.',
    q: 'question warenwirtschaft/export normal',
    steps: [
      ['10-22 10:43', 'tb', 'open'],
      ['11:00', 'tb', 'reply', 'Frau Hofer, ja: Es gibt eine Exportvorlage „BMD NTCS (CSV)“. Ich richte sie Ihnen ein und schicke Ihnen eine Testdatei für Ihren Steuerberater.'],
      ['+1', 'tb', 'log', 45, 'communication'],
      ['14:30', 'tb', 'log', 60, 'solution', 'Exportvorlage BMD NTCS eingerichtet (Steuercodes AT, Kontenzuordnung), Testdatei September erzeugt'],
      ['14:35', 'tb', 'reply', 'Die Vorlage ist eingerichtet, die Testdatei für September hängt an. Bitte lassen Sie sie von Ihrem Steuerberater einlesen und geben Sie uns Bescheid.'],
      ['+1', 'tb', 'resolve', 'Exportvorlage „BMD NTCS (CSV)“ mit österreichischen Steuercodes eingerichtet, Testdatei übergeben.'],
    ],
    expect: 'resolved',
  },
  {
    key: 'alp-4',
    customer: 'alpenblick',
    contact: 'Theresa Pichler',
    channel: 'e-mail',
    received: '11-17 08:30',
    title: 'Inventurzählliste zeigt falsche Lagerorte für Hotel Seefeld',
    description: 'Die Zählliste für die Inventur in Seefeld enthält Artikel aus dem Lager Igls, und einige Seefelder Lagerplätze fehlen ganz. Die Inventur ist am 30.11.',
    steps: [
      ['11-17 08:42', 'mk', 'open'],
      ['08:46', 'mk', 'q', 'malfunction warenwirtschaft/lager high'],
      ['09:00', 'mk', 'reply', 'Grüß Gott Frau Pichler, wir prüfen die Zählliste und melden uns heute noch mit einem Zwischenstand.'],
      ['10:00', 'mk', 'log', 30, 'analysis', 'Zählliste nachgestellt: Lagerplätze Seefeld seit Umbau 10/2026 teils dem Lagerort Igls zugeordnet'],
      ['10:05', 'mk', 'esc', 'Lagerplatzzuordnung nach Umbau inkonsistent, Bestände hängen an falschen Lagerorten; Korrektur in der Datenbank nötig', 'ka'],
      ['11-18 14:00', 'ka', 'log', 60, 'analysis', '86 Lagerplätze mit falschem Lagerort; Auswirkung auf Bestände und offene Bestellungen geprüft'],
      ['14:10', 'ka', 'reply', 'Frau Pichler, 86 Lagerplätze in Seefeld sind seit dem Umbau dem Lagerort Igls zugeordnet. Wir bereiten die Umstellung vor und stimmen den Zeitpunkt mit Ihnen ab, damit keine offenen Bestellungen verloren gehen.'],
    ],
    expect: 'escalated',
  },
  {
    key: 'alp-5',
    customer: 'alpenblick',
    contact: 'Florian Gruber',
    channel: 'e-mail',
    received: '11-25 11:48',
    title: 'Zugänge für das neue Haus in Kitzbühel',
    description: `
Servus,

ab Dezember kommt das Hotel in Kitzbühel dazu. Wir brauchen einen neuen Lagerort, einen
Mandanten im DMS und fünf Benutzer. Was braucht ihr von uns?

Florian Gruber`,
    assign: false,
    steps: [['11-25 12:05', 'md', 'open']],
    expect: 'new',
  },
  {
    key: 'see-1',
    customer: 'seeland',
    contact: 'Urs Schneider',
    channel: 'phone',
    received: '06-08 07:50',
    title: 'Nach Datenbankumzug finden die Clients den Server nicht',
    description: 'Herr Schneider hat am Wochenende die LUSO-Datenbanken auf einen neuen SQL Server 2022 umgezogen. Seit heute früh melden alle Clients „Datenbankserver nicht erreichbar“.',
    q: 'infrastructure basis/datenbank critical',
    steps: [
      ['06-08 08:02', 'tb', 'open'],
      ['08:05', 'tb', 'reply', 'Herr Schneider, wir verbinden uns sofort auf den neuen Server. Arbeiten nach einem Serverumzug sind nicht im Servicevertrag enthalten; wir berechnen sie nach Aufwand.'],
      ['09:40', 'tb', 'log', 90, 'remote-session', 'Clients zeigen per Verbindungsprofil noch auf den alten Server; SQL-Browser-Dienst auf dem neuen Server deaktiviert (benannte Instanz)'],
      ['10:30', 'tb', 'log', 45, 'solution', 'Verbindungsprofil zentral umgestellt, SQL-Browser aktiviert, Firewallregel UDP 1434'],
      ['10:35', 'tb', 'reply', 'Die Clients verbinden sich wieder. Das Verbindungsprofil zeigt auf den neuen Server, der SQL-Browser-Dienst läuft und die Firewall lässt UDP 1434 durch.'],
      ['+1', 'tb', 'resolve', 'Nach Serverumzug: zentrales Verbindungsprofil umgestellt, SQL-Browser-Dienst aktiviert, Firewallregel UDP 1434 ergänzt.'],
      ['14:00', 'tb', 'cust', 'Alle Standorte arbeiten wieder. Merci vielmal!'],
      ['14:02', 'tb', 'close', 'Urs Schneider'],
    ],
  },
  {
    key: 'see-5',
    customer: 'seeland',
    contact: 'Corinne Favre',
    channel: 'e-mail',
    received: '07-15 13:20',
    title: 'Lieferavis an Grosskunden mit falschem Datumsformat',
    description: `
Grüezi,

ein Grosskunde weist unsere Lieferavise seit Montag zurück: Das Lieferdatum komme im Format
TT.MM.JJJJ statt JJJJMMTT. Wir haben nichts geändert.

Freundliche Grüsse
Corinne Favre`,
    steps: [
      ['07-15 13:35', 'ls', 'open'],
      ['13:38', 'ls', 'q', 'malfunction warenwirtschaft/edi high'],
      ['13:45', 'ls', 'reply', 'Grüezi Frau Favre, danke für die Meldung. Wir prüfen die Nachrichten vom Montag und melden uns heute noch.'],
      ['14:15', 'ls', 'log', 30, 'analysis', 'DESADV vom Montag: DTM+17 mit Format 102, Wert aber TT.MM.JJJJ'],
      ['14:20', 'ls', 'esc', 'Datumsformat im DESADV-Mapping falsch; Mapping-Analyse nötig', 'sw'],
      ['07-16 10:30', 'sw', 'log', 90, 'analysis', 'Ländereinstellung des EDI-Dienstkontos nach Windows-Update auf de-CH gewechselt; Mapping nutzt Systemformat statt festem Format'],
      ['14:00', 'sw', 'log', 60, 'solution', 'Mapping auf festes Format CCYYMMDD umgestellt, Nachrichten seit Montag neu gesendet'],
      ['14:05', 'sw', 'reply', 'Frau Favre, das Mapping hat das Datum nach der Ländereinstellung des Servers formatiert, die ein Windows-Update geändert hat. Es nutzt jetzt fest JJJJMMTT; die Avise seit Montag sind neu gesendet.'],
      ['14:10', 'sw', 'resolve', 'DESADV-Mapping formatierte das Datum nach Systemeinstellung; auf festes Format CCYYMMDD (DTM 102) umgestellt, Nachrichten neu gesendet.'],
      ['14:12', 'sw', 'return'],
      ['07-20 09:10', 'ls', 'close', 'Corinne Favre'],
    ],
  },
  {
    key: 'see-2',
    customer: 'seeland',
    contact: 'Corinne Favre',
    channel: 'e-mail',
    received: '09-08 10:05',
    title: 'Ausfuhrdaten für Passar automatisch übergeben',
    description: `
Grüezi,

mit der Umstellung auf Passar möchten wir die Ausfuhrdaten (Tarifnummern, Gewichte, Ursprung)
direkt aus der Warenwirtschaft an unsere Zollsoftware übergeben, inklusive Rückmeldung der
Ausfuhrnummer in den Lieferschein. Was kostet das?

Corinne Favre`,
    steps: [
      ['09-08 10:15', 'mk', 'open'],
      ['10:18', 'mk', 'q', 'change-request warenwirtschaft/export normal'],
      ['10:25', 'mk', 'reply', 'Grüezi Frau Favre, wir lassen den Aufwand von unserem Second Level schätzen und melden uns bis Ende der Woche.'],
      ['10:30', 'mk', 'esc', 'Schnittstelle Ausfuhrdaten an Zollsoftware mit Rückmeldung; Aufwandsschätzung', 'sw'],
      ['09-10 14:00', 'sw', 'est', 1440, 'Export + Rückmeldeverarbeitung der Ausfuhrnummer, Anpassung Lieferschein, Tests mit Zollsoftware: etwa 3 Tage'],
      ['14:10', 'sw', 'reply', 'Frau Favre, wir schätzen die Schnittstelle auf etwa drei Personentage. Das ist mehr, als der Support umsetzen kann; Herr Reinholz meldet sich mit einem Angebot.'],
      ['14:15', 'sw', 'handoff', 'project-lead', 'Schätzung 24 h, über der 8-h-Grenze: Projektarbeit, Angebot durch Projektleitung'],
      ['09-14 09:30', 'or', 'note', 'Angebot über 3 PT verschickt; Umsetzung frühestens Januar 2027.'],
    ],
    expect: 'handed-off',
  },
  {
    key: 'see-3',
    customer: 'seeland',
    contact: 'Beat Zürcher',
    channel: 'phone',
    received: '10-01 15:10',
    title: 'Aufträge in CHF und EUR für denselben Kunden',
    description: 'Herr Zürcher möchte für einen deutschen Kunden wahlweise in CHF oder EUR fakturieren, je nach Auftrag.',
    q: 'question warenwirtschaft/verkauf low',
    steps: [
      ['10-01 15:14', 'md', 'open'],
      ['15:30', 'md', 'reply', 'Herr Zürcher, die Währung ist im Kunden nur vorbelegt; im Auftragskopf können Sie sie je Auftrag ändern (Feld „Währung“, vor der ersten Position). Die Preise rechnet das System mit dem Tageskurs um, sofern keine Preisliste in EUR hinterlegt ist.'],
      ['+1', 'md', 'log', 30, 'communication'],
      ['10-02 09:30', 'md', 'log', 30, 'solution', 'Preisliste EUR für den Kunden hinterlegt, Testauftrag mit Herrn Zürcher'],
      ['09:32', 'md', 'resolve', 'Währung je Auftrag im Auftragskopf; Preisliste in EUR für den Kunden hinterlegt.'],
      ['10-05 08:30', 'md', 'close', 'Beat Zürcher'],
    ],
  },
  {
    key: 'see-4',
    customer: 'seeland',
    contact: 'Urs Schneider',
    channel: 'e-mail',
    received: '11-12 16:45',
    title: 'Volltextsuche findet neue Dokumente nicht',
    description: 'Dokumente, die seit etwa einer Woche archiviert wurden, findet die Volltextsuche nicht; über Belegnummer sind sie auffindbar.',
    steps: [
      ['11-13 08:05', 'mk', 'open'],
      ['08:09', 'mk', 'q', 'malfunction dms/archiv normal'],
      ['08:30', 'mk', 'reply', 'Grüezi Herr Schneider, danke für die Meldung. Wir sehen uns den Indexdienst an und melden uns im Laufe des Tages.'],
      ['10:15', 'mk', 'log', 30, 'analysis', 'Indexdienst läuft, Warteschlange 4.120 Dokumente, Verarbeitung sehr langsam'],
      ['+1', 'mk', 'note', 'Indexdienst hat nur 2 GB RAM zugewiesen, verarbeitet ~30 Dokumente/h. Nach Neustart beobachten, sonst eskalieren.'],
      ['10:20', 'mk', 'reply', 'Herr Schneider, der Indexdienst arbeitet eine Warteschlange von gut 4.000 Dokumenten sehr langsam ab. Wir haben ihn neu gestartet und beobachten das bis Montag.'],
      ['11-16 09:10', 'mk', 'cust', 'Die Warteschlange ist nur auf 3.500 gesunken.'],
    ],
    expect: 'open',
  },
];
