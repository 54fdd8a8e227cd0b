import type { Texts } from '../../keys.js';
import type { kb as en } from '../en/kb.js';

export const kb: Texts<typeof en> = {
  badLimit: '--limit: "{value}" ist keine positive ganze Zahl',
  indexing: 'Wissensdatenbank wird indiziert',
  note: 'Hinweis',
  withoutIndex: 'ohne den Index gesucht ({error}); jede Suche liest alle Artikel, bis er sich schreiben lässt',
  blankQuery: 'SUCHE: nichts zu suchen',
  stopWordsOnly: 'SUCHE: "{query}" besteht nur aus Füllwörtern',
  queryHint: 'das Problem in wenigen Worten beschreiben, z. B. desk kb search "Drucker druckt nicht"',
  noMatch: 'Kein Artikel passt zu "{query}".',
  suggestions: 'Wissensdatenbank — vor dem Eskalieren prüfen:',
  suggestionsHint: '(desk kb show SLUG; desk kb link ID SLUG, wenn einer geholfen hat)',
};
