import type { Catalog } from '../en/index.js';
import { cli } from './cli.js';
import { errors } from './errors.js';
import { time } from './time.js';
import { more } from './more.js';
import { communication } from './communication.js';
import { tui } from './tui.js';
import { money } from './money.js';
import { cache } from './cache.js';
import { customers } from './customers.js';
// money and reports
import { report } from './report.js';
import { helpReport } from './help-report.js';
import { reportCli } from './report-cli.js';
import { moneyTerminal } from './money-terminal.js';
// how a settlement's figures were reached
import { explanation } from './explanation.js';
import { conversation } from './conversation.js';
import { timeline } from './timeline.js';
import { show } from './show.js';
import { reply } from './reply.js';
import { kb } from './kb.js';
import { queue } from './queue.js';
import { tickets } from './tickets.js';
import { actions } from './actions.js';
import { ticket } from './ticket.js';
import { activity, bucket, category, channel, priority, status, words } from './words.js';
import { workflow } from './workflow.js';
import { helpSystem } from './help-system.js';
import { helpTickets } from './help-tickets.js';
import { helpTime } from './help-time.js';
import { helpCustomers } from './help-customers.js';
import { helpMoney } from './help-money.js';
import { helpKb } from './help-kb.js';
import { helpMail } from './help-mail.js';
import { helpCommunication } from './help-communication.js';
// sync, system commands, work sessions, mail and tui words, store refusals
import { sync } from './sync.js';
import { store } from './store.js';
import { input } from './input.js';
import { history } from './history.js';
import { permissions, permissionWhat } from './permissions.js';
import { mailTerminal } from './mail-terminal.js';
import { tuiWords } from './tui-words.js';
import { helpSessions } from './help-sessions.js';
import { sessions } from './sessions.js';
import { system } from './system.js';
// what clones did apart, mail intake's reasons, the help center's problems, the invoice run's problems
import { conflicts } from './conflicts.js';
import { intake } from './intake.js';
import { site } from './site.js';
import { invoiceProblems } from './invoice-problems.js';
import { statement } from './statement.js';
import { schema } from './schema.js';
// desk check's own problems beyond a file's schema
import { checkProblems } from './check-problems.js';
// desk's own verdicts on a file's field, recognised by their English words
import { schemaDesk } from './schema-desk.js';
// the legal details and the number format an invoice run needs
import { invoiceLegal } from './invoice-legal.js';

/** Every text desk prints in German (the keys as in ../en); loaded only when a run speaks German. */
export const de: Catalog = {
  cli,
  errors,
  time,
  more,
  communication,
  money,
  cache,
  customers,
  conversation,
  timeline,
  show,
  reply,
  kb,
  queue,
  tickets,
  actions,
  ticket,
  words,
  activity,
  bucket,
  status,
  priority,
  category,
  channel,
  workflow,
  helpSystem,
  helpTickets,
  helpTime,
  helpCustomers,
  helpMoney,
  helpKb,
  helpMail,
  helpCommunication,
  tui,
  // money and reports
  report,
  helpReport,
  reportCli,
  moneyTerminal,
  // how a settlement's figures were reached
  explanation,
  // sync, system commands, work sessions, mail and tui words, store refusals
  sync,
  store,
  input,
  history,
  permissions,
  permissionWhat,
  mailTerminal,
  tuiWords,
  helpSessions,
  sessions,
  system,
  // what clones did apart, mail intake's reasons, the help center's problems, the invoice run's problems
  conflicts,
  intake,
  site,
  invoiceProblems,
  statement,
  schema,
  // desk check's own problems beyond a file's schema
  checkProblems,
  // desk's own verdicts on a file's field, recognised by their English words
  schemaDesk,
  // the legal details and the number format an invoice run needs
  invoiceLegal,
};
