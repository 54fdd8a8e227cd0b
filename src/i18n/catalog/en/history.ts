/** The rules a commit of the history breaks (core/permissions/history.ts), as desk check and sync name them. */
export const history = {
  rewrites: 'rewrites or removes event {id}: events are never rewritten',
  notStaff: '{author} is not on the staff list of desk.yaml, yet changed {files}',
  enteredByStranger: 'says it was entered by {who}, who is not on the staff list',
  enteredWithout: 'was entered by {name} ({id}) for {actor}, who lacks act-for-others',
  mayNot: '{name} ({roles}) may not {what} ({permission})',
  inPerson: '{permission} was entered by {keyboard} for {actor}, but is done in person',
  eventBy: 'records event {id} as by {by}, but {actor} made the commit',
  eventEntered: 'records event {id} as entered by {by}, but the commit does not say so',
  committedFor:
    'was committed by {name} ({id}) for {actor} without an Entered-by record: made with --author, or rebased by someone else',
  unsigned: 'is not signed, though desk.yaml requires signed commits',
  badSignature: 'has a bad signature: the commit was changed after it was signed',
  unknownSigner: 'is signed with a key that is not among the allowed signers{signer}',
  expired: 'is signed with an expired key',
  revoked: 'is signed with a revoked key',
  uncheckable: 'has a signature git cannot check ({status})',
  otherSigner: 'is signed by {signer}, but committed by {committer}',
};
