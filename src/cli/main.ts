import { Argument, Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { io } from '../io/context.js';
import { DeskCommand } from './commander-texts.js';
import { languageOf, t, useLanguage } from '../i18n/index.js';

/**
 * The command table. Each action imports its module only when it runs, so `desk --version`
 * and `desk --help` never load git, YAML, prompts or even the error reporting and colours.
 * `runDesk` at the end runs it with the current run's surroundings (io/context.ts): the desk
 * process (lean/start.ts, built; cli/entry.ts, from the sources), or a test running commands in-process.
 */
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
const program = new DeskCommand('desk')
  .description('helpSystem.desk')
  .version(version)
  .option('--repo <dir>', 'helpSystem.deskRepo')
  .option('--as <staff>', 'helpSystem.deskAs')
  .option('--no-pager', 'helpSystem.deskNoPager')
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
const json = ['--json', 'helpSystem.json'] as const;

program
  .command('init [dir]')
  .description('helpSystem.init')
  .option('--company <name>', 'helpSystem.initCompany')
  .option(...json)
  .action(lazy(async () => (await import('./commands/init.js')).init));

program
  .command('open')
  .description('helpTickets.open')
  .option('-t, --title <text>', 'helpTickets.openTitle')
  .option('-c, --customer <id>', 'helpTickets.openCustomer')
  .option('-d, --description <text>', 'helpTickets.openDescription')
  .option('--description-file <file>', 'helpTickets.openDescriptionFile')
  .addOption(
    new Option('--channel <channel>', 'helpTickets.openChannel').choices([
      'phone',
      'e-mail',
      'portal',
      'on-site',
      'remote-session',
    ]),
  )
  .option('--contact <name>', 'helpTickets.openContact')
  .option('--conversation', 'helpTickets.openConversation')
  .option('--no-conversation', 'helpTickets.openNoConversation')
  .option('--received-at <time>', 'helpTickets.openReceivedAt')
  .option('--category <category>', 'helpTickets.openCategory')
  .option('--product <product[/module]>', 'helpTickets.openProduct')
  .option('--priority <priority>', 'helpTickets.openPriority')
  .option(...json)
  .action(lazy(async () => (await import('./commands/open.js')).open));

program
  .command('qualify <id>')
  .description('helpTickets.qualify')
  .option('--category <category>', 'helpTickets.qualifyCategory')
  .option('--product <product[/module]>', 'helpTickets.qualifyProduct')
  .option('--priority <priority>', 'helpTickets.qualifyPriority')
  .option(...json)
  .action(lazy(async () => (await wf()).qualify));
program
  .command('assign <args...>')
  .usage('ID... STAFF  (or: desk list ... --ids | desk assign STAFF)')
  .description('helpTickets.assign')
  .option(...json)
  .action(lazy(async () => (await wf()).assign));
program
  .command('escalate <id>')
  .description('helpTickets.escalate')
  .option('-r, --reason <text>', 'helpTickets.escalateReason')
  .option('--to <staff>', 'helpTickets.escalateTo')
  .option(...json)
  .action(lazy(async () => (await wf()).escalate));
program
  .command('estimate <id> <effort>')
  .description('helpTickets.estimate')
  .option('--note <text>', 'helpTickets.estimateNote')
  .option(...json)
  .action(lazy(async () => (await wf()).estimate));
program
  .command('approve <id>')
  .description('helpTickets.approve')
  .option('--note <text>', 'helpTickets.approveNote')
  .option(...json)
  .action(lazy(async () => (await wf()).approve));
program
  .command('handoff <id>')
  .description('helpTickets.handoff')
  .addOption(new Option('--to <target>', 'helpTickets.handoffTo').choices(['project-lead', 'sales']))
  .option('-r, --reason <text>', 'helpTickets.handoffReason')
  .option(...json)
  .action(lazy(async () => (await wf()).handoff));
program
  .command('reply <id>')
  .description('helpTickets.reply')
  .option('-m, --message <text>', 'helpTickets.replyMessage')
  .option('--file <file>', 'helpTickets.replyFile')
  .option('--template <name>', 'helpTickets.replyTemplate')
  .option('--cc <address>', 'helpTickets.replyCc', (v: string, all: string[] = []) => [...all, v])
  .option('--attach <file>', 'helpTickets.replyAttach', (v: string, all: string[] = []) => [...all, v])
  .option('--to <address>', 'helpTickets.replyTo')
  .option('--no-send', 'helpTickets.replyNoSend')
  .option('--from-customer', 'helpTickets.replyFromCustomer')
  .option('--kb <slug>', 'helpTickets.replyKb')
  .option(...json)
  .action(lazy(async () => (await import('./commands/reply.js')).reply));
program
  .command('comment <id>')
  .description('helpTickets.comment')
  .option('-m, --message <text>', 'helpTickets.commentMessage')
  .option(...json)
  .action(lazy(async () => (await wf()).comment));
program
  .command('wait [ids...]')
  .description('helpTickets.wait')
  .option('-r, --reason <text>', 'helpTickets.waitReason')
  .option('--until <day|days>', 'helpTickets.waitUntil')
  .option(...json)
  .action(lazy(async () => (await wf()).wait));
program
  .command('resolve <id>')
  .description('helpTickets.resolve')
  .option('-s, --solution <text>', 'helpTickets.resolveSolution')
  .option('--kb <slug>', 'helpTickets.resolveKb')
  .option(...json)
  .action(lazy(async () => (await wf()).resolve));
program
  .command('return <id>')
  .description('helpTickets.return')
  .option('--note <text>', 'helpTickets.returnNote')
  .option(...json)
  .action(lazy(async () => (await wf()).giveBack));
program
  .command('close [ids...]')
  .description('helpTickets.close')
  .option('--accepted-by <name>', 'helpTickets.closeAcceptedBy')
  .option('--without-acceptance', 'helpTickets.closeWithoutAcceptance')
  .option('-r, --reason <text>', 'helpTickets.closeReason')
  .option('--spam', 'helpTickets.closeSpam')
  .option('--as-duplicate-of <id>', 'helpTickets.closeAsDuplicateOf')
  .option(...json)
  .action(lazy(async () => (await wf()).close));
program
  .command('reopen <id>')
  .description('helpTickets.reopen')
  .option('-r, --reason <text>', 'helpTickets.reopenReason')
  .option(...json)
  .action(lazy(async () => (await wf()).reopen));
program
  .command('tag <args...>')
  .usage('ID... +TAG -TAG  (or: desk list ... --ids | desk tag +TAG)')
  .description('helpTickets.tag')
  .option(...json)
  .allowUnknownOption()
  .action(lazy(async () => (await import('./commands/tag.js')).tag));
program
  .command('attach <id> <files...>')
  .description('helpTickets.attach')
  .option(...json)
  .action(lazy(async () => (await import('./commands/attach.js')).attach));
program
  .command('edit <id>')
  .description('helpTickets.edit')
  .option('-t, --title <text>', 'helpTickets.editTitle')
  .option('--contact <name>', 'helpTickets.editContact')
  .option('-c, --customer <id>', 'helpTickets.editCustomer')
  .option('-d, --description <text>', 'helpTickets.editDescription')
  .option('--channel <channel>', 'helpTickets.editChannel')
  .option('--received-at <time>', 'helpTickets.editReceivedAt')
  .option('-r, --reason <text>', 'helpTickets.editReason')
  .option(...json)
  .action(lazy(async () => (await import('./commands/edit.js')).edit));
program
  .command('merge <duplicate> <into>')
  .description('helpTickets.merge')
  .option(...json)
  .action(lazy(async () => (await import('./commands/merge.js')).merge));
program
  .command('feedback <id>')
  .description('helpTickets.feedback')
  .option('--score <n>', 'helpTickets.feedbackScore')
  .option('-m, --message <text>', 'helpTickets.feedbackMessage')
  .option('--from <contact>', 'helpTickets.feedbackFrom')
  .option(...json)
  .action(lazy(async () => (await import('./commands/feedback.js')).feedback));

program
  .command('log [id] [duration]')
  .description('helpTime.log')
  .option('-a, --activity <activity>', 'helpTime.logActivity')
  .option('--on <date>', 'helpTime.logOn')
  .option('-m, --message <note>', 'helpTime.logMessage')
  .option('--non-billable', 'helpTime.logNonBillable')
  .option('-r, --reason <text>', 'helpTime.logReason')
  .option('--undo <entry>', 'helpTime.logUndo')
  .option('--replace <entry>', 'helpTime.logReplace')
  .option('--confirm <entry>', 'helpTime.logConfirm')
  .option(...json)
  .action(lazy(async () => (await import('./commands/time.js')).log));
// moves made apart in two clones (docs/sync.md)
program
  .command('settle <id>')
  .description('helpTime.settle')
  .option('-m, --message <note>', 'helpTime.settleMessage')
  .option(...json)
  .action(lazy(async () => (await import('./commands/settle.js')).settle));

const sessions = () => import('./commands/session.js');
program
  .command('start <id>')
  .description('helpTime.start')
  .option('-a, --activity <activity>', 'helpTime.startActivity')
  .option('-m, --message <note>', 'helpTime.startMessage')
  .option(...json)
  .action(lazy(async () => (await sessions()).start));
program
  .command('stop')
  .description('helpTime.stop')
  .option('-m, --message <note>', 'helpTime.logMessage')
  .option('-a, --activity <activity>', 'helpTime.stopActivity')
  .option('--duration <duration>', 'helpTime.stopDuration')
  .option('--discard', 'helpTime.stopDiscard')
  .option('-y, --yes', 'helpSessions.stopYes')
  .option(...json)
  .action(lazy(async () => (await sessions()).stop));
program
  .command('status')
  .description('helpTime.status')
  .option(...json)
  .action(lazy(async () => (await sessions()).status));
program
  .command('link <id>')
  .description('helpTickets.link')
  .option('--commit <rev>', 'helpTickets.linkCommit')
  .option('--scan', 'helpTickets.linkScan')
  .option('--since <rev>', 'helpTickets.linkSince')
  .option('--code-repo <dir>', 'helpTickets.linkCodeRepo')
  .option(...json)
  .action(lazy(async () => (await import('./commands/link.js')).link));
const hookCommands = () => import('./commands/hooks.js');
const hooks = program.command('hooks').description('helpSystem.hooks');
hooks
  .command('install')
  .description('helpSystem.hooksInstall')
  .option('--code-repo <dir>', 'helpSystem.hooksInstallCodeRepo')
  .action(lazy(async () => (await hookCommands()).hooksInstall));
hooks
  .command('uninstall')
  .description('helpSystem.hooksUninstall')
  .option('--code-repo <dir>', 'helpSystem.hooksInstallCodeRepo')
  .action(lazy(async () => (await hookCommands()).hooksUninstall));
hooks
  .command('run <hook> [args...]', { hidden: true })
  .option('--code-repo <dir>')
  .action(lazy(async () => (await hookCommands()).hooksRun));
const customers = () => import('./commands/customer.js');
const customer = program.command('customer').description('helpCustomers.customer');
customer
  .command('list')
  .description('helpCustomers.customerList')
  .option(...json)
  .action(lazy(async () => (await customers()).customerList));
customer
  .command('show <customer>')
  .description('helpCustomers.customerShow')
  .option(...json)
  .action(lazy(async () => (await customers()).customerShow));
customer
  .command('review <customer>')
  .description('helpCustomers.customerReview')
  .option('--date <date>', 'helpCustomers.customerReviewDate')
  .option('--by <staff>', 'helpCustomers.customerReviewBy')
  .option('--notes <text>', 'helpCustomers.customerReviewNotes')
  .option(...json)
  .action(lazy(async () => (await customers()).customerReview));
customer
  .command('add <customer>')
  .description('helpCustomers.customerAdd')
  .option('--name <name>', 'helpCustomers.customerAddName')
  .option('--street <street>', 'helpCustomers.customerAddStreet')
  .option('--postal-code <code>', 'helpCustomers.customerAddPostalCode')
  .option('--city <city>', 'helpCustomers.customerAddCity')
  .option('--country <code>', 'helpCustomers.customerAddCountry')
  .option('--vat-id <id>', 'helpCustomers.customerAddVatId')
  .option('--buyer-reference <ref>', 'helpCustomers.customerAddBuyerReference')
  .option('--invoice-email <email>', 'helpCustomers.customerAddInvoiceEmail')
  .addOption(new Option('--language <lang>', 'helpCustomers.customerAddLanguage').choices(['de', 'en']))
  .option('--project-lead <staff>', 'helpCustomers.customerAddProjectLead')
  .option('--sales-rep <staff>', 'helpCustomers.customerAddSalesRep')
  .option('--contact <"Name <email>">', 'helpCustomers.customerAddContact', (v: string, all: string[] = []) => [
    ...all,
    v,
  ])
  .option(...json)
  .action(lazy(async () => (await customers()).customerAdd));
const contracts = () => import('./commands/contract.js');
const contract = program.command('contract').description('helpCustomers.contract');
contract
  .command('show <customer>')
  .description('helpCustomers.contractShow')
  .option('--at <date>', 'helpCustomers.contractShowAt')
  .option(...json)
  .action(lazy(async () => (await contracts()).contractShow));
contract
  .command('add <customer>')
  .description('helpCustomers.contractAdd')
  .addOption(new Option('--kind <kind>', 'helpCustomers.contractAddKind').choices(['service', 'commitment', 'none']))
  .option('--start <date>', 'helpCustomers.contractAddStart')
  .option('--end <date>', 'helpCustomers.contractAddEnd')
  .addOption(new Option('--period <period>', 'helpCustomers.contractAddPeriod').choices(['month', 'quarter', 'year']))
  .option('--fee <eur>', 'helpCustomers.contractAddFee')
  .option('--included-hours <hours>', 'helpCustomers.contractAddIncludedHours')
  .option('--overage-rate <eur>', 'helpCustomers.contractAddOverageRate')
  .option('--hourly-rate <eur>', 'helpCustomers.contractAddHourlyRate')
  .addOption(new Option('--settlement <how>', 'helpCustomers.contractAddSettlement').choices(['per-period', 'pooled']))
  .addOption(
    new Option('--pool-window <window>', 'helpCustomers.contractAddPoolWindow').choices(['quarter', 'contract-year']),
  )
  .option('--increment <minutes>', 'helpCustomers.contractAddIncrement')
  .option('--analysis-cap <hours>', 'helpCustomers.contractAddAnalysisCap')
  .option('--reaction-time <hours>', 'helpCustomers.contractAddReactionTime')
  .option('--minimum-hours <hours>', 'helpCustomers.contractAddMinimumHours')
  .option('--rate <eur>', 'helpCustomers.contractAddRate')
  .addOption(new Option('--unused <policy>', 'helpCustomers.contractAddUnused').choices(['forfeit', 'carry-over']))
  .option(...json)
  .action(lazy(async () => (await contracts()).contractAdd));
program
  .command('usage [customer]')
  .description('helpCustomers.usage')
  .option('--period <period>', 'helpCustomers.usagePeriod')
  .option('--send', 'helpCustomers.usageSend')
  .option('--to <contact>', 'helpCustomers.usageTo')
  .option('--all', 'helpCustomers.usageAll')
  .option('--dry-run', 'helpCustomers.usageDryRun')
  .option(...json)
  .action(lazy(async () => (await import('./commands/usage.js')).usage));
const invoices = () => import('./commands/invoice.js');
const invoice = program.command('invoice').description('helpMoney.invoice');
invoice
  .command('run')
  .description('helpMoney.invoiceRun')
  .option('--date <date>', 'helpMoney.invoiceRunDate')
  .option('-c, --customer <id>', 'helpMoney.invoiceRunCustomer')
  .addOption(
    new Option('--format <format>', 'helpMoney.invoiceRunFormat').choices([
      'xrechnung-ubl',
      'xrechnung-cii',
      'factur-x',
    ]),
  )
  .option('--dry-run', 'helpMoney.invoiceRunDryRun')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceRun));
invoice
  .command('cancel <number>')
  .description('helpMoney.invoiceCancel')
  .option('-r, --reason <text>', 'helpMoney.invoiceCancelReason')
  .option('--date <date>', 'helpMoney.invoiceCancelDate')
  .option('--dry-run', 'helpMoney.invoiceCancelDryRun')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceCancel));
invoice
  .command('list')
  .description('helpMoney.invoiceList')
  .option('-c, --customer <id>', 'helpMoney.invoiceListCustomer')
  .option('--year <year>', 'helpMoney.invoiceListYear')
  .option('--open', 'helpMoney.invoiceListOpen')
  .option('--overdue', 'helpMoney.invoiceListOverdue')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceList));
invoice
  .command('show <number>')
  .description('helpMoney.invoiceShow')
  .option(...json)
  .action(lazy(async () => (await invoices()).invoiceShow));
// --- payments, dunning, DATEV export (docs/payments.md) ---
const payments = () => import('./commands/payment.js');
const payment = program.command('payment').description('helpMoney.payment');
payment
  .command('add <number>')
  .description('helpMoney.paymentAdd')
  .option('--amount <eur>', 'helpMoney.paymentAddAmount')
  .option('--date <date>', 'helpMoney.paymentAddDate')
  .option('--reference <text>', 'helpMoney.paymentAddReference')
  .option('--credit-note <number>', 'helpMoney.paymentAddCreditNote')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentAdd));
payment
  .command('list')
  .description('helpMoney.paymentList')
  .option('-c, --customer <id>', 'helpMoney.invoiceListCustomer')
  .option('--unmatched', 'helpMoney.paymentListUnmatched')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentList));
payment
  .command('import <file>')
  .description('helpMoney.paymentImport')
  .option('--dry-run', 'helpMoney.paymentImportDryRun')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentImport));
payment
  .command('assign <id> <number>')
  .description('helpMoney.paymentAssign')
  .option(...json)
  .action(lazy(async () => (await payments()).paymentAssign));
const dunning = () => import('./commands/dunning.js');
const dunningGroup = program.command('dunning').description('helpMoney.dunning');
dunningGroup
  .command('run')
  .description('helpMoney.dunningRun')
  .option('--date <date>', 'helpMoney.dunningRunDate')
  .option('--dry-run', 'helpMoney.dunningRunDryRun')
  .option('--no-mail', 'helpMoney.dunningRunNoMail')
  .option(...json)
  .action(lazy(async () => (await dunning()).dunningRun));
dunningGroup
  .command('list')
  .description('helpMoney.dunningList')
  .option('-c, --customer <id>', 'helpMoney.invoiceListCustomer')
  .option(...json)
  .action(lazy(async () => (await dunning()).dunningList));
const exports = program.command('export').description('helpMoney.export');
exports
  .command('datev')
  .description('helpMoney.exportDatev')
  .option('--period <period>', 'helpMoney.exportDatevPeriod')
  .option('-o, --out <file>', 'helpMoney.exportDatevOut')
  .action(lazy(async () => (await import('./commands/export-datev.js')).exportDatev));
// --- end of payments ---
const kbCommands = () => import('./commands/kb.js');
const kb = program.command('kb').description('helpKb.kb');
kb.command('list')
  .description('helpKb.kbList')
  .option('--tag <tag>', 'helpKb.kbListTag')
  .option('--product <product>', 'helpKb.kbListProduct')
  .addOption(new Option('--lang <lang>', 'helpKb.kbListLang').choices(['de', 'en']))
  .addOption(new Option('--audience <audience>', 'helpKb.kbListAudience').choices(['internal', 'customer']))
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbList));
kb.command('show <slug>')
  .description('helpKb.kbShow')
  .option('--raw', 'helpKb.kbShowRaw')
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbShow));
kb.command('search <query...>')
  .description('helpKb.kbSearch')
  .option('--limit <n>', 'helpKb.kbSearchLimit')
  .addOption(new Option('--lang <lang>', 'helpKb.kbSearchLang').choices(['de', 'en']))
  .option('--product <product>', 'helpKb.kbSearchProduct')
  .option(...json)
  // as a process, desk kb search starts on the lean path (lean/commands.ts), not through this table
  .action(lazy(async () => (await import('./commands/kb-search.js')).kbSearch));
kb.command('new')
  .description('helpKb.kbNew')
  .option('--title <title>', 'helpTickets.editTitle')
  .option('--from-ticket <id>', 'helpKb.kbNewFromTicket')
  .option('--slug <slug>', 'helpKb.kbNewSlug')
  .addOption(new Option('--lang <lang>', 'helpKb.kbNewLang').choices(['de', 'en']))
  .addOption(new Option('--audience <audience>', 'helpKb.kbNewAudience').choices(['internal', 'customer']))
  .option('--tag <tag>', 'helpKb.kbNewTag', (v: string, all: string[] = []) => [...all, v])
  .option('--product <product>', 'helpKb.kbNewProduct', (v: string, all: string[] = []) => [...all, v])
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbNew));
kb.command('edit <slug>')
  .description('helpKb.kbEdit')
  .action(lazy(async () => (await kbCommands()).kbEdit));
// kb publish: the customer articles as a static help center
kb.command('publish')
  .description('helpKb.kbPublish')
  .option('--out <dir>', 'helpKb.kbPublishOut')
  .addOption(new Option('--lang <lang>', 'helpKb.kbPublishLang').choices(['de', 'en']))
  .option('--base-url <url>', 'helpKb.kbPublishBaseUrl')
  .option(...json)
  .action(lazy(async () => (await import('./commands/kb-publish.js')).kbPublish));
kb.command('link <id> <slug>')
  .description('helpKb.kbLink')
  .option(...json)
  .action(lazy(async () => (await kbCommands()).kbLink));
program
  .command('show <id>')
  .description('helpTickets.show')
  .option('--attachment <name>', 'helpTickets.showAttachment')
  .option('-o, --out <file>', 'helpTickets.showOut')
  .option(...json)
  .action(lazy(async () => (await import('./commands/show.js')).show));
/** The filters `desk list` and `desk search` share (cli/commands/list.ts ticketFilter). */
function withTicketFilters(cmd: Command): Command {
  return cmd
    .option('--level <n>', 'helpTickets.listLevel')
    .option('--customer <id>', 'helpMoney.invoiceListCustomer')
    .option('--assignee <staff>', 'helpTickets.listAssignee')
    .option('--category <category>', 'helpTickets.listCategory')
    .option('--product <product>', 'helpTickets.listProduct')
    .option('--mine', 'helpTickets.listMine')
    .option('--tag <tag>', 'helpTickets.listTag', (v: string, all: string[] = []) => [...all, v]);
}
withTicketFilters(
  program.command('list').description('helpTickets.list').option('--status <list>', 'helpTickets.listStatus'),
)
  .option('--all', 'helpTickets.listAll')
  .option('--ids', 'helpTickets.listIds')
  .addOption(new Option('--sort <order>', 'helpTickets.listSort').choices(['urgency', 'deadline']).default('urgency'))
  .option(...json)
  .action(lazy(async () => (await import('./commands/list.js')).list));
withTicketFilters(
  program
    .command('search <query...>')
    .description('helpTickets.search')
    .option('--limit <n>', 'helpKb.kbSearchLimit')
    .option('--status <list>', 'helpTickets.searchStatus'),
)
  .option(...json)
  .action(lazy(async () => (await import('./commands/search.js')).search));
program
  .command('queue')
  .description('helpTickets.queue')
  .option(...json)
  .action(lazy(async () => (await import('./commands/sla.js')).queue));
program
  .command('sla')
  .description('helpTickets.sla')
  .option('--within <duration>', 'helpTickets.slaWithin')
  .option('--breached', 'helpTickets.slaBreached')
  .option('--fail-on-breach', 'helpTickets.slaFailOnBreach')
  .option(...json)
  .action(lazy(async () => (await import('./commands/sla.js')).sla));
const collect = (v: string, all: string[] = []) => [...all, v];
program
  .command('report [name] [customer]')
  .description('helpMoney.report')
  .option('--period <period>', 'helpMoney.reportPeriod')
  .option('-c, --customer <id>', 'helpMoney.invoiceRunCustomer')
  .option('--tag <tag>', 'helpMoney.reportTag', (v: string, all: string[] = []) => [...all, v])
  .option('--format <format>', 'helpMoney.reportFormat')
  .option('-o, --out <file>', 'helpMoney.reportOut')
  .option('--as-of <date>', 'helpMoney.reportAsOf')
  .option('--fail-under <metric=value>', 'helpMoney.reportFailUnder', collect)
  .option('--fail-over <metric=value>', 'helpMoney.reportFailOver', collect)
  .option('--csv-locale <locale>', 'helpMoney.reportCsvLocale')
  .option('--lang <language>', 'helpReport.lang')
  .option('--header <kind>', 'helpReport.header')
  .option('--send-to <roles>', 'helpMoney.reportSendTo')
  .option('--dry-run', 'helpMoney.reportDryRun')
  .option(...json)
  .action(lazy(async () => (await import('./commands/report.js')).report));
program
  .command('housekeeping')
  .description('helpTickets.housekeeping')
  .option(...json)
  .action(lazy(async () => (await import('./commands/housekeeping.js')).housekeeping));
program
  .command('check')
  .description('helpSystem.check')
  .option(...json)
  .action(lazy(async () => (await import('./commands/check.js')).check));

// --- mail (docs/email.md) ---
const mailCommands = () => import('./commands/mail.js');
const mail = program.command('mail').description('helpMail.mail');
mail
  .command('fetch')
  .description('helpMail.mailFetch')
  .option('--source <name>', 'helpMail.mailFetchSource')
  .option('--dry-run', 'helpMail.mailFetchDryRun')
  .option(...json)
  .action(lazy(async () => (await mailCommands()).mailFetch));
mail
  .command('import <paths...>')
  .description('helpMail.mailImport')
  .option('--dry-run', 'helpMail.mailImportDryRun')
  .option(...json)
  .action(lazy(async () => (await mailCommands()).mailImport));
mail
  .command('send')
  .description('helpMail.mailSend')
  .option('--resend <message-id>', 'helpMail.mailSendResend', collect)
  .option('--take-over', 'helpMail.mailSendTakeOver')
  .option(...json)
  .action(lazy(async () => (await mailCommands()).mailSend));
const templateCommands = () => import('./commands/template.js');
const template = program.command('template').description('helpMail.template');
template
  .command('list')
  .description('helpMail.templateList')
  .option(...json)
  .action(lazy(async () => (await templateCommands()).templateList));
template
  .command('show <name>')
  .description('helpMail.templateShow')
  .addOption(new Option('--lang <lang>', 'helpKb.kbListLang').choices(['de', 'en']).default('de'))
  .option(...json)
  .action(lazy(async () => (await templateCommands()).templateShow));
// --- end mail ---

// --- support that speaks first: notifications, announcements (docs/communication.md) ---
program
  .command('notify')
  .description('helpCommunication.notify')
  .option('--dry-run', 'helpCommunication.notifyDryRun')
  .option('--no-sync', 'helpCommunication.notifyNoSync')
  .option(...json)
  .action(lazy(async () => (await import('./commands/notify.js')).notify));
program
  .command('announce')
  .description('helpCommunication.announce')
  .option('--subject <text>', 'helpCommunication.announceSubject')
  .option('--file <path>', 'helpCommunication.announceFile')
  .option('--product <id>', 'helpCommunication.announceProduct', collect)
  .option('-c, --customer <id>', 'helpCommunication.announceCustomer', collect)
  .option('--contract-kind <kind>', 'helpCommunication.announceContractKind')
  .option('--role <text>', 'helpCommunication.announceRole')
  .option('--dry-run', 'helpCommunication.announceDryRun')
  .option('--no-send', 'helpCommunication.announceNoSend')
  .option(...json)
  .action(lazy(async () => (await import('./commands/announce.js')).announce));
program
  .command('feedback-requests')
  .description('helpCommunication.feedbackRequests')
  .option('--dry-run', 'helpCommunication.feedbackRequestsDryRun')
  .option(...json)
  .action(lazy(async () => (await import('./commands/feedback-requests.js')).feedbackRequests));
const survey = program.command('survey').description('helpCommunication.survey');
survey
  .command('send')
  .description('helpCommunication.surveySend')
  .option('--customers <ids>', 'helpCommunication.surveyCustomers')
  .option('--question-file <path>', 'helpCommunication.surveyQuestionFile')
  .option('--subject <text>', 'helpCommunication.surveySubject')
  .option('--dry-run', 'helpCommunication.surveyDryRun')
  .option(...json)
  .action(lazy(async () => (await import('./commands/survey.js')).surveySend));
program
  .command('digest')
  .description('helpCommunication.digest')
  .option('--weekly', 'helpCommunication.digestWeekly')
  .option('--dry-run', 'helpCommunication.digestDryRun')
  .option(...json)
  .action(lazy(async () => (await import('./commands/digest.js')).digest));
// --- end support that speaks first ---

program
  .command('sync')
  .description('helpSystem.sync')
  .option('--remote <name>', 'helpSystem.syncRemote')
  .option(...json)
  .action(lazy(async () => (await import('./commands/sync.js')).sync));
// --- the layout of the files (repo17) ---
program
  .command('upgrade')
  .description('helpSystem.upgrade')
  .option(...json)
  .action(lazy(async () => (await import('./commands/upgrade.js')).upgrade));
// ---
program
  .command('setup')
  .description('helpSystem.setup')
  .option(...json)
  .action(lazy(async () => (await import('./commands/setup.js')).setup));
program
  .command('merge-driver <base> <ours> <theirs> [path]', { hidden: true })
  .description('helpSystem.mergeDriver')
  .action(lazy(async () => (await import('./commands/merge-driver.js')).mergeDriver));

// --- the terminal: completion (docs/terminal.md) ---
program
  .command('completion')
  .description('helpSystem.completion')
  .addArgument(new Argument('<shell>', 'helpSystem.completionArgShell').choices(['bash', 'zsh', 'fish']))
  .action(lazy(async () => (await import('./commands/completion.js')).completion));
program
  .command('__complete <shell> [words...]', { hidden: true })
  .description('helpSystem.complete')
  .helpOption(false)
  .allowUnknownOption()
  // not through lazy(): a Tab must not load the error reporting and colours, and prints nothing on failure
  .action(async (shell: string, words: string[]) => (await import('./commands/completion.js')).complete(shell, words));
program
  .command('tui')
  .description('helpSystem.tui')
  .option('--plain', 'helpSystem.tuiPlain')
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
