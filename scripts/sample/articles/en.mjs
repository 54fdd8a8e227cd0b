/** English knowledge-base articles: for English-speaking customers and shared with partners. */
export default [
  {
    slug: 'web-client-tls-certificate',
    meta: {
      title: 'Web client: renewing the TLS certificate',
      tags: ['web client', 'tls', 'certificate', 'https', 'browser warning', 'pfx'],
      products: ['basis/zertifikate'],
      lang: 'en',
      audience: 'internal',
      author: 'sw',
      created: '2025-10-02',
      updated: '2026-11-16',
    },
    related: ['acme-F'],
    body: `
# Web client: renewing the TLS certificate

## Problem
Browsers show "Your connection is not private" (NET::ERR_CERT_DATE_INVALID) when users open the
web client; field staff and mobile devices cannot connect at all.

## Cause
The TLS certificate of the web client has expired. Most customers buy it from their own provider
or use their company CA, so we do not get a reminder.

## Solution
1. Check the expiry date:
   \`\`\`powershell
   Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -like "*erp.*" |
     Select-Object Subject, NotAfter, Thumbprint
   \`\`\`
2. Ask the customer to order or renew the certificate (same host name, including all alternative
   names) and to send it as a \`.pfx\` file, with the password on a separate channel.
3. Import it on the web server:
   \`\`\`powershell
   $pw = Read-Host -AsSecureString "PFX password"
   Import-PfxCertificate -FilePath C:\\Temp\\erp.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $pw
   \`\`\`
4. Bind it to the web client: **LUSO Admin → Web client → HTTPS → Certificate**, select the new
   thumbprint, then restart the service *LUSO Web Gateway*.
5. Open the web client from outside the customer's network and check the certificate chain.

## Prevention
Put the expiry date in the customer's notes and create a reminder ticket 30 days before it.
With Let's Encrypt (supported since 26.1) the certificate renews itself.
`,
  },
  {
    slug: 'csv-export-encoding',
    meta: {
      title: 'CSV exports: umlauts and ß garbled in Excel',
      tags: ['export', 'csv', 'encoding', 'utf-8', 'bom', 'excel', 'umlauts'],
      products: ['warenwirtschaft/export'],
      lang: 'en',
      audience: 'customer',
      author: 'ls',
      created: '2026-02-11',
      updated: '2026-08-20',
    },
    related: ['vdm-2'],
    body: `
# CSV exports: umlauts and ß garbled in Excel

## Problem
German addresses in exported CSV files look wrong when opened in Excel or imported elsewhere:
"StraÃŸe" instead of "Straße", "MÃ¼nster" instead of "Münster", or "Stra�e".

## Cause
The file is written in one character encoding and read in another. Excel opens CSV files with a
double click as Windows-1252 unless the file starts with a byte-order mark (BOM).

## Solution
1. Open **Export → Templates** and select the template.
2. Set **Encoding** to:
   - *UTF-8 with BOM* if people open the file in Excel;
   - *UTF-8* for other programs (planning tools, web shops, customs software);
   - *Windows-1252* only if the receiving program explicitly requires "ANSI".
3. Run the export again.

If the receiving program has an encoding setting of its own, set it to UTF-8 as well.

## Opening an existing file correctly in Excel
**Data → From Text/CSV**, choose *File origin: 65001: Unicode (UTF-8)*, then *Load*.

See also the German article *Export: „Straße“ erscheint als „Stra�e“*.
`,
  },
  {
    slug: 'delivery-note-language',
    meta: {
      title: "Printing delivery notes in the customer's language",
      tags: ['delivery note', 'forms', 'language', 'english', 'shipping address'],
      products: ['warenwirtschaft/formulare'],
      lang: 'en',
      audience: 'customer',
      author: 'md',
      created: '2025-12-03',
      updated: '2026-06-15',
    },
    related: ['vdm-1'],
    body: `
# Printing delivery notes in the customer's language

## Problem
Delivery notes for foreign customers are printed in German ("Lieferschein", "Menge") although the
customer is set to English. Invoices print in the right language.

## Cause
Invoices take their language from the customer (billing address); delivery notes take it from the
**shipping address**, because goods may go to a different country than the invoice. Shipping
addresses without a language fall back to the company language (German).

## Solution
1. Open the customer → **Addresses** → the shipping address.
2. Set **Language** to *English* (or the language you need).
3. To fix many customers at once: **Sales → Customers → Bulk change**, filter by country
   (e.g. GB, IE), field *Shipping address language*.
4. Print a test delivery note.

## Notes
- Article texts print in the form language only if a translation exists
  (**Article → Texts → English**); otherwise the German text is used.
- Available form languages: German, English, French, Dutch.
`,
  },
  {
    slug: 'account-locked-after-password-reset',
    meta: {
      title: 'Login: account locked again right after a password reset',
      tags: ['login', 'password', 'account locked', 'saved credentials', 'self-service'],
      products: ['basis/anmeldung'],
      lang: 'en',
      audience: 'customer',
      author: 'mk',
      created: '2026-04-22',
      updated: '2026-10-28',
    },
    related: ['vdm-4'],
    body: `
# Login: account locked again right after a password reset

## Problem
A user resets the password on the self-service page, logs in once, and a few minutes later the
account is locked ("Account locked – too many failed attempts").

## Cause
Another program still uses the **old** password in the background and fails repeatedly until the
lock threshold (5 attempts) is reached. Typical culprits:
- saved credentials of the desktop client or Windows Credential Manager;
- a second session on a terminal server that was never logged off;
- a mobile device with the old password stored.

## Solution
1. Ask your administrator (or our support) to unlock the account: **Administration → Users →
   Unlock**.
2. On every PC the user works on, remove the saved credentials:
   - Windows: *Control Panel → Credential Manager → Windows Credentials*, remove entries starting
     with \`LUSO\`;
   - desktop client: *File → Log-in settings → Forget saved password*.
3. Log off any old terminal-server sessions.
4. Log in again with the new password.

## For administrators
The security log (**Administration → Security log**) shows the source of the failed attempts
(host name and program), which points to the device that still uses the old password.
`,
  },
  {
    slug: 'backup-restore-test',
    meta: {
      title: 'Backups: how to run a restore test',
      tags: ['backup', 'restore', 'sql server', 'test', 'disaster recovery'],
      products: ['basis/backup', 'basis/datenbank'],
      lang: 'en',
      audience: 'internal',
      author: 'jb',
      created: '2025-06-30',
      updated: '2026-11-02',
    },
    body: `
# Backups: how to run a restore test

## Problem
Backup jobs report success, but nobody knows whether the customer's data could actually be
restored. A restore test once a quarter is part of every service contract's recommendations.

## Cause
A successful backup job only proves that a file was written. Restores fail for other reasons:
missing encryption keys, incomplete log chains, backups of the wrong database, or files nobody can
reach when the server is gone.

## Solution
1. Pick the most recent full backup and the log backups after it:
   \`\`\`sql
   SELECT database_name, type, backup_finish_date, physical_device_name
   FROM msdb.dbo.backupset b
   JOIN msdb.dbo.backupmediafamily m ON m.media_set_id = b.media_set_id
   WHERE database_name = 'LUSO_WAWI'
   ORDER BY backup_finish_date DESC;
   \`\`\`
2. Restore under a **different name** on the test instance, never over the live database:
   \`\`\`sql
   RESTORE DATABASE LUSO_WAWI_RESTORETEST
     FROM DISK = N'\\\\nas01\\sql-backup\\LUSO_WAWI_full.bak'
     WITH MOVE 'LUSO_WAWI' TO 'E:\\Test\\LUSO_WAWI_RT.mdf',
          MOVE 'LUSO_WAWI_log' TO 'E:\\Test\\LUSO_WAWI_RT.ldf',
          NORECOVERY;
   RESTORE LOG LUSO_WAWI_RESTORETEST FROM DISK = N'\\\\nas01\\sql-backup\\LUSO_WAWI_log_01.trn' WITH RECOVERY;
   DBCC CHECKDB (LUSO_WAWI_RESTORETEST) WITH NO_INFOMSGS;
   \`\`\`
3. Point a test client at the restored database and open a few recent documents.
4. Record the result, the duration and the backup used in the customer's notes; drop the test
   database afterwards.

## Notes
- Time spent on restore tests is infrastructure work: not included in service contracts, billed
  at the hourly rate (or from the commitment).
- If the restore takes longer than the customer can be without the system, say so in writing.
`,
  },
  {
    slug: 'e-invoice-inbound-dms',
    meta: {
      title: 'E-invoices (XRechnung, ZUGFeRD, ebInterface) not picked up by the DMS inbox',
      tags: ['e-invoice', 'xrechnung', 'zugferd', 'ebinterface', 'dms', 'inbox', 'xml'],
      products: ['dms/e-rechnung'],
      lang: 'en',
      audience: 'internal',
      author: 'sw',
      created: '2025-12-15',
      updated: '2026-10-20',
    },
    related: ['alp-2', 'ems-4'],
    body: `
# E-invoices not picked up by the DMS inbox

## Problem
Structured e-invoices arrive (by e-mail, download from a portal, or a pick-up service), but they
do not appear in the DMS invoice inbox, or they are filed as "unknown document".

## Cause
The DMS recognises e-invoices by an **inbound profile** per format and version, and it only
watches the folders configured as inbound channels. Typical gaps:
- a newer format version is not in the profile (e.g. ebInterface 6.1, XRechnung 3.0);
- a pick-up service writes to a folder that is not an inbound channel;
- plain XML files arrive without the e-mail wrapper the channel expects.

## Solution
1. Get one sample file from the customer and check the root element and namespace:
   \`\`\`powershell
   Select-String -Path .\\invoice.xml -Pattern "xmlns" | Select-Object -First 3
   \`\`\`
   | Namespace contains | Format |
   |---|---|
   | \`urn:oasis:names:specification:ubl\` | XRechnung (UBL) |
   | \`urn:un:unece:uncefact:data:standard:CrossIndustryInvoice\` | XRechnung (CII) / ZUGFeRD |
   | \`http://www.ebinterface.at/schema/\` | ebInterface (Austria) |
2. **DMS → Administration → E-invoice → Inbound profiles**: check the format and version are
   listed; add the missing version (since 26.2 ebInterface 6.x and XRechnung 3.0 are included, but
   older installations need to enable them).
3. **DMS → Administration → Inbound channels**: make sure the folder the customer's pick-up
   service writes to is a channel of type *Folder (XML)*.
4. Reprocess the files: **Inbox → Unknown documents → Reprocess**.

## Notes
- ZUGFeRD files are PDFs with embedded XML; they are recognised by the PDF channel.
- Public-sector customers receive invoices through the state's invoice portal; the DMS does not
  talk to the portal directly. Ask who fetches the files and where they end up.
`,
  },
  {
    slug: 'printing-terminal-server-drivers',
    meta: {
      title: 'Printing on terminal servers: choosing drivers and PDF printers',
      tags: ['printing', 'terminal server', 'driver', 'pdf printer', 'blank pages', 'v3', 'v4'],
      products: ['basis/druck', 'lohn/abrechnung'],
      lang: 'en',
      audience: 'internal',
      author: 'ka',
      created: '2025-11-20',
      updated: '2026-11-16',
    },
    related: ['acme-C', 'hof-5'],
    body: `
# Printing on terminal servers: choosing drivers and PDF printers

## Problem
On terminal servers, print jobs from LUSO products disappear, print blank pages, or produce empty
PDF files, while the same document prints fine from a local workstation.

## Cause
Terminal servers share one driver for all users. Driver types behave differently:

| Driver | On terminal servers | Recommendation |
|---|---|---|
| Type 3 (v3), vendor "universal" PCL6/PS | stable, supports all paper trays | use |
| Type 4 (v4) | often blocked after Windows updates; limited tray control | avoid |
| Third-party PDF printers | some render our forms' embedded fonts as blank pages | avoid; use the built-in PDF export |

## Solution
1. Use type 3 universal drivers for physical printers (see the German article
   *Druck bricht nach Windows-Update ab* for the PowerShell steps).
2. For PDF output use the built-in export (**Print dialog → Export → PDF**) instead of a PDF
   printer driver. It embeds fonts and is what the employee portal expects for payslips.
3. If a customer insists on a PDF printer, set it to *embed all fonts* and disable
   *rasterise text*; test with a payslip and a delivery note.
4. After changing drivers, log off all users or restart the *Print Spooler* service in a
   maintenance window.

## Notes
Blank payslip PDFs are almost always the font problem above: the payslip form uses an embedded
OCR-B font for the barcode line.
`,
  },
];
