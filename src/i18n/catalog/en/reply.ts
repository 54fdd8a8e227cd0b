/** `desk reply`: what it refuses and what it says it did. */
export const reply = {
  kbFromCustomer: '--kb: a help-center link goes into a reply to the customer, not into --from-customer',
  needMail: '--cc, --attach and --to need a mail: leave out --no-send',
  noSmtp: 'desk.yaml has no mail.smtp: desk cannot send --cc, --attach or --to',
  seeEmailDocs: 'see docs/email.md',
  recorded: 'reply recorded (not sent)',
  recordedNoSmtp: 'reply recorded (not mailed: desk.yaml has no mail.smtp)',
  sent: 'reply sent to {to}',
  queued: 'reply queued, not sent yet ({why}); desk mail send tries again',
  textTwice: 'give the text once: --message or --file',
  templateAndMessage: '--template starts the text; edit it, or leave out --message',
  fileEmpty: '--file: {file} is empty',
  tooLarge: '--attach: {file} is {size} MB, more than attachments.maxMegabytes in desk.yaml allows',
  tooLargeHint: 'send a link instead, or raise the limit in desk.yaml',
};
