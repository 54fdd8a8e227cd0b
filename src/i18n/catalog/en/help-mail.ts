/** `--help` of mail and templates: descriptions of commands, options and arguments (keys in src/cli/main.ts). */
export const helpMail = {
  mail: 'e-mail in and out: fetch the support mailbox, import old mail, send the outbox',
  mailFetch: 'take in everything new from the mail sources in desk.yaml (for cron, systemd timers, CI)',
  mailFetchSource: 'only this source',
  mailFetchDryRun: 'say what would happen; write nothing, mark nothing',
  mailImport: 'take in .eml files and mbox archives (an old support mailbox), each message once',
  mailImportDryRun: 'say what would happen; write nothing',
  mailSend: 'send what waits in the outbox (replies and acknowledgements not sent yet)',
  mailSendResend: 'send again a mail whose sending was cut off, after checking it did not arrive (repeatable)',
  mailSendTakeOver: 'also send mail another clone queued',
  template: 'text blocks for replies in templates/ (docs/email.md)',
  templateList: 'the templates and their languages',
  templateShow: 'a template as it is, with its placeholders',
};
