import { forTerminalLine } from '../../core/safe-text/index.js';
import { t } from '../../i18n/index.js';

/** What `desk tui` says, in one place (the message catalog takes them from here). */
export const WORDS = {
  loading: 'Loading the queue…',
  queueFailed: 'desk queue failed',
  searching: (title: string) => `searching the knowledge base for "${forTerminalLine(title)}" …`,
  noArticle: 'no article found for this ticket',
  article: (slug: string) => `article ${slug} — Esc back`,
  customerFilter: 'Customer (empty: all)',
  tagFilter: 'Tag (empty: all)',
  newCall: 'New ticket by phone: customer and title',
  newCallProblem: 'open: give the customer and a title',
  nothingGiven: (label: string) => `${label}: nothing given, nothing changed`,
  title: (filter: string, shown: number, all: number, heading: string) =>
    `desk tui — ${filter} — ${shown} of ${all}${heading ? ` — ${heading}` : ''}`,
  emptyForEditor: ' (empty: your editor)',
  editorDone: (command: string) => `desk ${command}: done in the editor`,
  editorAborted: (command: string) => `desk ${command}: nothing was changed`,
  noMatch: 'No ticket matches the filter (x: all).',
  empty: 'Nothing in the queue.',
};

export const KEYS = `Keys of desk tui

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
  K  article       the knowledge-base article that best matches the title

?  these keys     q  quit`;

export const HELP =
  '? keys  j/k move  Enter open  r reply  n note  f qualify  e escalate  l log  w wait  s resolve  c close  K article  O new  m mine  1/2/0 level  C customer  T tag  x all  q quit';

/** Every key, with the keys for taking, tagging and handing off among those on the selected ticket. */
export const keysText = (): string => KEYS.replace('\n\n?  these keys', `\n${t('tui.keysMore')}\n\n?  these keys`);
