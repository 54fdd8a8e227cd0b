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
  noArticles: 'Keine Artikel passen.',
  askTitle: 'Titel',
  exists: 'einen Artikel {slug} gibt es schon',
  existsHint: 'mit desk kb edit {slug} bearbeiten oder ein anderes --slug angeben',
  wrote:
    '{file} geschrieben{ticket, select, none {} other {, aus {ticket} entworfen und damit verknüpft}}.\nBearbeiten mit: desk kb edit {slug}',
  editorFailed: 'der Editor endete mit {status}; nichts wurde geändert',
  keptIn: 'Ihr Text liegt in {file}',
  noChanges: 'Keine Änderungen an {slug}.',
  editInvalid:
    'die Bearbeitung von {slug} ist nicht gültig: {problem}{line, select, none {} other { (Zeile {line})}}; nichts wurde committet',
  editInvalidHint:
    'Ihr Text liegt in {copy}; dort berichtigen und nach {file} kopieren, oder desk kb edit noch einmal aufrufen',
  changedMeanwhile:
    '{file} hat sich geändert, während Sie es bearbeitet haben ({deleted, select, yes {es wurde gelöscht} other {ein Sync oder jemand aus dem Team hat es geändert}}); Ihre Bearbeitung hat es nicht überschrieben',
  changedMeanwhileHint:
    'Ihr Text liegt in {copy}: desk kb edit {slug} noch einmal aufrufen und Ihre Änderungen in die neue Fassung übernehmen',
  updated: '{file} aktualisiert.',
  linkedAlready: '{id} ist schon mit {slug} verknüpft',
  linked: '{id}: {slug} verknüpft ({title})',
  colSlug: 'SLUG',
  colLang: 'SPRACHE',
  colAudience: 'FÜR',
  colProducts: 'PRODUKTE',
  colUpdated: 'STAND',
  colTitle: 'TITEL',
};
