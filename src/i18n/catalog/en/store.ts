/**
 * Refusals of the store a person meets: no helpdesk here, the lock or git's lock in the way,
 * damaged files, an older or newer layout, an unknown customer, a merge half done.
 */
export const store = {
  noHelpdesk: 'no helpdesk here: no desk.yaml in {dir} or any folder above it',
  noHelpdeskHint:
    'create one with `desk init`, or point to one with --repo DIR, DESK_REPO or `git config desk.repo DIR` (docs/code-repositories.md)',
  noSuchFolder: '{source}: no such folder',
  noSuchFolderHint: 'point it at a helpdesk repository (the folder holding desk.yaml)',
  noDeskYaml: '{source}: {dir} has no desk.yaml',
  noDeskYamlHint: 'point it at a helpdesk repository, or create one there with `desk init`',
  busy: 'the helpdesk is busy: another desk command (pid {pid}) is writing to it',
  busyHint: 'retry in a moment; if no desk command is running, delete {path}',
  diskFull: 'no space left on the disk holding {path}: desk could not take its lock, and nothing was changed',
  diskFullHint: 'free some space there, then run the command again',
  newerLayout:
    'desk.yaml says format {format}: this helpdesk was laid out by a newer desk than this one (format {current})',
  newerLayoutHint:
    'update desk on this machine (npm ci in its folder, or install the newer version), then run the command again',
  flatLayout:
    'this helpdesk keeps its {count, plural, one {ticket} other {# tickets}} in the flat folder of an older desk (tickets/T-….yaml)',
  flatLayoutHint:
    'run `desk upgrade` once: it moves them into folders by their ids in one commit, and git keeps their history. If a teammate may have done it already, run `desk sync` first (docs/files.md)',
  upgradeUncommitted: 'uncommitted changes in {files}',
  upgradeUncommittedHint:
    'commit them (git commit) or put them aside (git stash), then run desk upgrade again: its commit holds the move alone',
  bothLayouts: '{flat} and {sharded} both exist',
  bothLayoutsHint:
    'keep the one with the whole history (compare them with git log), delete the other, commit, and run desk again',
  unknownCustomer: 'unknown customer "{id}"',
  knownCustomers: 'known customers: {ids}',
  noCustomers: 'add one with `desk customer add`',
  customerIdMismatch: '{file}: id: the file name says {id} but the id is {found}',
  damaged: '{file}: {field}: {message}{more, plural, =0 {} one { (and # more problem)} other { (and # more problems)}}',
  damagedHint: 'fix the file, then run `desk check` to see every problem',
  notGit: '{dir} is not a git repository',
  notGitHint: 'desk keeps its history in git: run `git init` there, or create a new helpdesk with `desk init`',
  midMerge: '{dir} is in the middle of a {merging}',
  midMergeConflicts: '{dir} is in the middle of a {merging} with conflicts in {files}',
  midMergeHint:
    'finish it (resolve the conflicts, then {finish}) or abort it (git {merging} --abort), then run desk again',
  midMergeSetupHint:
    'run desk setup: it merges the ticket files by their events{others, select, yes {; resolve the other files by hand and git add them} other {}}; then {finish} — or abort it: git {merging} --abort',
  midMergePlainHint:
    'finish it ({conflicts, select, yes {resolve the conflicts, git add the files, then } other {}}{finish}) or abort it (git {merging} --abort), then run desk again',
  detachedHead: 'HEAD is detached: no branch is checked out, and a commit made now would be lost at the next checkout',
  detachedHeadHint: 'check out a branch (git switch {main}), then run desk again',
  badNow: 'DESK_NOW: "{value}" is not an ISO instant',
  badNowHint: 'write it like 2026-11-26T09:00:00+01:00, or unset it',
  noSigningKey: 'desk.yaml requires signed commits, and git has no key to sign with',
  signingHint:
    'set one up: git config gpg.format ssh && git config user.signingKey ~/.ssh/id_ed25519 (docs/roles.md#signed-commits)',
  couldNotSign: 'desk.yaml requires signed commits, and git could not sign: {reason}',
  couldNotSignHint:
    'nothing was committed; set up signing: git config gpg.format ssh && git config user.signingKey ~/.ssh/id_ed25519 (docs/roles.md#signed-commits)',
  commitFailed: 'git could not commit: {reason}',
  commitFailedHint: 'nothing was committed; the files were restored',
  gitLock:
    "git's lock file {file} is in the way: another git command is running in this clone, or one was killed and left it",
  gitLockHint:
    "if no git command is running in {dir}, remove it: rm ''{path}'' — then run the command again; nothing was changed",
  notCommitted: 'not committed: {file}: {field}: {message}{more, plural, =0 {} other { (and # more)}}',
  notCommittedHint: 'desk check would reject the file; nothing was written',
  notASession: '{file}: not a running work session',
  notASessionHint: 'drop it with `desk stop --discard` and log the time with `desk log`',
  noSqlite: 'desk search needs SQLite (the better-sqlite3 package), which did not load on this machine',
  noArticle: 'no article {slug}',
  noArticleHint: 'see the articles with `desk kb list` or find one with `desk kb search`',
  badSlug: '"{slug}" is not an article slug: {problem}',
  badArticle: '{file}: {field}: {message}',
  badArticleHint: 'fix the front matter, then `desk check`',
  outNotOurs: '--out {dir}: the folder exists and is not a help center desk wrote',
  outNotOursHint: 'name a new or empty folder',
  noSearchScript: "the help center's search script is missing ({path})",
  noSearchScriptHint: 'build desk first: npm run build',
  noSuchFile: '{file}: no such file',
  noSuchFileHint: 'an article or desk.yaml (company.logo) names it; add the file or fix the path',
  codeNoFolder: '{source}: no such folder {dir}',
  codeNotGit: '{source}: {dir} is not inside a git repository',
  codeNotGitHint: 'run desk in the code repository, or give --code-repo DIR',
  noCommit: '{flag}: no commit "{rev}" in {dir}',
  noCommitHint: 'give a commit hash, branch or tag of that repository',
};
