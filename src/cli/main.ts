import { Argument, Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { io } from '../io/context.js';
import { DeskCommand } from './commander-texts.js';
import { languageOf, t, useLanguage } from '../i18n/index.js';

/**
 * The command table. Each action imports its module only when it runs, so `desk --version`
 * and `desk --help` never load git, YAML, prompts or even the error reporting and colours.
 * `runDesk` at the end runs it with the current run's surroundings (io/context.ts): the desk
 * process (cli/entry.ts), or a test running commands in-process.
 */
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
const program = new DeskCommand('desk')
  .description('A helpdesk in a git repository: tickets, time, contracts, knowledge base, invoices')
  .version(version)
  .option(
    '--repo <dir>',
    'the helpdesk repository (default: DESK_REPO, then git config desk.repo, then the folder holding desk.yaml)',
  )
  .option('--as <staff>', 'act as this staff member (default: DESK_USER, then git user.email)')
  .option('--no-pager', 'never send long output (show, list --all, kb show, reports) through a pager')
  .configureOutput({
    writeOut: (str) => io().stdout.write(str),
    writeErr: (str) => io().stderr.write(str),
    outputError: (str, write) => write(str),
    // commander's own default: the terminal's width, else 80
    getOutHelpWidth: () => (io().stdout.isTTY && io().stdout.columns) || 80,
    getErrHelpWidth: () => (io().stderr.isTTY && (io().stderr as { columns?: number }).columns) || 80,
  })
  .exitOverride();

type Handler = (...args: never[]) => Promise<unknown>;
/** Wires a command to a lazily imported handler; the handler gets positionals and merged options. */
function lazy(load: () => Promise<Handler>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const positionals = args.slice(0, -2);
    const { run } = await import('./run.js');
    return run(async () => {
      await (
        await load()
      )(...([...positionals, cmd.optsWithGlobals()] as never[]));
    });
  };
}
const wf = () => import('./commands/workflow.js');
const json = ['--json', 'print JSON (documented in docs/json.md)'] as const;

program
  .command('init [dir]')
  .description('create a new helpdesk repository')
  .option('--company <name>', 'company name for desk.yaml')
  .option(...json)
  .action(lazy(async () => (await import('./commands/init.js')).init));

program
  .command('open')
  .description('record a customer request (always starts at First Level)')
  .option('-t, --title <text>', 'the problem in a few words')
  .option('-c, --customer <id>', 'customer id (contracts/<id>.yaml)')
  .option('-d, --description <text>', 'what the customer reported ("-" reads stdin)')
  .option('--description-file <file>', 'read the description from a file ("-" for stdin)')
  .addOption(
    new Option('--channel <channel>', 'how the request came in').choices([
      'phone',
      'e-mail',
      'portal',
      'on-site',
      'remote-session',
    ]),
  )
  .option('--contact <name>', 'contact person at the customer')
  .option(
    '--conversation',
    'you are talking to the customer now: opening it is the reaction (default on phone, on-site, remote-session)',
  )
  .option('--no-conversation', 'nobody talked to the customer (a voicemail, a note): the reaction is still owed')
  .option('--received-at <time>', 'when the request arrived, e.g. "2026-11-20 15:30" (default: now)')
  .option('--category <category>', 'qualify at once: category')
  .option('--product <product[/module]>', 'qualify at once: product or product/module')
  .option('--priority <priority>', 'qualify at once: critical, high, normal or low')
  .option(...json)
  .action(lazy(async () => (await import('./commands/open.js')).open));

program
  .command('qualify <id>')
  .description('set category, product/module and priority')
  .option(
    '--category <category>',
    'question, malfunction, change-request, data-problem, infrastructure, feature-idea, new-development, project-work',
  )
  .option('--product <product[/module]>', 'product or product/module from desk.yaml')
  .option('--priority <priority>', 'critical, high, normal or low')
  .option(...json)
  .action(lazy(async () => (await wf()).qualify));
program
  .command('assign <args...>')
  .usage('ID... STAFF  (or: desk list ... --ids | desk assign STAFF)')
  .description('make a staff member responsible for one or more tickets (one commit, all or nothing)')
  .option(...json)
  .action(lazy(async () => (await wf()).assign));
program
  .command('escalate <id>')
  .description('hand a qualified ticket from First to Second Level')
  .option('-r, --reason <text>', 'why it needs Second Level')
  .option('--to <staff>', 'a Second Level staff member')
  .option(...json)
  .action(lazy(async () => (await wf()).escalate));
program
  .command('estimate <id> <effort>')
  .description('Second Level: effort estimate of a change request, e.g. 6h')
  .option('--note <text>', 'what the estimate covers')
  .option(...json)
  .action(lazy(async () => (await wf()).estimate));
program
  .command('approve <id>')
  .description("the customer's project lead approves a change request (estimate up to 8 h)")
  .option('--note <text>', 'terms of the approval')
  .option(...json)
  .action(lazy(async () => (await wf()).approve));
program
  .command('handoff <id>')
  .description("hand a ticket out of support to the customer's project lead or sales rep")
  .addOption(new Option('--to <target>', 'who takes it').choices(['project-lead', 'sales']))
  .option('-r, --reason <text>', 'why it is not support')
  .option(...json)
  .action(lazy(async () => (await wf()).handoff));
program
  .command('reply <id>')
  .description(
    'a message to the customer, sent by mail when desk.yaml has mail.smtp (an acknowledgement counts as reaction)',
  )
  .option('-m, --message <text>', 'the message')
  .option('--file <file>', 'the message from a file ("-" for stdin)')
  .option('--template <name>', 'start from a text block in templates/ (desk template list)')
  .option('--cc <address>', 'a copy to this address (repeatable)', (v: string, all: string[] = []) => [...all, v])
  .option('--attach <file>', 'attach a file (repeatable)', (v: string, all: string[] = []) => [...all, v])
  .option('--to <address>', "write to this address instead of the ticket's contact")
  .option('--no-send', 'record a reply given another way (a phone call); send nothing')
  .option('--from-customer', "record the customer's reply instead")
  .option('--kb <slug>', 'add a link to this article in the help center (desk kb publish)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/reply.js')).reply));
program
  .command('comment <id>')
  .description('an internal note')
  .option('-m, --message <text>', 'the note')
  .option(...json)
  .action(lazy(async () => (await wf()).comment));
program
  .command('wait [ids...]')
  .description('pending the customer: off the work list until they reply or the follow-up day comes')
  .option('-r, --reason <text>', 'what we wait for')
  .option(
    '--until <day|days>',
    'follow up on this day (2026-12-01) or after business days (3d, 2w); default from desk.yaml',
  )
  .option(...json)
  .action(lazy(async () => (await wf()).wait));
program
  .command('resolve <id>')
  .description('record the solution')
  .option('-s, --solution <text>', 'how it was solved')
  .option('--kb <slug>', 'the knowledge-base article with the solution')
  .option(...json)
  .action(lazy(async () => (await wf()).resolve));
program
  .command('return <id>')
  .description('Second Level hands a solved ticket back to First Level for the final word')
  .option('--note <text>', 'what First Level should tell the customer')
  .option(...json)
  .action(lazy(async () => (await wf()).giveBack));
program
  .command('close [ids...]')
  .description('close on customer acceptance, or put spam (several at once) and duplicates aside')
  .option('--accepted-by <name>', 'who at the customer accepted the solution')
  .option('--without-acceptance', 'the exceptional case: close without acceptance (needs --reason)')
  .option('-r, --reason <text>', 'why close without acceptance')
  .option('--spam', 'junk, not a request: no acceptance, no billing, out of the reaction-time figures')
  .option('--as-duplicate-of <id>', 'the same request as this ticket (desk merge also moves its events there)')
  .option(...json)
  .action(lazy(async () => (await wf()).close));
program
  .command('reopen <id>')
  .description('back to First Level')
  .option('-r, --reason <text>', 'why')
  .option(...json)
  .action(lazy(async () => (await wf()).reopen));
program
  .command('tag <args...>')
  .usage('ID... +TAG -TAG  (or: desk list ... --ids | desk tag +TAG)')
  .description('add (+urgent) and remove (-billing) tags on one or more tickets (one commit, all or nothing)')
  .option(...json)
  .allowUnknownOption()
  .action(lazy(async () => (await import('./commands/tag.js')).tag));
program
  .command('attach <id> <files...>')
  .description('attach files the customer sent (screenshots, logs, exports): stored beside the ticket, one commit')
  .option(...json)
  .action(lazy(async () => (await import('./commands/attach.js')).attach));
program
  .command('edit <id>')
  .description('correct a ticket: recorded as an event; a new customer re-derives contract, reaction time and billing')
  .option('-t, --title <text>', 'the title')
  .option('--contact <name>', 'the contact person')
  .option('-c, --customer <id>', 'the customer (refused when time of the ticket is invoiced)')
  .option('-d, --description <text>', 'the description')
  .option('--channel <channel>', 'phone, e-mail, portal, on-site or remote-session')
  .option('--received-at <time>', 'when the request arrived, e.g. "2026-11-20 15:30"')
  .option('-r, --reason <text>', 'why the correction')
  .option(...json)
  .action(lazy(async () => (await import('./commands/edit.js')).edit));
program
  .command('merge <duplicate> <into>')
  .description('merge a duplicate into the ticket that stays: its messages, time, links and attachments move there')
  .option(...json)
  .action(lazy(async () => (await import('./commands/merge.js')).merge));
program
  .command('feedback <id>')
  .description(
    "the customer's rating of a resolved or closed ticket, 1 (bad) to 5 (very good); a later one replaces it",
  )
  .option('--score <n>', '1 to 5')
  .option('-m, --message <text>', "the customer's comment")
  .option('--from <contact>', "who rated it (default: the ticket's contact)")
  .option(...json)
  .action(lazy(async () => (await import('./commands/feedback.js')).feedback));

program
  .command('log [id] [duration]')
  .description('log time on a ticket, e.g. desk log T-4K7M2 1h30m --activity analysis')
  .option(
    '-a, --activity <activity>',
    'communication, analysis, solution, remote-session, change, documentation (default: solution)',
  )
  .option('--on <date>', 'the day the work was done (default: today)')
  .option('-m, --message <note>', 'what was done')
  .option('--non-billable', 'goodwill: counts nowhere (needs --reason)')
  .option('-r, --reason <text>', 'why the time is not billed, or why an entry is undone')
  .option('--undo <entry>', 'cancel a time entry (nothing is rewritten)')
  .option('--replace <entry>', 'log DURATION in place of an entry')
  .option('--confirm <entry>', 'confirm an entry marked for review, or what counts of an entry corrected in two places')
  .option(...json)
  .action(lazy(async () => (await import('./commands/time.js')).log));
// moves made apart in two clones (docs/sync.md)
program
  .command('settle <id>')
  .description('keep a ticket where it stands after moves made apart in two clones (desk check lists them)')
  .option('-m, --message <note>', 'what was agreed')
  .option(...json)
  .action(lazy(async () => (await import('./commands/settle.js')).settle));

const sessions = () => import('./commands/session.js');
program
  .command('start <id>')
  .description('start a work session on a ticket; desk stop logs it as time (docs/code-repositories.md)')
  .option('-a, --activity <activity>', 'what the time will be logged as (default: solution)')
  .option('-m, --message <note>', 'what you work on')
  .option(...json)
  .action(lazy(async () => (await sessions()).start));
program
  .command('stop')
  .description('stop your work session and log it; a forgotten one is capped and marked for review')
  .option('-m, --message <note>', 'what was done')
  .option('-a, --activity <activity>', 'log it as this activity')
  .option('--duration <duration>', 'log this real time instead of the measured one')
  .option('--discard', 'drop the session without logging anything')
  .option(...json)
  .action(lazy(async () => (await sessions()).stop));
program
  .command('status')
  .description('your running work session')
  .option(...json)
  .action(lazy(async () => (await sessions()).status));
program
  .command('link <id>')
  .description('link commits of a code repository to a ticket (docs/code-repositories.md)')
  .option('--commit <rev>', 'this commit')
  .option('--scan', 'every commit whose message names the ticket, not linked yet')
  .option('--since <rev>', 'with --scan: only commits after this one')
  .option('--code-repo <dir>', 'the code repository (default: the one around the current folder)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/link.js')).link));
const hookCommands = () => import('./commands/hooks.js');
const hooks = program
  .command('hooks')
  .description('git hooks in a code repository: check ticket ids in commit messages, link commits');
hooks
  .command('install')
  .description('install commit-msg and post-commit hooks, keeping and chaining the ones there')
  .option('--code-repo <dir>', 'the code repository (default: the current one)')
  .action(lazy(async () => (await hookCommands()).hooksInstall));
hooks
  .command('uninstall')
  .description("remove desk's hooks and restore the ones they kept")
  .option('--code-repo <dir>', 'the code repository (default: the current one)')
  .action(lazy(async () => (await hookCommands()).hooksUninstall));
hooks
  .command('run <hook> [args...]', { hidden: true })
  .option('--code-repo <dir>')
  .action(lazy(async () => (await hookCommands()).hooksRun));
const customers = () => import('./commands/customer.js');
const customer = program.command('customer').description('customers: master data, people, contracts');
customer
  .command('list')
  .description('every customer with the contract in force today')
  .option(...json)
  .action(lazy(async () => (await customers()).customerList));
customer
  .command('show <customer>')
  .description('master data, contacts and contract history')
  .option(...json)
  .action(lazy(async () => (await customers()).customerShow));
customer
  .command('add <customer>')
  .description('add a customer (asks for what is missing in a terminal)')
  .option('--name <name>', 'company name')
  .option('--street <street>', 'street and number')
  .option('--postal-code <code>', 'postal code')
  .option('--city <city>', 'city')
  .option('--country <code>', 'two-letter country code (default DE)')
  .option('--vat-id <id>', 'VAT id')
  .option('--buyer-reference <ref>', 'buyer reference / Leitweg-ID for e-invoices')
  .option('--invoice-email <email>', 'where invoices go')
  .addOption(new Option('--language <lang>', 'invoice language').choices(['de', 'en']))
  .option('--project-lead <staff>', "the customer's project lead")
  .option('--sales-rep <staff>', "the customer's sales rep")
  .option('--contact <"Name <email>">', 'a contact person (repeatable)', (v: string, all: string[] = []) => [...all, v])
  .option(...json)
  .action(lazy(async () => (await customers()).customerAdd));
const contracts = () => import('./commands/contract.js');
const contract = program.command('contract').description('contracts: terms in force, changes of terms');
contract
  .command('show <customer>')
  .description('the contract in force on a day')
  .option('--at <date>', 'the day (default: today)')
  .option(...json)
  .action(lazy(async () => (await contracts()).contractShow));
contract
  .command('add <customer>')
  .description('a new contract from a date (an open-ended previous one ends the day before)')
  .addOption(new Option('--kind <kind>', 'kind of contract').choices(['service', 'commitment', 'none']))
  .option('--start <date>', 'first day')
  .option('--end <date>', 'last day (default: open-ended)')
  .addOption(new Option('--period <period>', 'billing period').choices(['month', 'quarter', 'year']))
  .option('--fee <eur>', 'service: fee per period')
  .option('--included-hours <hours>', 'service: hour quota per period')
  .option('--overage-rate <eur>', 'service: rate for hours over the quota')
  .option('--hourly-rate <eur>', "rate outside the contract / beyond the cap; for kind none: the customer's rate")
  .addOption(new Option('--settlement <how>', 'service: overage settlement').choices(['per-period', 'pooled']))
  .addOption(new Option('--pool-window <window>', 'service, pooled: window').choices(['quarter', 'contract-year']))
  .option('--increment <minutes>', "billing increment per time entry (default: the renewed contract's, else 15)")
  .option(
    '--analysis-cap <hours>',
    "service: L2 analysis included per ticket (default: the renewed contract's, else desk.yaml's, else 4h)",
  )
  .option('--reaction-time <hours>', 'reaction time in service hours, e.g. 4h')
  .option('--minimum-hours <hours>', 'commitment: minimum hours per period')
  .option('--rate <eur>', 'commitment: rate per hour')
  .addOption(new Option('--unused <policy>', 'commitment: unused hours').choices(['forfeit', 'carry-over']))
  .option(...json)
  .action(lazy(async () => (await contracts()).contractAdd));
program
  .command('usage <customer>')
  .description('the usage statement of a period (Auslastung): quota, overage, extras, how reached')
  .option('--period <period>', 'month, quarter or year: 2026-11, 2026-Q4, 2026 (default: this month)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/usage.js')).usage));
const invoices = () => import('./commands/invoice.js');
const invoice = program
  .command('invoice')
  .description('invoices: runs, credit notes, PDF and EN 16931 e-invoices (docs/invoicing.md)');
invoice
  .command('run')
  .description(
    'bill everything due and not billed yet: advance fees, settlements of ended periods (one invoice per customer)',
  )
  .option('--date <date>', 'the run date (default: today); not before the last invoice')
  .option('-c, --customer <id>', 'only this customer')
  .addOption(
    new Option('--format <format>', "the e-invoice (default: the customer's, then desk.yaml invoices.format)").choices([
      'xrechnung-ubl',
      'xrechnung-cii',
      'factur-x',
    ]),
  )
  .option('--dry-run', 'print what the run would issue; write nothing')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceRun));
invoice
  .command('cancel <number>')
  .description('cancel an invoice with a credit note (Stornorechnung); its charges become billable again')
  .option('-r, --reason <text>', 'why it is cancelled')
  .option('--date <date>', 'the credit note date (default: today)')
  .option('--dry-run', 'print the credit note; write nothing')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceCancel));
invoice
  .command('list')
  .description('issued invoices and credit notes')
  .option('-c, --customer <id>', 'one customer')
  .option('--year <year>', 'one year')
  .option('--open', 'only invoices with something open (owed or in credit)')
  .option('--overdue', 'only invoices past their due date with something owed')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceList));
invoice
  .command('show <number>')
  .description('one invoice: lines, periods, tickets and time entries behind them')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceShow));
// --- payments, dunning, DATEV export (docs/payments.md) ---
const payments = () => import('./commands/payment.js');
const payment = program
  .command('payment')
  .description('payments received: recorded, imported from bank statements, matched to invoices');
payment
  .command('add <number>')
  .description('record a payment on an invoice (part, full or over-payment; negative: money paid back)')
  .option('--amount <eur>', 'the amount, e.g. 1428.00')
  .option('--date <date>', 'the day it arrived (default: today)')
  .option('--reference <text>', 'the payment reference (Verwendungszweck)')
  .option('--credit-note <number>', "pay with this credit note's remaining credit instead of money")
  .option(...json)
  .action(lazy(async () => (await payments()).paymentAdd));
payment
  .command('list')
  .description('payments, newest first')
  .option('-c, --customer <id>', 'one customer')
  .option('--unmatched', 'only imported payments no invoice was found for')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentList));
payment
  .command('import <file>')
  .description('import a bank statement (CAMT.053 or MT940): payments matched by invoice number and amount')
  .option('--dry-run', 'print what would be recorded; write nothing')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentImport));
payment
  .command('assign <id> <number>')
  .description('an unmatched imported payment pays this invoice')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentAssign));
const dunning = () => import('./commands/dunning.js');
const dunningGroup = program
  .command('dunning')
  .description('payment reminders (Zahlungserinnerung, Mahnung) for overdue invoices');
dunningGroup
  .command('run')
  .description("write the reminders due: each overdue invoice's next stage, once, as PDF in the customer's language")
  .option('--date <date>', 'the letter date (default: today)')
  .option('--dry-run', 'print what would be written and mailed; write and send nothing')
  .option('--no-mail', 'write the letters without mailing them (mail.smtp in desk.yaml mails them)')
  .option(...json)
  .action(lazy(async () => (await dunning()).dunningRun));
dunningGroup
  .command('list')
  .description('reminders written, newest first')
  .option('-c, --customer <id>', 'one customer')
  .option(...json)
  .action(lazy(async () => (await dunning()).dunningList));
const exports = program.command('export').description('data for others: the tax advisor (DATEV)');
exports
  .command('datev')
  .description('invoices, credit notes and payments of a period as a DATEV booking batch (EXTF Buchungsstapel)')
  .option('--period <period>', 'month, quarter or year: 2026-11, 2026-Q4, 2026')
  .option('-o, --out <file>', 'write here (default: EXTF_Buchungsstapel_<period>.csv)')
  .action(lazy(async () => (await import('./commands/export-datev.js')).exportDatev));
// --- end of payments ---
const kbCommands = () => import('./commands/kb.js');
const kb = program.command('kb').description('knowledge base: articles in kb/, searched in German and English');
kb.command('list')
  .description('articles, newest first')
  .option('--tag <tag>', 'with this tag')
  .option('--product <product>', 'for this product or product/module')
  .addOption(new Option('--lang <lang>', 'language').choices(['de', 'en']))
  .addOption(new Option('--audience <audience>', 'who may read it').choices(['internal', 'customer']))
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbList));
kb.command('show <slug>')
  .description('an article rendered for the terminal')
  .option('--raw', 'the file as it is')
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbShow));
kb.command('search <query...>')
  .description('ranked search with matched words highlighted')
  .option('--limit <n>', 'at most this many (default 10)')
  .addOption(new Option('--lang <lang>', 'only articles in this language').choices(['de', 'en']))
  .option('--product <product>', 'only for this product')
  .option(...json)
  // as a process, desk kb search starts on the lean path (lean/commands.ts), not through this table
  .action(lazy(async () => (await import('./commands/kb-search.js')).kbSearch));
kb.command('new')
  .description('a new article; --from-ticket drafts it from the ticket')
  .option('--title <title>', 'the title')
  .option('--from-ticket <id>', 'draft from a ticket: problem, Second Level notes, solution')
  .option('--slug <slug>', 'file name (default: from the title)')
  .addOption(new Option('--lang <lang>', 'language (default de)').choices(['de', 'en']))
  .addOption(new Option('--audience <audience>', 'default internal').choices(['internal', 'customer']))
  .option('--tag <tag>', 'a tag (repeatable)', (v: string, all: string[] = []) => [...all, v])
  .option('--product <product>', 'a product or product/module (repeatable)', (v: string, all: string[] = []) => [
    ...all,
    v,
  ])
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbNew));
kb.command('edit <slug>')
  .description('edit in $EDITOR; validated before it is committed')
  .action(lazy(async () => (await kbCommands()).kbEdit));
// kb publish: the customer articles as a static help center
kb.command('publish')
  .description('the customer articles as a static help center: pages, search, no server needed')
  .option('--out <dir>', 'the folder to write the site to (replaced as a whole)')
  .addOption(new Option('--lang <lang>', 'only this language (default both)').choices(['de', 'en']))
  .option('--base-url <url>', 'where the site is served from (canonical links, sitemap; default helpCenter.url)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/kb-publish.js')).kbPublish));
kb.command('link <id> <slug>')
  .description('record on a ticket that an article helped')
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbLink));
program
  .command('show <id>')
  .description('a ticket: summary and full timeline')
  .option('--attachment <name>', 'write this attachment out (to stdout, or --out FILE)')
  .option('-o, --out <file>', 'with --attachment: write it to this file')
  .option(...json)
  .action(lazy(async () => (await import('./commands/show.js')).show));
/** The filters `desk list` and `desk search` share (cli/commands/list.ts ticketFilter). */
function withTicketFilters(cmd: Command): Command {
  return cmd
    .option('--level <n>', '1 or 2')
    .option('--customer <id>', 'one customer')
    .option('--assignee <staff>', 'assigned to')
    .option('--category <category>', 'one category')
    .option('--product <product>', 'product or product/module')
    .option('--mine', 'assigned to me')
    .option('--tag <tag>', 'with this tag (repeatable: all of them)', (v: string, all: string[] = []) => [...all, v]);
}
withTicketFilters(
  program
    .command('list')
    .description('open tickets, most urgent first')
    .option('--status <list>', 'comma-separated statuses: new,open,escalated,waiting,resolved,closed,handed-off'),
)
  .option('--all', 'include closed and handed-off tickets')
  .option('--ids', 'print only the ids, one a line, for batches: desk list ... --ids | desk tag +urgent')
  .addOption(
    new Option('--sort <order>', 'urgency: priority, then age; deadline: reaction deadline, the unanswered first')
      .choices(['urgency', 'deadline'])
      .default('urgency'),
  )
  .option(...json)
  .action(lazy(async () => (await import('./commands/list.js')).list));
withTicketFilters(
  program
    .command('search <query...>')
    .description('tickets by their words: title, description, messages, comments, solutions (German and English)')
    .option('--limit <n>', 'at most this many (default 10)')
    .option('--status <list>', 'comma-separated statuses (default: every status, closed ones included)'),
)
  .option(...json)
  .action(lazy(async () => (await import('./commands/search.js')).search));
program
  .command('queue')
  .description("your work list: the team's overdue, unanswered, returned, follow-ups due, awaiting acceptance")
  .option(...json)
  .action(lazy(async () => (await import('./commands/sla.js')).queue));
program
  .command('sla')
  .description('open tickets awaiting a reaction, most pressing first (docs/reaction-times.md)')
  .option('--within <duration>', 'only those due within this much service time, e.g. 2h (overdue ones included)')
  .option('--breached', 'only those past their reaction deadline')
  .option('--fail-on-breach', 'exit 3 when any is past its reaction deadline (for CI)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/sla.js')).sla));
const collect = (v: string, all: string[] = []) => [...all, v];
program
  .command('report [name] [customer]')
  .description(
    'reports for project leads, sales, development and managers: utilization, sla, resolution, hotspots, satisfaction, sales, customer C, backlog (docs/reports.md)',
  )
  .option('--period <period>', 'month, quarter or year: 2026-11, 2026-Q4, 2026 (default: the month of --as-of)')
  .option('-c, --customer <id>', 'only this customer')
  .option('--tag <tag>', 'only tickets with this tag (repeatable: all of them)', (v: string, all: string[] = []) => [
    ...all,
    v,
  ])
  .option('--format <format>', "table, md, json, csv or html (default: --out's extension, else table)")
  .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
  .option(
    '--as-of <date>',
    'count what was known then: a day (its end) or a time like "2026-11-26 12:00" (default: now)',
  )
  .option(
    '--fail-under <metric=value>',
    'exit 3 when a metric is below the value, e.g. sla.compliance=95 (repeatable)',
    collect,
  )
  .option(
    '--fail-over <metric=value>',
    'exit 3 when a metric is above the value, e.g. utilization.max=120 (repeatable)',
    collect,
  )
  .option('--csv-locale <locale>', 'csv: en (default) or de (";" and decimal comma)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/report.js')).report));
program
  .command('housekeeping')
  .description('close resolved tickets accepted by silence (desk.yaml workflow.autoCloseDays); for cron or CI')
  .option(...json)
  .action(lazy(async () => (await import('./commands/housekeeping.js')).housekeeping));
program
  .command('check')
  .description('validate every file; exit 2 on any problem')
  .option(...json)
  .action(lazy(async () => (await import('./commands/check.js')).check));

// --- mail (docs/email.md) ---
const mailCommands = () => import('./commands/mail.js');
const mail = program
  .command('mail')
  .description('e-mail in and out: fetch the support mailbox, import old mail, send the outbox');
mail
  .command('fetch')
  .description('take in everything new from the mail sources in desk.yaml (for cron, systemd timers, CI)')
  .option('--source <name>', 'only this source')
  .option('--dry-run', 'say what would happen; write nothing, mark nothing')
  .option(...json)
  .action(lazy(async () => (await mailCommands()).mailFetch));
mail
  .command('import <paths...>')
  .description('take in .eml files and mbox archives (an old support mailbox), each message once')
  .option('--dry-run', 'say what would happen; write nothing')
  .option(...json)
  .action(lazy(async () => (await mailCommands()).mailImport));
mail
  .command('send')
  .description('send what waits in the outbox (replies and acknowledgements not sent yet)')
  .option(
    '--resend <message-id>',
    'send again a mail whose sending was cut off, after checking it did not arrive (repeatable)',
    collect,
  )
  .option('--take-over', 'also send mail another clone queued')
  .option(...json)
  .action(lazy(async () => (await mailCommands()).mailSend));
const templateCommands = () => import('./commands/template.js');
const template = program.command('template').description('text blocks for replies in templates/ (docs/email.md)');
template
  .command('list')
  .description('the templates and their languages')
  .option(...json)
  .action(lazy(async () => (await templateCommands()).templateList));
template
  .command('show <name>')
  .description('a template as it is, with its placeholders')
  .addOption(new Option('--lang <lang>', 'language').choices(['de', 'en']).default('de'))
  .option(...json)
  .action(lazy(async () => (await templateCommands()).templateShow));
// --- end mail ---

// --- support that speaks first: notifications, announcements (docs/communication.md) ---
program
  .command('notify')
  .description('tell staff what is due (escalations, approvals, deadlines, quotas …) by mail and webhook; each once')
  .option('--dry-run', 'say what would be sent; send and write nothing')
  .option('--no-sync', 'do not settle with the shared repository which clone sends (one clone only)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/notify.js')).notify));
program
  .command('announce')
  .description(
    'one mail per contact of the chosen customers, in their language, through the outbox; recorded in announcements/',
  )
  .option('--subject <text>', 'the subject (and name) of the announcement; a text block may give its own')
  .option(
    '--file <path>',
    'the text: a "--- de" and a "--- en" block, placeholders like {{greeting}} (docs/communication.md)',
  )
  .option('--product <id>', 'customers using this product (repeatable)', collect)
  .option('-c, --customer <id>', 'this customer (repeatable)', collect)
  .option('--contract-kind <kind>', 'customers whose contract in force is of this kind: service, commitment, none')
  .option('--role <text>', 'only contacts whose role contains this, e.g. IT or Einkauf')
  .option('--dry-run', 'who would get what, with the texts as they read them; send and write nothing')
  .option('--no-send', 'queue only: desk mail send sends them')
  .option(...json)
  .action(lazy(async () => (await import('./commands/announce.js')).announce));
// --- end support that speaks first ---

program
  .command('sync')
  .description("send and receive: bring in the team's changes, send yours (docs/sync.md)")
  .option('--remote <name>', "the shared remote (default: the branch's upstream, then origin)")
  .option(...json)
  .action(lazy(async () => (await import('./commands/sync.js')).sync));
// --- the layout of the files (repo17) ---
program
  .command('upgrade')
  .description('move the files of a helpdesk made by an older desk into the current layout (one commit)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/upgrade.js')).upgrade));
// ---
program
  .command('setup')
  .description('set this clone up to merge ticket files by their events (automatic on first use)')
  .option(...json)
  .action(lazy(async () => (await import('./commands/setup.js')).setup));
program
  .command('merge-driver <base> <ours> <theirs> [path]', { hidden: true })
  .description('run by git for ticket files (merge=desk-ticket)')
  .action(lazy(async () => (await import('./commands/merge-driver.js')).mergeDriver));

// --- the terminal: completion (docs/terminal.md) ---
program
  .command('completion')
  .description('print the completion script for bash, zsh or fish: source <(desk completion bash)')
  .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
  .action(lazy(async () => (await import('./commands/completion.js')).completion));
program
  .command('__complete <shell> [words...]', { hidden: true })
  .description('run by the completion scripts on Tab: the offers for the last word')
  .helpOption(false)
  .allowUnknownOption()
  // not through lazy(): a Tab must not load the error reporting and colours, and prints nothing on failure
  .action(async (shell: string, words: string[]) => (await import('./commands/completion.js')).complete(shell, words));
program
  .command('tui')
  .description('the queue full-screen: deadlines counting down, filters, the timeline, actions on keys')
  .option('--plain', 'for screen readers: no colours, no redrawing by itself, rows read as sentences')
  .action(lazy(async () => (await import('./commands/tui.js')).tui));
/** The command table, for completion to walk. */
export const commandTable = (): Command => program;
// --- end of the terminal ---

/** `desk` alone (global options aside) in a terminal answers "what next?" with the queue; elsewhere it prints help. */
function withDefaultCommand(args: readonly string[]): string[] {
  const global = (a: string, i: number) =>
    ['--repo', '--as', '--no-pager'].includes(a) ||
    /^--(repo|as)=/.test(a) ||
    ['--repo', '--as'].includes(args[i - 1] ?? '');
  return args.every(global) && io().stdin.isTTY && io().stdout.isTTY ? [...args, 'queue'] : [...args];
}

/** Runs desk with `args` (the words after `desk`); the exit code is left in `io().exitCode`. */
export async function runDesk(args: readonly string[]): Promise<void> {
  const asked = io().env.DESK_LANG;
  if (asked && !languageOf(asked)) {
    io().stderr.write(`${t('cli.badLanguage', { value: asked })}\n`);
    io().exitCode = 2;
    return;
  }
  await useLanguage(); // from the environment; desk.yaml may still decide (cli/context.ts)
  try {
    await program.parseAsync(withDefaultCommand(args), { from: 'user' });
  } catch (e: unknown) {
    // commander has printed its message already; help and version are not errors
    const code = (e as { code?: string }).code;
    io().exitCode =
      code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help' ? 0 : 2;
  }
}
