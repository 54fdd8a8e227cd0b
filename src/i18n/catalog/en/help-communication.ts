/** `--help` of what support says first: notifications, announcements, feedback requests. */
export const helpCommunication = {
  notify: 'tell staff what is due (escalations, approvals, deadlines, quotas …) by mail and webhook; each once',
  notifyDryRun: 'say what would be sent; send and write nothing',
  notifyNoSync: 'do not settle with the shared repository which clone sends (one clone only)',
  announce:
    'one mail per contact of the chosen customers, in their language, through the outbox; recorded in announcements/',
  announceSubject: 'the subject (and name) of the announcement; a text block may give its own',
  announceFile:
    'the text: a "--- de" and a "--- en" block, placeholders like \'{{\'greeting\'}}\' (docs/communication.md)',
  announceProduct: 'customers using this product (repeatable)',
  announceCustomer: 'this customer (repeatable)',
  announceContractKind: 'customers whose contract in force is of this kind: service, commitment, none',
  announceRole: 'only contacts whose role contains this, e.g. IT or Einkauf',
  announceDryRun: 'who would get what, with the texts as they read them; send and write nothing',
  announceNoSend: 'queue only: desk mail send sends them',
  feedbackRequests:
    'ask the contacts of tickets closed lately for a rating (desk.yaml feedback); the answers come back by mail',
  feedbackRequestsDryRun: 'who would be asked; send and write nothing',
};
