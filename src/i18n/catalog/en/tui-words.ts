/** desk tui's own words: the full screen, the plain mode's sentences, the actions' questions. */
export const tuiWords = {
  loading: 'Loading the queue…',
  queueFailed: 'desk queue failed',
  searching: 'searching the knowledge base for "{title}" …',
  noArticle: 'no article found for this ticket',
  article: 'article {slug} — Esc back',
  customerFilter: 'Customer (empty: all)',
  tagFilter: 'Tag (empty: all)',
  newCall: 'New ticket by phone: customer and title',
  newCallProblem: 'open: give the customer and a title',
  nothingGiven: '{action}: nothing given, nothing changed',
  title: 'desk tui — {filter} — {shown} of {all}{heading, select, none {} other { — {heading}}}',
  emptyForEditor: ' (empty: your editor)',
  editorDone: 'desk {command}: done in the editor',
  editorAborted: 'desk {command}: nothing was changed',
  noMatch: 'No ticket matches the filter (x: all).',
  empty: 'Nothing in the queue.',
  keysTitle: 'keys',
  keys: `Keys of desk tui

In the queue
  j k, arrows      move
  Enter            open the ticket: summary and timeline (Esc back, j k Space to scroll)
  m                mine / the team's
  1 2 0            level 1, level 2, every level
  C  T             only one customer, only one tag (empty: all)
  x                no filter
  g                read the queue again (it is read again by itself on every change)
  O                a new ticket, taken by phone: customer and title

On the selected ticket (each key runs the desk command of the same name)
  r  reply         desk reply ID -m TEXT
  n  note          desk comment ID -m TEXT
  f  qualify       desk qualify ID --category C --product P --priority P
  e  escalate      desk escalate ID --reason TEXT
  l  log time      desk log ID DURATION [--activity A] [-m NOTE]
  w  wait          desk wait ID [--until DAY]
  s  resolve       desk resolve ID --solution TEXT
  c  close         desk close ID --accepted-by NAME
  K  article       the knowledge-base article that best matches the title`,
  keysEnd: '?  these keys     q  quit',
  help: '? keys  j/k move  Enter open  r reply  n note  f qualify  e escalate  l log  w wait  s resolve  c close  {more}  K article  O new  m mine  1/2/0 level  C customer  T tag  x all  q quit',
  paneHelp: 'j/k scroll  Space page  Esc back  {actions}  q quit',
  reply: 'reply',
  replyAsk: 'Reply to the customer',
  note: 'note',
  noteAsk: 'Internal note',
  qualify: 'qualify',
  qualifyAsk: 'Qualify: category product[/module] priority',
  qualifyProblem: 'give category, product and priority',
  escalate: 'escalate',
  escalateAsk: 'Why Second Level',
  log: 'log time',
  logAsk: 'Log: duration [activity] [note]',
  logProblem: 'give a duration, e.g. 30m',
  wait: 'wait',
  waitAsk: 'Follow up on (a day, 3d; empty: the default)',
  resolve: 'resolve',
  resolveAsk: 'The solution',
  close: 'close',
  closeAsk: 'Accepted by (name at the customer)',
  dueIn: 'due in {time}',
  overdue: 'overdue {time}',
  spokenDueIn: 'due in {time}',
  spokenOverdue: 'overdue {time}',
  needOverdue: 'overdue',
  needUnanswered: 'unanswered',
  needReturned: 'returned',
  needCustomerWrote: 'customer wrote',
  needFollowUp: 'follow up',
  needInProgress: 'in progress',
  needAcceptance: 'acceptance',
  needUnassigned: 'unassigned',
  filterMine: 'mine',
  filterTeam: 'team',
  filterLevel: 'level {level}',
  filterCustomer: 'customer {customer}',
  filterTag: 'tag {tag}',
  rowSentence:
    '{index} of {count}: {ticket}, {due}, {status}, level {level}, customer {customer}, {assignee, select, none {unassigned} other {assigned to {assignee}}}: {title}',
  selected: 'selected: {row}',
};
