/** Why mail intake could not tell a sender's customer (core/mail/sender.ts): the triage list's reason. */
export const intake = {
  contactOfSeveral: '{email} is a contact of {customers}',
  domainOfSeveral: '{domain} is the mail domain of {customers}',
  noCustomer: '{email} belongs to no customer',
  sentByStaff: 'sent by staff',
  and: '{a} and {b}',
};
