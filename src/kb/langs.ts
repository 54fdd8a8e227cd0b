/** The languages articles are written and searched in. Apart from article.ts, which loads zod. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
