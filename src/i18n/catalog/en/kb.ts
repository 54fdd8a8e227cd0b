/** `desk kb …`: search, suggestions, articles. */
export const kb = {
  badLimit: '--limit: "{value}" is not a positive whole number',
  indexing: 'Indexing the knowledge base',
  note: 'note',
  withoutIndex: 'searched without the index ({error}); every search reads all articles until it can be written',
  blankQuery: 'QUERY: nothing to search for',
  stopWordsOnly: 'QUERY: "{query}" has only stop words',
  queryHint: 'describe the problem in a few words, e.g. desk kb search "Drucker druckt nicht"',
  noMatch: 'No article matches "{query}".',
  suggestions: 'Knowledge base — before escalating, check:',
  suggestionsHint: '(desk kb show SLUG; desk kb link ID SLUG when one helped)',
  noArticles: 'No articles match.',
  askTitle: 'Title',
  exists: 'an article {slug} exists already',
  existsHint: 'edit it with desk kb edit {slug}, or give another --slug',
  wrote:
    'Wrote {file}{ticket, select, none {} other {, drafted from {ticket} and linked to it}}.\nEdit it with: desk kb edit {slug}',
  editorFailed: 'the editor exited with {status}; nothing was changed',
  keptIn: 'your text is kept in {file}',
  noChanges: 'No changes to {slug}.',
  editInvalid:
    'the edit of {slug} is not valid: {problem}{line, select, none {} other { (line {line})}}; nothing was committed',
  editInvalidHint: 'your text is kept in {copy}; fix it there and copy it to {file}, or run desk kb edit again',
  changedMeanwhile:
    '{file} changed while you edited it ({deleted, select, yes {it was deleted} other {a sync or a colleague changed it}}); your edit was not written over it',
  changedMeanwhileHint:
    'your text is kept in {copy}: run desk kb edit {slug} again and bring your changes into the new version',
  updated: 'Updated {file}.',
  linkedAlready: '{id} is linked to {slug} already',
  linked: '{id}: linked {slug} ({title})',
  colSlug: 'SLUG',
  colLang: 'LANG',
  colAudience: 'AUDIENCE',
  colProducts: 'PRODUCTS',
  colUpdated: 'UPDATED',
  colTitle: 'TITLE',
};
