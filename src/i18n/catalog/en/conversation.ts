/** The conversation with the customer in `desk show` (render/terminal/conversation.ts). */
export const conversation = {
  heading: 'Conversation',
  toCustomer: '→ to the customer',
  notByMail: '(not by mail)',
  from: '← from',
  theCustomer: 'the customer',
  machine: '← {kind, select, bounce {bounce} other {auto-reply}} from {from}',
  sent: 'sent',
  queued: 'queued, not sent yet',
  failed: 'NOT delivered: {error}',
  notMailed: 'recorded, not mailed',
  subject: 'Subject:',
  attachment: 'Attachment:',
  inline: ' inline, in the original',
  tooLarge: ' too large, in the original',
};
