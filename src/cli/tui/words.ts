import { forTerminalLine } from '../../core/safe-text/index.js';
import { t } from '../../i18n/index.js';

/** What `desk tui` says, in one place, each in the reader's language (catalog area tuiWords). */
export const WORDS = {
  get loading() {
    return t('tuiWords.loading');
  },
  get queueFailed() {
    return t('tuiWords.queueFailed');
  },
  searching: (title: string) => t('tuiWords.searching', { title: forTerminalLine(title) }),
  get noArticle() {
    return t('tuiWords.noArticle');
  },
  article: (slug: string) => t('tuiWords.article', { slug }),
  get customerFilter() {
    return t('tuiWords.customerFilter');
  },
  get tagFilter() {
    return t('tuiWords.tagFilter');
  },
  get newCall() {
    return t('tuiWords.newCall');
  },
  get newCallProblem() {
    return t('tuiWords.newCallProblem');
  },
  nothingGiven: (label: string) => t('tuiWords.nothingGiven', { action: label }),
  title: (filter: string, shown: number, all: number, heading: string) =>
    t('tuiWords.title', { filter, shown, all, heading: heading || 'none' }),
  get emptyForEditor() {
    return t('tuiWords.emptyForEditor');
  },
  editorDone: (command: string) => t('tuiWords.editorDone', { command }),
  editorAborted: (command: string) => t('tuiWords.editorAborted', { command }),
  get noMatch() {
    return t('tuiWords.noMatch');
  },
  get empty() {
    return t('tuiWords.empty');
  },
};

/** The key line under the queue, with the keys for taking, tagging and handing off among them. */
export const helpLine = (): string => t('tuiWords.help', { more: t('tui.helpMore') });

/** Every key, with the keys for taking, tagging and handing off among those on the selected ticket. */
export const keysText = (): string => `${t('tuiWords.keys')}\n${t('tui.keysMore')}\n\n${t('tuiWords.keysEnd')}`;
