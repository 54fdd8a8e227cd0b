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
};
