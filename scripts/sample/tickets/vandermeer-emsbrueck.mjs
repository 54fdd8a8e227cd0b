/**
 * Van der Meer Logistics (Netherlands, support and invoices in English) and the Stadt Emsbrück
 * (public sector: invoices as XRechnung with a Leitweg-ID).
 */
export default [
  {
    key: 'vdm-1',
    customer: 'vandermeer',
    contact: 'Sanne de Vries',
    channel: 'e-mail',
    received: '06-15 09:12',
    title: 'Delivery notes printed in German instead of English',
    description: `
Hi,

our delivery notes for customers in the UK and Ireland are printed in German ("Lieferschein",
"Menge") although the customers are set to English. Invoices are fine. Could you have a look?

Best regards,
Sanne de Vries`,
    steps: [
      ['06-15 09:25', 'md', 'open'],
      ['09:28', 'md', 'q', 'question warenwirtschaft/formulare normal'],
      ['09:40', 'md', 'reply', 'Hi Sanne, thanks for your message. The delivery note form takes its language from the shipping address, not from the customer. I will check the two customers you mentioned and get back to you today.'],
      ['+1', 'md', 'log', 20, 'communication'],
      ['11:00', 'md', 'log', 40, 'solution', 'Language set on the shipping addresses of 14 customers in GB/IE; form DN_STANDARD checked'],
      ['11:05', 'md', 'reply', 'The shipping addresses of your 14 customers in the UK and Ireland had no language set, so the form fell back to German. They are set to English now; new delivery notes print in English. Details are in the article "Printing delivery notes in the customer\'s language".'],
      ['+1', 'md', 'resolve', 'Delivery note language comes from the shipping address; set to English for 14 GB/IE customers.', 'delivery-note-language'],
      ['06-16 08:30', 'md', 'close', 'Sanne de Vries'],
      ['08:31', 'md', 'fb', 5, 'Quick and clear, thank you!'],
    ],
  },
  {
    key: 'vdm-2',
    customer: 'vandermeer',
    contact: 'Mark Jansen',
    channel: 'portal',
    received: '08-20 14:05',
    title: 'CSV export: German street names garbled in Excel',
    description: 'The address export for our German hauliers shows "StraÃŸe" instead of "Straße" when opened in Excel. The planning tool that imports the file shows the same problem.',
    steps: [
      ['08-20 14:15', 'ls', 'open'],
      ['14:18', 'ls', 'q', 'malfunction warenwirtschaft/export normal'],
      ['14:30', 'ls', 'reply', 'Hello Mark, this is a character-set mismatch: the export writes UTF-8, Excel opens it as Windows-1252. I will set up the template so both Excel and your planning tool read it correctly.'],
      ['+1', 'ls', 'kb', 'csv-export-encoding'],
      ['15:30', 'ls', 'log', 45, 'solution', 'Export template switched to UTF-8 with BOM; import setting of planning tool checked with customer'],
      ['15:35', 'ls', 'reply', 'The template "Hauliers DE" now writes UTF-8 with a byte-order mark, which Excel recognises. Your planning tool reads it as well (setting "Encoding: UTF-8"). Please try the next export.'],
      ['+1', 'ls', 'resolve', 'Export template set to UTF-8 with BOM; Excel and the planning tool show umlauts and ß correctly.', 'csv-export-encoding'],
      ['08-21 10:00', 'ls', 'cust', 'Works in both. Thanks!'],
      ['10:02', 'ls', 'close', 'Mark Jansen'],
    ],
  },
  {
    key: 'vdm-3',
    customer: 'vandermeer',
    contact: 'Pieter van der Meer',
    channel: 'e-mail',
    received: '09-24 11:30',
    title: 'Send invoices via Peppol for Dutch public-sector customers',
    description: `
Dear support team,

from next year two of our customers (a municipality and a hospital) only accept e-invoices via
the Peppol network. We would like to send our invoices from LUSO directly via Peppol. Is this
possible, and what would it cost?

Kind regards,
Pieter van der Meer`,
    steps: [
      ['09-24 11:42', 'tb', 'open'],
      ['11:45', 'tb', 'q', 'new-development dms/e-rechnung normal'],
      ['12:00', 'tb', 'reply', 'Dear Mr van der Meer, thank you for your enquiry. Sending via Peppol needs a new connector, which is a development project rather than support. Your project lead, Sandra Lehmkuhl, will contact you about scope and price.'],
      ['12:02', 'tb', 'handoff', 'project-lead', 'New Peppol connector (send, NLCIUS/BIS Billing 3.0): new development, quote needed'],
      ['09-28 16:20', 'sl', 'note', 'Call with Mr van der Meer on 30.09.; Peppol access point via partner, quote for connector in preparation.'],
    ],
    expect: 'handed-off',
  },
  {
    key: 'vdm-4',
    customer: 'vandermeer',
    contact: 'Mark Jansen',
    channel: 'phone',
    received: '10-28 08:45',
    title: 'Login fails after password reset',
    description: 'Two dispatchers reset their passwords yesterday via the self-service page; since then the login says "Account locked". The web client and the desktop client are both affected.',
    q: 'malfunction basis/anmeldung high',
    steps: [
      ['10-28 08:48', 'mk', 'open'],
      ['08:52', 'mk', 'reply', 'Hello Mark, as discussed on the phone: the desktop clients of both users still try the old password in the background (saved credentials), which locks the account again. I will unlock the accounts; please remove the saved credentials on both PCs.'],
      ['+1', 'mk', 'kb', 'account-locked-after-password-reset'],
      ['09:30', 'mk', 'log', 30, 'remote-session', 'Accounts unlocked, saved credentials removed together with customer'],
      ['09:35', 'mk', 'log', 15, 'communication'],
      ['09:36', 'mk', 'resolve', 'Saved credentials with the old password locked both accounts after the reset; accounts unlocked, saved credentials removed.', 'account-locked-after-password-reset'],
      ['10-29 10:05', 'mk', 'reply', 'Hello Mark, are both dispatchers able to log in since yesterday?'],
    ],
    expect: 'resolved',
  },
  {
    key: 'vdm-5',
    customer: 'vandermeer',
    contact: 'Sanne de Vries',
    channel: 'e-mail',
    received: '11-23 10:10',
    title: 'How do we set up a second warehouse in Venlo?',
    description: `
Hi,

we are opening a cross-dock warehouse in Venlo in January. What do we need to set up in the
warehouse module (stock locations, transfer orders, users), and can we do it ourselves?

Sanne`,
    steps: [
      ['11-23 10:18', 'tb', 'open'],
      ['10:21', 'tb', 'q', 'question warenwirtschaft/lager normal'],
      ['11-24 15:40', 'tb', 'reply', `
Hi Sanne,

sorry for the late reply. You can set up most of it yourselves:
1. Warehouse → Locations: new location "VNL" with its bins (import template attached).
2. Warehouse → Transfer routes: Enschede → Venlo, so transfer orders are suggested.
3. Users: access to the new location is a role setting (Administration → Roles).
We suggest a one-hour remote session to review your setup before go-live. Shall we schedule one?

Best regards,
Tobias Brandt`],
      ['+1', 'tb', 'log', 30, 'communication'],
    ],
    expect: 'open',
  },
  {
    key: 'vdm-6',
    customer: 'vandermeer',
    contact: 'Mark Jansen',
    channel: 'e-mail',
    received: '11-24 07:30',
    title: 'EDI orders from web-shop partner rejected since Friday',
    description: 'Since Friday, all ORDERS messages from our web-shop partner end up in the EDI monitor with "Unknown article". The articles exist; the partner says they changed nothing.',
    steps: [
      ['11-24 08:02', 'ls', 'open'],
      ['08:05', 'ls', 'q', 'malfunction warenwirtschaft/edi high'],
      ['08:15', 'ls', 'reply', 'Good morning Mark, we are looking into it. Could you send us one of the rejected messages?'],
      ['08:50', 'ls', 'cust', 'Attached: ORDERS from Friday 14:02.'],
      ['09:30', 'ls', 'log', 30, 'analysis', 'Partner sends GTIN-14 with leading zero in LIN segment; article lookup expects GTIN-13'],
      ['09:35', 'ls', 'esc', 'Article lookup fails for GTIN-14 in ORDERS; mapping change needed', 'sw'],
      ['11-25 11:00', 'sw', 'log', 60, 'analysis', 'Mapping checked: normalisation of GTIN-14 to GTIN-13 missing in inbound ORDERS'],
      ['11:05', 'sw', 'reply', 'Hello Mark, the partner now sends 14-digit GTINs with a leading zero. We are adding a normalisation to the inbound mapping and will reprocess the 37 rejected orders afterwards.'],
    ],
    expect: 'escalated',
  },
  {
    key: 'ems-1',
    customer: 'stadt-emsbrueck',
    contact: 'Birgit Möller',
    channel: 'phone',
    received: '06-25 10:30',
    title: 'TVöD: Jahressonderzahlung für Teilzeitbeschäftigte',
    description: 'Frau Möller fragt, wie die Jahressonderzahlung nach § 20 TVöD für Beschäftigte berechnet wird, die im Sommer von Vollzeit in Teilzeit gewechselt sind.',
    q: 'question lohn/abrechnung normal',
    steps: [
      ['06-25 10:34', 'mk', 'open'],
      ['10:55', 'mk', 'reply', 'Frau Möller, die Bemessung nach § 20 TVöD richtet sich nach dem Durchschnitt der Monate Juli bis September; ein Wechsel in Teilzeit im Sommer wirkt also anteilig. Lohn & Gehalt rechnet das automatisch, wenn der Beschäftigungsumfang mit Gültigkeitsdatum im Personalstamm steht. Ich prüfe die vier Fälle, die Sie genannt haben.'],
      ['+1', 'mk', 'log', 30, 'communication'],
      ['14:00', 'mk', 'log', 60, 'solution', 'Vier Personalstämme geprüft: bei zwei fehlte das Gültigkeitsdatum des Teilzeitwechsels; nachgetragen, Vorschau Jahressonderzahlung'],
      ['14:05', 'mk', 'reply', 'Bei zwei der vier Beschäftigten war der Teilzeitwechsel ohne Gültigkeitsdatum erfasst. Das ist nachgetragen; die Vorschau der Jahressonderzahlung stimmt jetzt.'],
      ['+1', 'mk', 'resolve', 'Bemessung § 20 TVöD erklärt; fehlende Gültigkeitsdaten des Teilzeitwechsels in zwei Personalstämmen nachgetragen.'],
      ['06-26 09:00', 'mk', 'close', 'Birgit Möller'],
    ],
  },
  {
    key: 'ems-2',
    customer: 'stadt-emsbrueck',
    contact: 'Birgit Möller',
    channel: 'e-mail',
    received: '07-22 08:20',
    title: 'Meldung an die Zusatzversorgungskasse wird nicht erzeugt',
    description: `
Guten Morgen,

beim Monatsabschluss Juli wird die Meldung an die Zusatzversorgungskasse (ZVK) für 12 neue
Beschäftigte nicht erzeugt. Für alle anderen klappt es. Die Frist ist der 31.07.

Birgit Möller
Fachbereich Personal`,
    steps: [
      ['07-22 08:31', 'md', 'open'],
      ['08:35', 'md', 'q', 'malfunction lohn/meldewesen high'],
      ['08:45', 'md', 'reply', 'Guten Morgen Frau Möller, wir prüfen die ZVK-Meldungen und melden uns bis heute Mittag.'],
      ['09:30', 'md', 'log', 30, 'analysis', 'Alle 12 Fälle: Eintritt im Juli, Pflichtversicherungsbeginn fehlt'],
      ['09:35', 'md', 'esc', 'ZVK-Meldung für Neueintritte fehlt trotz Pflichtversicherung; Analyse der Meldelogik', 'jb'],
      ['15:30', 'jb', 'log', 120, 'analysis', 'Meldelogik ZVK: Neueintritte ohne Pflichtversicherungsbeginn werden übersprungen; Feld wird seit Update 26.2 nicht mehr aus dem Eintrittsdatum vorbelegt (Defekt DEV-3980)'],
      ['15:35', 'jb', 'reply', 'Frau Möller, seit dem Update 26.2 wird der Beginn der Pflichtversicherung bei Neueintritten nicht mehr automatisch vorbelegt. Wir tragen ihn für die 12 Beschäftigten nach; die Korrektur im Programm kommt mit 26.3.'],
      ['07-23 11:00', 'jb', 'log', 60, 'solution', 'Pflichtversicherungsbeginn für 12 Beschäftigte nachgetragen, ZVK-Meldungen erzeugt und übermittelt'],
      ['11:05', 'jb', 'resolve', 'Pflichtversicherungsbeginn wurde seit 26.2 nicht vorbelegt (DEV-3980, Korrektur in 26.3); für 12 Neueintritte nachgetragen, Meldungen übermittelt.'],
      ['11:07', 'jb', 'return'],
      ['11:30', 'md', 'reply', 'Frau Möller, die ZVK-Meldungen für alle 12 Beschäftigten sind übermittelt. Bitte geben Sie uns Bescheid, wenn die Rückmeldung der Kasse da ist.'],
      ['07-27 10:40', 'md', 'cust', 'Rückmeldungen sind da, alles angenommen.'],
      ['10:45', 'md', 'close', 'Birgit Möller'],
    ],
  },
  {
    key: 'ems-3',
    customer: 'stadt-emsbrueck',
    contact: 'Andreas Kampmann',
    channel: 'e-mail',
    received: '09-10 09:00',
    title: 'Kommunikationszertifikat für das Meldewesen läuft Ende September ab',
    description: 'Der Kommunikationsserver meldet: „Zertifikat läuft in 20 Tagen ab“. Wie erneuern wir es, ohne dass Meldungen hängen bleiben?',
    steps: [
      ['09-10 09:12', 'tb', 'open'],
      ['09:15', 'tb', 'q', 'infrastructure basis/zertifikate normal'],
      ['09:30', 'tb', 'reply', 'Guten Morgen Herr Kampmann, die Erneuerung beantragen Sie beim Trustcenter (Folgezertifikat); nach Erhalt spielen wir es mit Ihnen ein. Die Schritte stehen im Artikel „ITSG- und ELSTER-Zertifikate erneuern“.'],
      ['+1', 'tb', 'kb', 'elster-itsg-zertifikat-erneuern'],
      ['09-22 14:10', 'tb', 'cust', 'Das Folgezertifikat ist da. Können wir es morgen um 10 Uhr einspielen?'],
      ['14:15', 'tb', 'reply', 'Morgen um 10 Uhr passt, wir rufen Sie an.'],
      ['09-23 10:45', 'tb', 'log', 45, 'solution', 'Folgezertifikat im Kommunikationsserver importiert, Testübermittlung erfolgreich'],
      ['10:50', 'tb', 'resolve', 'Folgezertifikat importiert, Testmeldung an die Annahmestelle erfolgreich.', 'elster-itsg-zertifikat-erneuern'],
      ['10:51', 'tb', 'close', 'Andreas Kampmann'],
    ],
  },
  {
    key: 'ems-4',
    customer: 'stadt-emsbrueck',
    contact: 'Jens Tiemann',
    channel: 'e-mail',
    received: '10-20 11:15',
    title: 'XRechnungen aus dem Rechnungseingangsportal landen nicht im DMS',
    description: `
Hallo,

seit die Lieferanten Rechnungen über das Rechnungseingangsportal des Landes einreichen, holen wir
sie als XML-Dateien ab. Im DMS-Posteingang erscheinen sie aber nicht. Papier- und PDF-Rechnungen
kommen wie bisher an.

Jens Tiemann, Kämmerei`,
    steps: [
      ['10-20 11:25', 'ls', 'open'],
      ['11:28', 'ls', 'q', 'question dms/e-rechnung normal'],
      ['11:40', 'ls', 'reply', 'Hallo Herr Tiemann, bitte schicken Sie uns eine der abgeholten XML-Dateien und sagen Sie uns, in welches Verzeichnis der Abholdienst sie ablegt.'],
      ['+1', 'ls', 'kb', 'e-invoice-inbound-dms'],
      ['12:10', 'ls', 'log', 30, 'analysis', 'Eingangsprofil XRechnung aktiv; Überwachungsordner prüfen'],
      ['12:12', 'ls', 'wait', 'Beispieldatei und Ablageverzeichnis vom Kunden'],
      ['11-02 09:30', 'ls', 'reply', 'Hallo Herr Tiemann, haben Sie schon eine Beispieldatei für uns? Ohne sie können wir leider nicht weitermachen.'],
    ],
    expect: 'waiting',
  },
  {
    key: 'ems-5',
    customer: 'stadt-emsbrueck',
    contact: 'Birgit Möller',
    channel: 'phone',
    received: '11-09 13:40',
    title: 'Beihilfeabrechnung in Lohn & Gehalt übernehmen',
    description: 'Die Stadt möchte die Beihilfeabrechnung, die bisher mit einer Fremdsoftware läuft, ab 2027 in Lohn & Gehalt abbilden.',
    q: 'project-work lohn/abrechnung normal',
    steps: [
      ['11-09 13:44', 'mk', 'open'],
      ['13:50', 'mk', 'reply', 'Frau Möller, das ist ein Einführungsprojekt. Herr Kühne, Ihr Projektleiter, meldet sich wegen eines Termins und eines Angebots nach Vergaberecht.'],
      ['13:52', 'mk', 'handoff', 'project-lead', 'Einführung Beihilfeabrechnung (Datenübernahme aus Fremdsystem, Schulung): Projekt, Angebot nötig'],
    ],
    expect: 'handed-off',
  },
  {
    key: 'ems-6',
    customer: 'stadt-emsbrueck',
    contact: 'Birgit Möller',
    channel: 'e-mail',
    received: '11-25 14:20',
    title: 'Frage zum Jahresabschluss in Lohn & Gehalt',
    description: 'Wann müssen wir in diesem Jahr den Jahresabschluss durchführen, und wird die Lohnsteuerbescheinigung automatisch übermittelt?',
    assign: false,
    steps: [
      ['11-25 14:31', 'md', 'open'],
      ['14:40', 'md', 'reply', 'Guten Tag Frau Möller, vielen Dank, wir haben Ihre Anfrage erhalten und melden uns morgen.'],
    ],
    expect: 'new',
  },
];
