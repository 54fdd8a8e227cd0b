/** desk sync: what it brought and sent, what needs a person, and its refusals (store/sync.ts). */
export const sync = {
  upToDate: 'Up to date with {remote} ({branch}): nothing new from the team, nothing of yours to send.',
  synced: 'Synced with {remote} ({branch}): {received}, {sent}.',
  receivedTickets:
    '{count, plural, one {# ticket} other {# tickets}} updated from the team{added, plural, =0 {} other { (# new)}}',
  receivedChanges: '{count, plural, one {# change} other {# changes}} from the team',
  receivedNothing: 'nothing new from the team',
  sentTickets: '{count} of yours sent',
  sentChanges: '{count, plural, one {# change} other {# changes}} of yours sent',
  sentNothing: 'nothing of yours to send',
  alsoReceived: 'Also from the team: {files}',
  alsoSent: 'Also sent: {files}',
  attempts: 'Someone sent their work in between: it was integrated first ({count} attempts).',
  needsPerson: 'Needs a person: {count, plural, one {# ticket} other {# tickets}} changed apart in two places:',
  keepMove: '{ticket}: {conflict} — keep it: desk settle {ticket}',
  keepTime: '{ticket}: {conflict} — desk log {ticket} --confirm ENTRY',
  auditWarning:
    "The team's changes include {count, plural, one {a commit that breaks} other {# commits that break}} the permission table or the signing rule (docs/roles.md#the-history):",
  // refusals
  uncommitted: 'uncommitted changes in {files}',
  uncommittedHint: 'commit them (git commit) or put them aside (git stash), then run desk sync again',
  noCommit: 'this clone has no commit yet',
  noCommitHint: "create the helpdesk with `desk init` or clone the team's one with git clone",
  keptChanging: '{remote} kept changing: {attempts} pushes were overtaken by others',
  keptChangingHint:
    "your {waiting, plural, one {# commit stays} other {# commits stay}} committed here on top of the team's latest work; run desk sync again in a moment",
  remoteLocked: '{remote} is locked: {lock} was there on every try',
  remoteLockedHint:
    'a push may be running there; if none is, one was killed midway and left it behind: remove that file on the remote, then run desk sync again (your {waiting, plural, one {# commit stays} other {# commits stay}} committed here)',
  detached: 'no branch is checked out (detached HEAD); desk sync works on {main}',
  detachedHint: 'switch to it: git switch {main}',
  otherBranch: "you are on branch {current}; the helpdesk's shared history is {main}",
  otherBranchHint:
    'switch to it (git switch {main}) and run desk sync there; to bring your work from {current} along, merge it into {main} first',
  noSuchRemote: '--remote: no remote named {remote}',
  remotesAre: 'this clone has: {remotes}',
  noRemoteHint: 'this clone has no remote; add one with git remote add origin URL',
  noRemote: 'no remote configured: this clone has nothing to sync with',
  addRemoteHint: "add the team's shared repository with git remote add origin URL, then run desk sync (docs/sync.md)",
  severalRemotes: 'this clone has several remotes ({remotes})',
  severalRemotesHint: 'say which one the team shares with --remote NAME',
  unreachable: 'cannot reach {remote}: {reason}',
  unreachableHint:
    'nothing was sent or received; your work stays committed in this clone ({waiting, plural, one {# commit} other {# commits}} not yet sent). Run desk sync again when {remote} can be reached',
  invoiceNumbers: 'nothing was sent: {problems}',
  invoiceNumbersHint:
    "invoice numbers must stay unique and without gaps: let invoicing run in one place only (one clone, or CI). Renumber only invoices that were never sent (drafts), to follow the team's last number; an invoice already sent keeps its number — talk to whoever issued the other one before anything else is sent (docs/sync.md)",
  markers: 'nothing was sent: {file} holds git conflict markers (line {line}) in a commit of yours',
  markersTicketHint:
    'run desk setup: it merges a ticket committed with conflict markers by its events and commits it; then desk sync again',
  markersFileHint:
    'edit {file} to keep what both sides need (remove the <<<<<<< ======= >>>>>>> lines), commit it, then desk sync again',
  noSharedHistory: 'this clone and {remote} share no history: they are different helpdesks',
  noSharedHistoryHint: "to work on the team's helpdesk, clone it (git clone URL) instead of syncing this one",
  integrateFailed: "could not bring in the team's changes: {reason}",
  integrateFailedHint: 'nothing was sent; your commits are unchanged',
  conflict:
    "your changes and the team's (from {remote}) conflict in {files}{tickets, select, none {} other { ({tickets}: a side is not a valid ticket, so it could not be merged by its events; desk check names the problem)}}; the sync stopped before sending anything",
  conflictHint:
    'finish it: edit {count, plural, one {the file} other {each file}} to keep what both sides need (and remove the <<<<<<< ======= >>>>>>> lines), git add {paths}, git rebase --continue, then desk sync again. Or go back to your commits as they were: git rebase --abort. Nothing is lost either way',
  pushRefused: '{remote} did not accept the push: {reason}',
  pushRefusedHint:
    "the team's changes are integrated here; your {outgoing, plural, one {# commit stays} other {# commits stay}} committed in this clone. Run desk sync again once the cause is fixed",
  running: 'desk sync is running in this clone (pid {pid})',
  runningHint: 'wait until it has finished, then run the command again (if no desk sync is running, delete {marker})',
};
