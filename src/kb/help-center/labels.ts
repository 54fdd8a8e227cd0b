import type { Lang } from '../langs.js';

/** The help center's own words, in each language it is published in. */
export const LABELS = {
  de: {
    helpCenter: 'Hilfe-Center',
    search: 'Hilfe durchsuchen',
    searchPlaceholder: 'z. B. Export bricht ab',
    searchButton: 'Suchen',
    results: (n: number, q: string) => (n === 0 ? `Keine Artikel zu „${q}“.` : `${n} Artikel zu „${q}“`),
    noScript: 'Die Suche braucht JavaScript; alle Artikel stehen unten nach Produkten geordnet.',
    general: 'Allgemein',
    otherArticles: 'Weitere Artikel',
    related: 'Verwandte Artikel',
    updated: 'Aktualisiert am',
    otherLanguage: 'English',
    skip: 'Zum Inhalt springen',
    home: 'Startseite',
    notFound: 'Diese Seite gibt es nicht.',
    byProduct: 'Artikel nach Produkt',
  },
  en: {
    helpCenter: 'Help Center',
    search: 'Search the help center',
    searchPlaceholder: 'e.g. export fails',
    searchButton: 'Search',
    results: (n: number, q: string) => (n === 0 ? `No articles for “${q}”.` : `${n} articles for “${q}”`),
    noScript: 'Search needs JavaScript; all articles are listed below by product.',
    general: 'General',
    otherArticles: 'More articles',
    related: 'Related articles',
    updated: 'Updated',
    otherLanguage: 'Deutsch',
    skip: 'Skip to content',
    home: 'Home',
    notFound: 'This page does not exist.',
    byProduct: 'Articles by product',
  },
} satisfies Record<Lang, unknown>;

export type Labels = (typeof LABELS)[Lang];
