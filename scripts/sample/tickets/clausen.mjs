/**
 * Clausen Feinkost: minimum-hours commitment, 20 h/month at 100.00. Golden months (docs/domain.md §4):
 * September 2026 = 12 h support + 11 h change work (two approved change requests),
 * October 2026 = 15 h.
 */
export default [
  {
    key: 'cl-0',
    customer: 'clausen',
    contact: 'Henrik Clausen',
    channel: 'phone',
    received: '06-17 11:05',
    title: 'Idee: Nachbestellportal für Feinkostläden',
    description: 'Herr Clausen möchte, dass seine rund 60 Feinkostläden ihre Nachbestellungen selbst über ein Webportal erfassen, statt per Fax und Telefon.',
    q: 'feature-idea warenwirtschaft/verkauf low',
    steps: [
      ['06-17 11:12', 'ls', 'open'],
      ['11:20', 'ls', 'reply', 'Herr Clausen, danke für die Idee. Ein Bestellportal gibt es als Zusatzmodul „B2B-Bestellportal“; Frau Peters aus dem Vertrieb stellt es Ihnen gern vor.'],
      ['+1', 'ls', 'log', 15, 'communication'],
      ['11:25', 'ls', 'handoff', 'sales', 'Interesse am Zusatzmodul B2B-Bestellportal (ca. 60 Filialkunden); Vorstellung und Angebot'],
      ['06-19 14:30', 'cp', 'note', 'Online-Präsentation am 01.07. durchgeführt; Angebot B2B-Bestellportal verschickt, Entscheidung im Herbst.'],
    ],
  },
  {
    key: 'cl-11',
    customer: 'clausen',
    contact: 'Anja Pohl',
    channel: 'e-mail',
    received: '08-06 09:40',
    title: 'Urlaubsgeld für Teilzeitkräfte anteilig berechnen',
    description: 'Wir zahlen im August Urlaubsgeld, Teilzeitkräfte sollen es anteilig nach vertraglicher Wochenarbeitszeit bekommen. Kann Lohn & Gehalt das automatisch berechnen?',
    steps: [
      ['08-06 09:55', 'mk', 'open'],
      ['09:58', 'mk', 'q', 'question lohn/abrechnung normal'],
      ['10:10', 'mk', 'reply', 'Hallo Frau Pohl, ja: Die Lohnart „Urlaubsgeld“ kann mit dem Faktor „Teilzeitquote“ rechnen. Ich stelle das kurz mit Ihnen zusammen ein – ich rufe Sie gleich an.'],
      ['10:30', 'mk', 'log', 20, 'communication'],
      ['11:15', 'mk', 'log', 40, 'solution', 'Lohnart 1200 auf Berechnung mit Teilzeitquote umgestellt, Probeabrechnung mit Frau Pohl geprüft'],
      ['+1', 'mk', 'resolve', 'Lohnart Urlaubsgeld rechnet mit der Teilzeitquote aus dem Personalstamm; Probeabrechnung geprüft.'],
      ['08-07 08:40', 'mk', 'close', 'Anja Pohl'],
    ],
  },
  {
    key: 'cl-1',
    customer: 'clausen',
    contact: 'Yvonne Becker',
    channel: 'e-mail',
    received: '09-02 08:12',
    title: 'Chargen mit kürzestem MHD werden nicht vorgeschlagen',
    description: `
Guten Morgen,

bei der Auftragserfassung schlägt das System nicht mehr die Charge mit dem kürzesten
Mindesthaltbarkeitsdatum vor, sondern eine beliebige. Gestern ist deshalb ältere Ware im Lager
liegengeblieben. Das betrifft vor allem Käse und Wurst.

Yvonne Becker`,
    steps: [
      ['09-02 08:20', 'ls', 'open'],
      ['08:24', 'ls', 'q', 'malfunction warenwirtschaft/verkauf high'],
      ['08:30', 'ls', 'reply', 'Guten Morgen Frau Becker, danke für die Meldung. Bitte wählen Sie bis zur Klärung die Charge manuell in der Chargenauswahl (F4, Sortierung MHD). Wir melden uns heute mit einem Zwischenstand.'],
      ['09:15', 'ls', 'log', 30, 'communication', 'Rückfragen, Beispielaufträge notiert'],
      ['09:20', 'ls', 'esc', 'FEFO-Chargenvorschlag fehlerhaft; Analyse der Chargenfindung nötig (KB ohne Treffer)', 'sw'],
      ['16:00', 'sw', 'log', 210, 'analysis', 'Chargenfindung analysiert: Chargen ohne Lagerplatzzuordnung fallen aus der MHD-Sortierung; 40 Chargen ohne Platz seit Umstellung Kühlhaus 2'],
      ['16:05', 'sw', 'reply', 'Frau Becker, Ursache gefunden: 40 Chargen im Kühlhaus 2 haben keinen Lagerplatz, dadurch sortiert der Vorschlag falsch. Wir ordnen die Plätze morgen Vormittag zu.'],
      ['09-03 11:30', 'sw', 'log', 120, 'solution', 'Lagerplätze für 40 Chargen zugeordnet, Parameter FEFO_STRICT aktiviert, Vorschlag mit 10 Aufträgen getestet'],
      ['11:35', 'sw', 'reply', 'Die Chargen sind den Plätzen zugeordnet, der Vorschlag nimmt wieder die kürzeste MHD. Neue Chargen ohne Platz werden ab sofort bei der Erfassung abgelehnt.'],
      ['11:40', 'sw', 'resolve', 'Chargen ohne Lagerplatz fielen aus der FEFO-Sortierung; Plätze zugeordnet, FEFO_STRICT aktiviert (Chargen ohne Platz werden abgelehnt).'],
      ['11:42', 'sw', 'return'],
      ['09-04 09:00', 'ls', 'reply', 'Guten Morgen Frau Becker, passen die Chargenvorschläge seit gestern?'],
      ['10:30', 'ls', 'cust', 'Ja, alles wieder richtig. Danke!'],
      ['10:32', 'ls', 'close', 'Yvonne Becker'],
    ],
  },
  {
    key: 'cl-4',
    customer: 'clausen',
    contact: 'Yvonne Becker',
    channel: 'e-mail',
    received: '09-04 09:30',
    title: 'Etiketten Feinkostschalen: Allergene fett drucken (LMIV)',
    description: `
Hallo,

die Lebensmittelkontrolle hat bemängelt, dass auf unseren Etiketten für Feinkostschalen die
Allergene in der Zutatenliste nicht hervorgehoben sind (LMIV Art. 21). Die Allergene sind im
Artikel gepflegt. Können Sie das Etikett so ändern, dass sie fett gedruckt werden?

Yvonne Becker`,
    steps: [
      ['09-04 09:40', 'ls', 'open'],
      ['09:44', 'ls', 'q', 'change-request warenwirtschaft/formulare high'],
      ['09:50', 'ls', 'reply', 'Hallo Frau Becker, das ist eine Änderung am Etikettenformular. Unser Second Level schätzt den Aufwand, Herr Reinholz stimmt die Umsetzung mit Ihnen ab.'],
      ['09:55', 'ls', 'esc', 'Änderung Etikettenformular ETI_SCHALE (Allergene hervorheben); Aufwandsschätzung nötig', 'ka'],
      ['09-07 10:15', 'ka', 'est', 360, 'Etikett ETI_SCHALE: Allergene aus der Zutatenliste fett, Steuerzeichen im Zutatentext, Test mit 12 Artikeln'],
      ['15:20', 'or', 'appr', 'Mit Herrn Clausen abgestimmt; Abrechnung über das Stundenkontingent.'],
      ['09-09 16:30', 'ka', 'log', 240, 'change', 'Layout angepasst, Allergen-Markierung im Zutatentext ausgewertet'],
      ['09-10 12:00', 'ka', 'log', 120, 'change', 'Tests mit 12 Artikeln, Produktivsetzung'],
      ['12:05', 'ka', 'reply', 'Frau Becker, das Etikett druckt die Allergene jetzt fett. Grundlage sind die Allergenkennzeichen im Artikel; neue Artikel brauchen dort keine Zusatzpflege.'],
      ['12:10', 'ka', 'resolve', 'Etikettenformular ETI_SCHALE druckt Allergene aus der Zutatenliste fett (LMIV Art. 21); getestet mit 12 Artikeln, produktiv.'],
      ['12:12', 'ka', 'return'],
      ['09-11 09:05', 'ls', 'reply', 'Guten Morgen Frau Becker, sind die neuen Etiketten in der Produktion angekommen?'],
      ['11:20', 'ls', 'cust', 'Ja, die Etiketten sehen gut aus, die Kontrolle kann kommen.'],
      ['11:22', 'ls', 'close', 'Yvonne Becker'],
      ['11:23', 'ls', 'fb', 5, 'Schnell und unkompliziert umgesetzt.'],
    ],
  },
  {
    key: 'cl-2',
    customer: 'clausen',
    contact: 'Anja Pohl',
    channel: 'phone',
    received: '09-14 10:20',
    title: 'Erntehelfer als kurzfristig Beschäftigte abrechnen',
    description: 'Für die Kürbis- und Apfelsaison stellt Clausen sechs Erntehelfer für acht Wochen ein. Frau Pohl fragt nach Personengruppe, Meldungen und der Prüfung der 70-Tage-Grenze.',
    q: 'question lohn/abrechnung normal',
    steps: [
      ['09-14 10:23', 'mk', 'open'],
      ['10:45', 'mk', 'reply', `
Frau Pohl, wie besprochen:
- Personengruppe 110 (kurzfristig Beschäftigte), Beitragsgruppe 0000;
- die 70-Arbeitstage-Grenze prüft Lohn & Gehalt über die Vorbeschäftigungszeiten im Personalstamm;
- Lohnsteuer pauschal (25 %) nur bei höchstens 18 zusammenhängenden Arbeitstagen, sonst nach
  ELStAM.
Ich lege Ihnen eine Vorlage „Saisonkraft“ an.`],
      ['10:50', 'mk', 'log', 60, 'communication', 'Telefonische Beratung und Zusammenfassung'],
      ['09-15 14:00', 'mk', 'log', 120, 'solution', 'Personalvorlage „Saisonkraft“ angelegt, 6 Helfer erfasst, Probeabrechnung'],
      ['14:05', 'mk', 'reply', 'Die Vorlage „Saisonkraft“ ist angelegt und die sechs Helfer sind erfasst. Bitte prüfen Sie die Probeabrechnung.'],
      ['+1', 'mk', 'resolve', 'Vorlage „Saisonkraft“ (PGR 110, BGR 0000, 70-Tage-Prüfung) angelegt, sechs Erntehelfer erfasst und probeabgerechnet.'],
      ['09-16 08:45', 'mk', 'close', 'Anja Pohl'],
      ['08:46', 'mk', 'fb', 5],
    ],
  },
  {
    key: 'cl-5',
    customer: 'clausen',
    contact: 'Anja Pohl',
    channel: 'phone',
    received: '09-15 13:00',
    title: 'Neue Lohnart: Kühlhauszulage je Stunde aus der Zeiterfassung',
    description: 'Mitarbeitende, die im Kühlhaus arbeiten, sollen ab Oktober 1,50 EUR Zulage je Stunde bekommen. Die Stunden erfasst die Zeiterfassung bereits mit der Kostenstelle 420 (Kühlhaus).',
    q: 'change-request lohn/abrechnung normal',
    steps: [
      ['09-15 13:04', 'mk', 'open'],
      ['13:10', 'mk', 'reply', 'Frau Pohl, die neue Lohnart mit Übernahme aus der Zeiterfassung lassen wir von unserem Second Level schätzen; Sie hören morgen von uns.'],
      ['13:15', 'mk', 'esc', 'Neue Lohnart mit Berechnung aus Zeiterfassung (Kostenstelle 420); Aufwandsschätzung', 'jb'],
      ['09-16 09:30', 'jb', 'est', 300, 'Lohnart 1450 (steuer- und SV-pflichtig), Übernahme der Stunden KST 420 aus der Zeiterfassung, Test mit Vormonat'],
      ['14:00', 'or', 'appr', 'Freigegeben; Umsetzung bis Ende September über das Kontingent.'],
      ['09-21 16:00', 'jb', 'log', 180, 'change', 'Lohnart 1450 angelegt, Übernahmeregel aus Zeiterfassung'],
      ['09-22 11:30', 'jb', 'log', 120, 'change', 'Test mit Augustdaten, Abgleich mit manueller Berechnung'],
      ['11:35', 'jb', 'reply', 'Frau Pohl, die Lohnart 1450 „Kühlhauszulage“ ist eingerichtet und übernimmt die Stunden der Kostenstelle 420 automatisch. Der Test mit den Augustdaten stimmt mit Ihrer Berechnung überein.'],
      ['11:40', 'jb', 'resolve', 'Lohnart 1450 Kühlhauszulage (1,50 EUR/h) mit automatischer Übernahme der Stunden KST 420 aus der Zeiterfassung eingerichtet und getestet.'],
      ['11:42', 'jb', 'return'],
      ['09-24 10:00', 'mk', 'close', 'Anja Pohl'],
    ],
  },
  {
    key: 'cl-3',
    customer: 'clausen',
    contact: 'Anja Pohl',
    channel: 'e-mail',
    received: '09-23 08:40',
    title: 'DATEV-Export: Buchungsstapel wird vom Steuerbüro abgelehnt',
    description: `
Hallo,

unser Steuerbüro kann den Buchungsstapel August nicht importieren. DATEV meldet
„Konto 8338 ist nicht im Kontenrahmen vorhanden“. Bis Juli lief alles.

Anja Pohl`,
    steps: [
      ['09-23 08:50', 'md', 'open'],
      ['08:53', 'md', 'q', 'data-problem warenwirtschaft/datev normal'],
      ['09:05', 'md', 'reply', 'Hallo Frau Pohl, das Konto 8338 kommt aus einer neuen Erlösart. Wir prüfen die Kontenzuordnung und melden uns heute.'],
      ['+1', 'md', 'kb', 'datev-export-buchungsstapel-abgelehnt'],
      ['14:00', 'md', 'log', 120, 'solution', 'Zwei neue Erlöskonten (8338, 8339) ohne Zuordnung zum DATEV-Kontenrahmen; zugeordnet, Stapel August neu erzeugt'],
      ['14:05', 'md', 'reply', 'Die Erlöskonten 8338 und 8339 wurden im Juli angelegt, aber nicht dem DATEV-Kontenrahmen zugeordnet. Das ist nachgeholt; der neue Stapel August liegt im Exportverzeichnis.'],
      ['09-24 10:00', 'md', 'log', 60, 'communication', 'Abstimmung mit dem Steuerbüro zum erneuten Import'],
      ['10:05', 'md', 'resolve', 'Neue Erlöskonten ohne DATEV-Zuordnung; Zuordnung ergänzt, Buchungsstapel neu erzeugt und mit dem Steuerbüro abgestimmt.', 'datev-export-buchungsstapel-abgelehnt'],
      ['09-25 09:10', 'md', 'close', 'Anja Pohl'],
    ],
  },
  {
    key: 'cl-6',
    customer: 'clausen',
    contact: 'Anja Pohl',
    channel: 'phone',
    received: '10-06 08:20',
    title: 'SEPA-Datei für die Gehälter wird von der Bank abgelehnt',
    description: 'Die SEPA-Überweisungsdatei für die Oktobergehälter wird im Online-Banking mit „Ungültiges Zeichen in Verwendungszweck“ abgelehnt. Die Gehälter müssen heute raus.',
    q: 'malfunction lohn/sepa critical',
    steps: [
      ['10-06 08:22', 'tb', 'open'],
      ['08:25', 'tb', 'reply', 'Frau Pohl, wir verbinden uns sofort per Fernwartung. Bitte laden Sie die Datei noch nicht erneut hoch.'],
      ['08:40', 'tb', 'log', 30, 'communication'],
      ['+1', 'tb', 'kb', 'sepa-datei-sonderzeichen'],
      ['10:00', 'tb', 'log', 60, 'remote-session', 'Verwendungszweck enthält „&“ und Umlaute aus dem Personalstamm (Namenszusatz)'],
      ['11:30', 'tb', 'log', 90, 'solution', 'Zeichenumsetzung nach SEPA-Zeichensatz aktiviert, Datei neu erzeugt, Upload erfolgreich'],
      ['11:35', 'tb', 'reply', 'Die Datei ist neu erzeugt und von der Bank angenommen. Künftig ersetzt Lohn & Gehalt unzulässige Zeichen automatisch (z. B. „&“ durch „+“, „ö“ durch „oe“).'],
      ['+1', 'tb', 'resolve', 'Unzulässige Zeichen im Verwendungszweck; SEPA-Zeichenumsetzung aktiviert, Datei neu erzeugt und übertragen.', 'sepa-datei-sonderzeichen'],
      ['14:00', 'tb', 'cust', 'Die Bank hat alles ausgeführt. Vielen Dank für die schnelle Hilfe!'],
      ['14:02', 'tb', 'close', 'Anja Pohl'],
      ['14:03', 'tb', 'fb', 5, 'Gehälter pünktlich raus – super.'],
    ],
  },
  {
    key: 'cl-7',
    customer: 'clausen',
    contact: 'Anja Pohl',
    channel: 'e-mail',
    received: '10-12 09:00',
    title: 'eAU-Abruf: keine Rückmeldung der Krankenkasse',
    description: 'Für drei Mitarbeitende habe ich letzte Woche die elektronische AU angefordert, es kommt keine Rückmeldung. Bei anderen Kassen klappt es.',
    steps: [
      ['10-12 09:10', 'mk', 'open'],
      ['09:13', 'mk', 'q', 'question lohn/meldewesen normal'],
      ['09:25', 'mk', 'reply', 'Hallo Frau Pohl, ich schaue mir das Meldeprotokoll an und melde mich bis heute Mittag.'],
      ['10:10', 'mk', 'log', 45, 'communication', 'Meldeprotokoll geprüft, Rückfrage Arztbesuch'],
      ['10-13 11:00', 'mk', 'log', 75, 'solution', 'Abrufzyklus im Kommunikationsserver stand auf „wöchentlich“; auf täglich umgestellt, Rückmeldungen abgerufen'],
      ['11:05', 'mk', 'reply', 'Die Rückmeldungen lagen bei der Krankenkasse bereit, der Kommunikationsserver holte sie aber nur wöchentlich ab. Er ruft jetzt täglich ab; alle drei AU-Daten sind da.'],
      ['+1', 'mk', 'resolve', 'Abrufzyklus des Kommunikationsservers von wöchentlich auf täglich umgestellt; eAU-Rückmeldungen abgerufen.', 'meldewesen-rueckmeldungen-abrufen'],
      ['10-14 08:30', 'mk', 'close', 'Anja Pohl'],
    ],
  },
  {
    key: 'cl-8',
    customer: 'clausen',
    contact: 'Henrik Clausen',
    channel: 'e-mail',
    received: '10-19 10:00',
    title: 'Rabattstaffel für Großhandelskunden nach Abnahmemenge',
    description: `
Hallo,

ab November möchten wir Großhandelskunden (Kundengruppe GH) eine Staffel gewähren:
ab 50 Kartons 3 %, ab 100 Kartons 5 %, ab 200 Kartons 7 % auf den Auftrag.
Die Staffel soll auf der Auftragsbestätigung ausgewiesen werden.

Henrik Clausen`,
    steps: [
      ['10-19 10:10', 'ls', 'open'],
      ['10:13', 'ls', 'q', 'change-request warenwirtschaft/verkauf normal'],
      ['10:20', 'ls', 'reply', 'Guten Tag Herr Clausen, wir lassen die Umsetzung von unserem Second Level schätzen. Herr Reinholz stimmt sie dann mit Ihnen ab.'],
      ['10:25', 'ls', 'esc', 'Staffelrabatt je Kundengruppe mit Ausweis auf AB; Schätzung', 'sw'],
      ['10-20 11:00', 'sw', 'est', 480, 'Staffelrabatt je Kundengruppe (3 Stufen) in der Preisfindung, Ausweis auf der Auftragsbestätigung; knapp an der 8-h-Grenze'],
      ['10-21 09:40', 'or', 'appr', 'Mit Herrn Clausen abgestimmt; Umsetzung im Rahmen der Mindestabnahme, Start 01.11.'],
      ['10-26 16:30', 'sw', 'log', 300, 'change', 'Preisfindung um Staffelrabatt Kundengruppe GH erweitert'],
      ['10-28 15:00', 'sw', 'log', 180, 'change', 'Ausweis auf Auftragsbestätigung, Tests mit 8 Aufträgen'],
      ['15:10', 'sw', 'reply', 'Herr Clausen, die Staffel ist auf Ihrem System eingerichtet und gilt ab 01.11. für die Kundengruppe GH. Die Auftragsbestätigung zeigt die Staffelstufe und den Rabatt je Auftrag.'],
      ['15:15', 'sw', 'resolve', 'Staffelrabatt (ab 50/100/200 Kartons 3/5/7 %) für Kundengruppe GH in der Preisfindung, Ausweis auf der Auftragsbestätigung; gültig ab 01.11.'],
      ['15:17', 'sw', 'return', 'Bitte nach den ersten Novemberaufträgen Abnahme einholen.'],
      ['11-09 10:00', 'ls', 'reply', 'Guten Tag Herr Clausen, die ersten Novemberaufträge mit Staffelrabatt sind gelaufen. Passt alles, dürfen wir die Änderung abschließen?'],
    ],
    expect: 'resolved',
  },
  {
    key: 'cl-9',
    customer: 'clausen',
    contact: 'Marco Stein',
    channel: 'e-mail',
    received: '10-27 07:10',
    title: 'Nächtliche Datensicherung des SQL-Servers schlägt fehl',
    description: 'Die Sicherungsaufträge der LUSO-Datenbanken melden seit drei Nächten „Fehler 112: nicht genügend Speicherplatz“. Das NAS zeigt noch 200 GB frei.',
    steps: [
      ['10-27 08:03', 'md', 'open'],
      ['08:06', 'md', 'q', 'infrastructure basis/backup high'],
      ['08:15', 'md', 'reply', 'Guten Morgen Herr Stein, wir sehen uns die Sicherung heute Vormittag per Fernwartung an. Bitte legen Sie bis dahin eine manuelle Sicherung auf ein anderes Laufwerk an.'],
      ['+1', 'md', 'kb', 'sql-sicherung-fehlgeschlagen'],
      ['11:00', 'md', 'log', 120, 'remote-session', 'Sicherungsziel: Quote der Freigabe (250 GB) erschöpft; alte Vollsicherungen nach Aufbewahrungsregel bereinigt, Wartungsplan um Bereinigung ergänzt'],
      ['11:05', 'md', 'reply', 'Die Freigabe auf dem NAS hat eine eigene Quote von 250 GB, die voll war (das NAS insgesamt hatte noch Platz). Die alten Sicherungen sind bereinigt und der Wartungsplan löscht künftig Sicherungen älter als 14 Tage.'],
      ['+1', 'md', 'resolve', 'Quote der Sicherungsfreigabe erschöpft; alte Sicherungen bereinigt, Bereinigung (14 Tage) in den Wartungsplan aufgenommen.', 'sql-sicherung-fehlgeschlagen'],
      ['10-28 08:20', 'md', 'cust', 'Sicherung lief heute Nacht fehlerfrei durch.'],
      ['08:25', 'md', 'close', 'Marco Stein'],
    ],
  },
  {
    key: 'cl-10',
    customer: 'clausen',
    contact: 'Marco Stein',
    channel: 'phone',
    received: '11-20 14:30',
    title: 'Zeiterfassungsterminal überträgt keine Buchungen',
    description: 'Das Zeiterfassungsterminal am Personaleingang zeigt „Offline“; seit Mittag kommen keine Kommen/Gehen-Buchungen mehr in Lohn & Gehalt an.',
    q: 'malfunction lohn/zeiterfassung high',
    steps: [
      ['11-20 14:33', 'tb', 'open'],
      ['14:36', 'tb', 'reply', 'Herr Stein, das Terminal antwortet bei uns nicht auf Ping. Bitte prüfen Sie Stromversorgung und Netzwerk (Switch im Pausenraum); die Buchungen speichert das Terminal bis zu 10.000 Stück zwischen.'],
      ['15:05', 'tb', 'log', 30, 'communication'],
      ['+1', 'tb', 'note', 'Terminal (192.168.20.41) nicht erreichbar, Kunde prüft Netzwerk/Switch.'],
      ['11-23 08:40', 'tb', 'cust', 'Switch war defekt und ist getauscht, das Terminal ist wieder online. Die Buchungen von Freitagnachmittag fehlen aber weiterhin.'],
      ['09:05', 'tb', 'reply', 'Danke, Herr Stein. Wir lesen den Zwischenspeicher des Terminals heute Nachmittag manuell aus und melden uns danach.'],
    ],
    expect: 'open',
  },
];
